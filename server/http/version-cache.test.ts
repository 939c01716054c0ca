import { describe, expect, it } from 'vitest';
import { VersionCache } from './version-cache.js';

/** A build the test finishes by hand, counting how often it was started. */
function manualBuild() {
  let finish: (value: string) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const counted = {
    builds: 0,
    build: () => {
      counted.builds++;
      return new Promise<string>((resolve, reject) => ((finish = resolve), (fail = reject)));
    },
    finish: (value: string) => finish(value),
    fail: (error: Error) => fail(error)
  };
  return counted;
}

describe('VersionCache', () => {
  it('builds once per key and version, and again when the version changes', async () => {
    const cache = new VersionCache<string>({ maxEntries: 4 });
    let builds = 0;
    const build = () => `built ${++builds}`;
    expect(await cache.get('w1', '5', build)).toBe('built 1');
    expect(await cache.get('w1', '5', build)).toBe('built 1');
    expect(await cache.get('w1', '6', build)).toBe('built 2');
    expect(builds).toBe(2);
  });

  it('lets requests that arrive while a build runs wait for that build', async () => {
    const cache = new VersionCache<string>({ maxEntries: 4 });
    const manual = manualBuild();
    const waiting = Array.from({ length: 10 }, () => cache.get('w1', '5', manual.build));
    manual.finish('file');
    expect(await Promise.all(waiting)).toEqual(Array(10).fill('file'));
    expect(manual.builds).toBe(1);
  });

  it('keeps nothing from a failed build: the next request builds again', async () => {
    const cache = new VersionCache<string>({ maxEntries: 4 });
    const manual = manualBuild();
    const first = cache.get('w1', '5', manual.build);
    manual.fail(new Error('worker gone'));
    await expect(first).rejects.toThrow('worker gone');
    expect(await cache.get('w1', '5', () => 'second try')).toBe('second try');
  });

  it('stays within its entries and bytes, least recently used out first; an oversized value is not kept', async () => {
    const cache = new VersionCache<string>({ maxEntries: 3, maxBytes: 10, sizeOf: (v) => v.length });
    await cache.get('a', '1', () => 'aaaa');
    await cache.get('b', '1', () => 'bbbb');
    await cache.get('a', '1', () => 'rebuilt'); // a used again: b is now the oldest
    await cache.get('c', '1', () => 'cccc');
    expect(cache.size).toBe(2);
    expect(await cache.get('b', '1', () => 'b again')).toBe('b again');
    await cache.get('big', '1', () => 'x'.repeat(11));
    expect(await cache.get('big', '1', () => 'not kept before')).toBe('not kept before');
  });

  it('forgets keys on request', async () => {
    const cache = new VersionCache<string>({ maxEntries: 4 });
    await cache.get('w1:json', '1', () => 'j');
    await cache.get('w2:json', '1', () => 'k');
    cache.deleteWhere((key) => key.startsWith('w1:'));
    expect(cache.size).toBe(1);
    cache.delete('w2:json');
    expect(cache.size).toBe(0);
  });
});
