import type { Localized, Sector } from '$lib/domain/types.js';

export interface SectorRow {
  id: string;
  /** The sector's name; null for "no sector given", and for a sector removed from the setup. */
  name: Localized | null;
  count: number;
  /** Share of everyone who joined, in percent, one decimal. */
  share: number;
}

/**
 * Participants per sector in the setup's order, zeros included (who is missing matters as
 * much as who came), then those who gave none, then sectors since removed from the setup.
 */
export function sectorRows(sectors: readonly Sector[], counts: Record<string, number>, joined: number): SectorRow[] {
  const share = (count: number) => (joined ? Math.round((count / joined) * 1000) / 10 : 0);
  const known = new Set(sectors.map((s) => s.id));
  const rows: SectorRow[] = sectors.map((s) => ({ id: s.id, name: s.name, count: counts[s.id] ?? 0, share: share(counts[s.id] ?? 0) }));
  if (counts['']) rows.push({ id: '', name: null, count: counts[''], share: share(counts['']) });
  for (const [id, count] of Object.entries(counts)) {
    if (id && !known.has(id) && count) rows.push({ id, name: null, count, share: share(count) });
  }
  return rows;
}
