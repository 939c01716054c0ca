import { describe, expect, it } from 'vitest';
import { rawList } from './raw-list.js';

describe('rawList', () => {
  it('keeps the items themselves, in order, in an array that is not a plain one', () => {
    const items = [{ id: 'a' }, { id: 'b' }];
    const list = rawList(items);
    expect(list).toEqual(items);
    expect(list[0]).toBe(items[0]);
    expect(Array.isArray(list)).toBe(true);
    // Svelte's $state proxies only objects whose prototype is Object's or Array's.
    expect(Object.getPrototypeOf(list)).not.toBe(Array.prototype);
  });

  it('gives plain arrays from filter, map and slice, which a component may keep in its own state', () => {
    const list = rawList([1, 2, 3]);
    for (const derived of [list.filter((n) => n > 1), list.map((n) => n * 2), list.slice(1)]) expect(Object.getPrototypeOf(derived)).toBe(Array.prototype);
  });

  it('makes one item into a list of one, not a list of that length', () => {
    expect(rawList([3])).toEqual([3]);
  });
});
