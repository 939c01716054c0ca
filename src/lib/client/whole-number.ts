/**
 * A whole number as typed into a small field ("4", " 12 "): null when empty, 'invalid'
 * outside 1..max. Its own module because the join card needs it: importing it from
 * participant-view.ts would put the workshop views' rules into a phone's first download.
 */
export function parseWhole(text: string, max: number): number | null | 'invalid' {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (!/^\d+$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed);
  return value >= 1 && value <= max ? value : 'invalid';
}
