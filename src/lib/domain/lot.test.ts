import { describe, expect, it } from 'vitest';
import { lot, lotOrder } from './lot.js';

const posts = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i + 1}`, createdAt: i }));

describe('lotOrder', () => {
  it('is the same whatever order the items come in, and differs per seed', () => {
    const list = posts(12);
    const order = lotOrder(list, 'samtal-1').map((p) => p.id);
    expect(lotOrder([...list].reverse(), 'samtal-1').map((p) => p.id)).toEqual(order);
    expect(lotOrder(list, 'samtal-2').map((p) => p.id)).not.toEqual(order);
  });

  it('does not follow the order of writing', () => {
    const order = lotOrder(posts(40), 'samtal-1').map((p) => Number(p.id.slice(1)));
    expect(order).not.toEqual([...order].sort((a, b) => a - b));
    // The first written post is first on the wall only by chance, in about 1 of 40 seeds.
    const firsts = Array.from({ length: 200 }, (_, s) => lotOrder(posts(40), `seed-${s}`)[0]!.id).filter((id) => id === 'p1').length;
    expect(firsts).toBeLessThan(20);
  });

  it('keeps the others in place when one is added', () => {
    const before = lotOrder(posts(20), 'r').map((p) => p.id);
    const after = lotOrder(posts(21), 'r').map((p) => p.id).filter((id) => id !== 'p21');
    expect(after).toEqual(before);
  });

  it('gives a 32-bit number', () => {
    expect(lot('dialog')).toBeGreaterThanOrEqual(0);
    expect(lot('dialog')).toBeLessThan(2 ** 32);
    expect(lot('dialog')).toBe(lot('dialog'));
  });
});
