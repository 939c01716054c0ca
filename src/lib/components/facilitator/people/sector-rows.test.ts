import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTORS } from '$lib/domain/setup.js';
import { sectorRows } from './sector-rows.js';

describe('sectorRows', () => {
  it('lists every sector in the setup order, then no sector, then removed sectors', () => {
    const rows = sectorRows(DEFAULT_SECTORS.slice(0, 3), { kultur: 3, '': 1, gammal: 4, tom: 0 }, 8);
    expect(rows.map((r) => [r.id, r.count, r.share])).toEqual([
      ['idrott', 0, 0],
      ['kultur', 3, 37.5],
      ['funktionsratt', 0, 0],
      ['', 1, 12.5],
      ['gammal', 4, 50]
    ]);
    expect(rows[3]!.name).toBeNull();
  });

  it('has no shares before anyone joined', () => {
    expect(sectorRows(DEFAULT_SECTORS.slice(0, 1), {}, 0)).toEqual([{ id: 'idrott', name: DEFAULT_SECTORS[0]!.name, count: 0, share: 0 }]);
  });
});
