import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/secrets.js';
import { FileSeries } from '../../server/series/file-series.js';
import { RedisSeries } from '../../server/series/redis-series.js';
import type { Series, SeriesStore } from '../../server/series/series-store.js';
import { startRedis, type RedisServer } from './redis-server.js';

/** The behaviour every SeriesStore must have; `open` again on the same storage is a restart. */
interface Harness {
  newStorage(): Promise<string>;
  open(storage: string): Promise<SeriesStore>;
}

const series = (id: string, change: Partial<Series> = {}): Series => ({
  id,
  title: 'Dialogmöten våren 2017 – åäö',
  keyHash: hashSecret(`key-${id}`),
  workshopIds: ['w1', 'w2'],
  keyProofs: { w1: 'a'.repeat(64), w2: 'b'.repeat(64) },
  updates: [{ id: 'u1', date: '2017-04-20', text: { sv: 'Arbetsgruppen har träffats.', ar: 'اجتمعت مجموعة العمل.' }, at: 5 }],
  createdAt: 1,
  ...change
});

function seriesStoreContract(name: string, harness: Harness): void {
  describe(`SeriesStore contract: ${name}`, () => {
    it('gives back what it saved, whole, and knows no other id', async () => {
      const store = await harness.open(await harness.newStorage());
      expect(await store.get('nothing')).toBeUndefined();
      expect(await store.get('../etc/passwd')).toBeUndefined();
      await store.save(series('a'));
      expect(await store.get('a')).toEqual(series('a'));
      await store.close();
    });

    it('lists its ids and deletes one for good, across a restart; keeps when it last changed', async () => {
      const storage = await harness.newStorage();
      const store = await harness.open(storage);
      await store.save(series('a'));
      await store.save(series('b', { updatedAt: 99 }));
      expect((await store.ids()).sort()).toEqual(['a', 'b']);
      await store.delete('a');
      await store.delete('never-was');
      await store.close();
      const again = await harness.open(storage);
      expect(await again.ids()).toEqual(['b']);
      expect(await again.get('a')).toBeUndefined();
      expect((await again.get('b'))?.updatedAt).toBe(99);
      await again.close();
    });

    it('replaces a series saved again and keeps it across a restart', async () => {
      const storage = await harness.newStorage();
      const first = await harness.open(storage);
      await first.save(series('a'));
      await first.save(series('a', { workshopIds: ['w1', 'w2', 'w3'], updates: [] }));
      await first.close();
      const second = await harness.open(storage);
      expect(await second.get('a')).toEqual(series('a', { workshopIds: ['w1', 'w2', 'w3'], updates: [] }));
      await second.close();
    });

    it('reads a series stored before proofs existed as one whose members have none', async () => {
      const store = await harness.open(await harness.newStorage());
      const { keyProofs: _none, ...old } = series('a');
      await store.save(old as Series);
      expect(await store.get('a')).toEqual(series('a', { keyProofs: {} }));
      await store.close();
    });

    it('reads an update stored before updates were translated (a plain string) as its Swedish text', async () => {
      const store = await harness.open(await harness.newStorage());
      const old = { ...series('a'), updates: [{ id: 'u1', date: '2017-04-20', text: 'Arbetsgruppen har träffats.', at: 5 }] };
      await store.save(old as unknown as Series);
      expect((await store.get('a'))?.updates).toEqual([{ id: 'u1', date: '2017-04-20', text: { sv: 'Arbetsgruppen har träffats.' }, at: 5 }]);
      await store.close();
    });

    it('refuses an id that is not URL-safe', async () => {
      const store = await harness.open(await harness.newStorage());
      await expect(store.save(series('../x'))).rejects.toThrow();
      await store.close();
    });
  });
}

const newDir = () => mkdtemp(join(tmpdir(), 'samrad-series-'));
seriesStoreContract('FileSeries', { newStorage: newDir, open: async (dir) => new FileSeries(dir) });

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});
let prefixes = 0;
seriesStoreContract('RedisSeries', { newStorage: async () => `s${++prefixes}`, open: (prefix) => RedisSeries.connect(redis.url, prefix) });

describe('FileSeries on disk', () => {
  it('leaves no temporary files and ignores files that are not series', async () => {
    const dir = await newDir();
    const store = new FileSeries(dir);
    await store.save(series('ok'));
    await writeFile(join(dir, 'series', 'broken.json'), '{"id":"broken","ti');
    await writeFile(join(dir, 'series', 'copy.json'), JSON.stringify(series('ok')));
    await writeFile(join(dir, 'series', 'nohash.json'), JSON.stringify(series('nohash', { keyHash: 'plain-key' })));
    expect((await readdir(join(dir, 'series'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await store.get('broken')).toBeUndefined();
    expect(await store.get('copy')).toBeUndefined();
    expect(await store.get('nohash')).toBeUndefined();
    expect(await store.get('ok')).toEqual(series('ok'));
  });
});
