import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeClients, startServer, type TestServer } from './helpers.js';
import { buildScenario, filesUnder, KEPT_TEXT, MARKERS, NEIGHBOUR_ASSOCIATION, occurrences, workshopOf } from './erasure-scenario.js';
import { everyRedisValue, startRedis, type RedisServer } from './redis-server.js';

/**
 * Erasure reaches Redis: after the acknowledgement no key holds anything that gives back what
 * the erased participant wrote or was called, and once the server's asked-for AOF rewrite has
 * run, neither does any file of Redis's own; everyone else's posts and votes replay as before.
 */
let redis: RedisServer;
let db: ReturnType<typeof createClient>;
const servers: TestServer[] = [];
const start = async () => {
  const server = await startServer(undefined, undefined, { REDIS_URL: redis.url, REDIS_REWRITE_AFTER_SECONDS: '0' });
  servers.push(server);
  return server;
};
beforeAll(async () => {
  // Durable as docs/architecture.md asks, and uncompressed, so that a scan of the files sees every string.
  redis = await startRedis({ extraArgs: ['--appendonly', 'yes', '--appendfsync', 'always', '--rdbcompression', 'no'] });
  db = createClient({ url: redis.url });
  await db.connect();
});
afterAll(async () => {
  closeClients();
  for (const server of servers) await server.stop().catch(() => undefined);
  await db?.close();
  await redis?.stop();
});

const everyValue = async () => Buffer.from(await everyRedisValue(db));

async function rewrites(): Promise<{ done: number; running: boolean }> {
  const info = await db.info('persistence');
  return { done: Number(/aof_rewrites:(\d+)/.exec(info)?.[1] ?? 0), running: /aof_rewrite_in_progress:1/.test(info) };
}

const markers = Object.values(MARKERS);

describe('erasure with the Redis log', () => {
  it('leaves no readable byte of the participant in any Redis key, nor in the AOF once rewritten', async () => {
    const server = await start();
    const scenario = await buildScenario(server.url);
    const { workshopId } = scenario.created;
    const key = (await db.hGet(`samrad:{${workshopId}}:keys`, scenario.erasedId))!;
    expect(key).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    // The control: Redis holds the key (in memory and in its append-only file) before the erasure.
    expect((await everyValue()).includes(key)).toBe(true);
    expect(occurrences(await filesUnder(redis.dir), [key]).length).toBeGreaterThan(0);
    expect((await everyValue()).toString()).not.toMatch(/MRK/);
    const before = await rewrites();

    expect(await scenario.erase()).toEqual({ ok: true });

    // At once after the acknowledgement: no key holds a marker or the participant's key.
    expect(occurrences([{ path: 'redis', bytes: await everyValue() }], [...markers, key])).toEqual([]);
    const live = workshopOf(server, workshopId);
    expect(live.tallies).toEqual(scenario.othersTallies);
    expect(live.state.posts.get(scenario.keptPostId)!.text).toBe(KEPT_TEXT);
    expect([...live.state.associations.values()].map((a) => a.name)).toContain(NEIGHBOUR_ASSOCIATION);
    for (const marker of markers) expect(live.text).not.toContain(marker);

    // The server asks Redis to rewrite its AOF; once that has run, no file of Redis's holds the key.
    await expect.poll(rewrites, { timeout: 10_000, interval: 50 }).toMatchObject({ done: before.done + 1, running: false });
    expect(occurrences(await filesUnder(redis.dir), [...markers, key])).toEqual([]);

    // Another process (a restart) reads the workshop from Redis: the same workshop exactly.
    await server.stop();
    const again = await start();
    await again.application.hub.findById(workshopId);
    const replayed = workshopOf(again, workshopId);
    expect(replayed.serialized).toEqual(live.serialized);
    expect(replayed.state.posts.get(scenario.keptPostId)!.text).toBe(KEPT_TEXT);

    // Deleting the workshop takes its keys with it.
    expect(await db.exists(`samrad:{${workshopId}}:keys`)).toBe(1);
    await again.application.hub.delete(workshopId);
    expect(await db.exists(`samrad:{${workshopId}}:keys`)).toBe(0);
  });
});
