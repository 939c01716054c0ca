import { createHash, timingSafeEqual } from 'node:crypto';
import type { Hub } from '../hub/hub.js';
import type { WorkshopRuntime } from '../hub/workshop-runtime.js';
import type { Series } from './series-store.js';

/**
 * What a series keeps as proof that it may show a member workshop: a hash bound to the
 * series and to the hash of the facilitator key it was attached with. "Byt nyckel" in the
 * console changes the workshop's key hash, so the proof no longer holds and the series
 * stops showing the workshop until someone attaches it again with the new key.
 */
export const memberProof = (seriesId: string, keyHash: string): string =>
  createHash('sha256').update(`samrad-series-member\n${seriesId}\n${keyHash}`, 'utf8').digest('hex');

/** Records (or renews) the proof for a member, with the key hash its workshop has now. */
export function recordProof(series: Series, runtime: WorkshopRuntime): void {
  // A computed key makes an own property whatever the id (never the prototype).
  series.keyProofs = { ...series.keyProofs, [runtime.id]: memberProof(series.id, runtime.state.keyHash) };
}

/** Whether the series' proof for this workshop matches the workshop's current key. */
export function proofHolds(series: Series, runtime: WorkshopRuntime): boolean {
  const kept = Object.hasOwn(series.keyProofs, runtime.id) ? series.keyProofs[runtime.id] : undefined;
  if (!kept) return false;
  const a = Buffer.from(kept, 'hex');
  const b = Buffer.from(memberProof(series.id, runtime.state.keyHash), 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface SeriesMembers {
  /** Members the series may show: they exist and their key is the one they were attached with. */
  found: WorkshopRuntime[];
  /** Members whose facilitator key changed since they were attached: hidden until attached again. */
  stale: string[];
  /** Members that no longer exist (deleted, or past retention). */
  missing: string[];
}

/** The series' members, sorted by what the series may do with them. */
export async function seriesMembers(hub: Hub, series: Series): Promise<SeriesMembers> {
  const members: SeriesMembers = { found: [], stale: [], missing: [] };
  for (const id of series.workshopIds) {
    const runtime = hub.wasDeleted(id) ? undefined : await hub.findById(id);
    if (!runtime) members.missing.push(id);
    else if (proofHolds(series, runtime)) members.found.push(runtime);
    else members.stale.push(id);
  }
  return members;
}

/**
 * The version of a series' combined view: its own changes (updates; the title and members
 * as listed) and every shown member's `seq`. Equal versions give equal views.
 */
export const viewVersion = (series: Series, members: SeriesMembers): string =>
  [
    series.title,
    series.updates.map((u) => u.id).join(','),
    members.found.map((r) => `${r.id}:${r.state.seq}`).join(','),
    members.stale.join(','),
    members.missing.join(',')
  ].join('|');
