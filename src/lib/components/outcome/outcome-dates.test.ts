import { describe, expect, it } from 'vitest';
import { formatDay, newestFirst, today } from './outcome-dates.js';

describe('outcome dates', () => {
  it('formats a calendar day in either language, whatever the time zone', () => {
    expect(formatDay('2025-03-04', 'sv-SE')).toBe('4 mars 2025');
    expect(formatDay('2025-03-04', 'en-GB')).toBe('4 March 2025');
    expect(formatDay('2024-12-31', 'sv-SE')).toBe('31 december 2024');
  });

  it('leaves a malformed day as written', () => {
    expect(formatDay('soon', 'sv-SE')).toBe('soon');
  });

  it('gives today as the local calendar day', () => {
    expect(today(new Date(2025, 0, 9, 23, 30))).toBe('2025-01-09');
  });

  it('lists the newest first; on one day the later written first', () => {
    const u = (id: string, date: string, at: number) => ({ id, date, text: { sv: id }, at });
    const sorted = newestFirst([u('a', '2025-01-01', 1), u('b', '2025-03-01', 2), u('c', '2025-03-01', 3), u('d', '2024-12-24', 4)]);
    expect(sorted.map((x) => x.id)).toEqual(['c', 'b', 'a', 'd']);
  });
});
