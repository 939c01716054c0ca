import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../../server/edge/rate-limits.js';
import { cid, client, closeClients, createWorkshop, send, type TestSocket } from './helpers.js';
import { startServerProcess, type ServerProcess } from './process.js';
import { startRedis, type RedisServer } from './redis-server.js';

/**
 * Two server processes on one redis-server (the test's own): the per-address limits are
 * one allowance across both, and a workshop deleted through one is gone from both.
 */
const FACTOR = 0.02;
const CONTRIBUTIONS = Math.round(RATE_LIMITS.contributionsPerAddress.points * FACTOR);

let redis: RedisServer;
let a: ServerProcess;
let b: ServerProcess;
beforeAll(async () => {
  redis = await startRedis();
  const env = { PORT: '0', REDIS_URL: redis.url, ADDRESS_LIMIT_FACTOR: String(FACTOR) };
  [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
});
afterAll(async () => {
  closeClients();
  for (const p of [a, b]) p?.child.kill('SIGKILL');
  await redis?.stop();
});

async function collectingWorkshop() {
  const created = await createWorkshop(a.url);
  const console_ = await client(a.url);
  expect((await send(console_, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  expect((await send(console_, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } })).ok).toBe(true);
  const join = async (url: string) => {
    const socket = await client(url);
    expect((await send(socket, 'participant:join', { code: created.code })).ok).toBe(true);
    return socket;
  };
  return { created, console: console_, join };
}

describe('per-address limits through Redis', () => {
  it('give one address one allowance, however many processes its sockets reach', async () => {
    expect(CONTRIBUTIONS).toBe(12);
    const m = await collectingWorkshop();
    const onA = await m.join(a.url);
    const onB = await m.join(b.url);
    const post = (socket: TestSocket, i: number) => send(socket, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: `Inlägg ${i}` });
    // 8 + 8 posts, well within each socket's own 60 per 10 s, over the address's 12.
    const acks = await Promise.all(Array.from({ length: 16 }, (_, i) => post(i % 2 ? onB : onA, i)));
    expect(acks.filter((ack) => ack.ok)).toHaveLength(CONTRIBUTIONS);
    expect(acks.filter((ack) => !ack.ok).every((ack) => ack.error === 'rate_limited')).toBe(true);
    // Both processes took part: each accepted some and refused some.
    const byProcess = (odd: number) => acks.filter((_, i) => i % 2 === odd);
    for (const odd of [0, 1]) expect(byProcess(odd).some((ack) => ack.ok)).toBe(true);
    const sync = await send(m.console, 'sync:request', {});
    expect(sync.snapshot.posts).toHaveLength(CONTRIBUTIONS);
  });
});

describe('deleting through one process', () => {
  it('unloads the workshop in every process, tells every socket and leaves nothing in Redis', async () => {
    const m = await collectingWorkshop();
    const phoneOnB = await m.join(b.url);
    const screenOnB = await client(b.url);
    expect((await send(screenOnB, 'screen:join', { code: m.created.code })).ok).toBe(true);
    const notices = [phoneOnB, screenOnB].map((s) => new Promise((resolve) => s.once('workshop:deleted', resolve)));

    expect(await send(m.console, 'workshop:delete', { commandId: cid(), confirm: true })).toEqual({ ok: true });
    for (const notice of await Promise.all(notices)) expect(notice).toEqual({ workshopId: m.created.workshopId });

    // Process b unloaded it: its sockets are in no workshop, and nothing starts the log again.
    expect(await send(phoneOnB, 'participant:update', { commandId: cid(), name: 'X', association: '' })).toEqual({ ok: false, error: 'not_joined' });
    for (const url of [a.url, b.url]) {
      const fresh = await client(url);
      expect(await send(fresh, 'participant:join', { code: m.created.code })).toEqual({ ok: false, error: 'workshop_not_found' });
      expect(await send(fresh, 'facilitator:join', { workshopId: m.created.workshopId, key: m.created.key })).toEqual({ ok: false, error: 'unauthorized' });
    }

    const inspect = createClient({ url: redis.url });
    await inspect.connect();
    try {
      const id = m.created.workshopId;
      expect(await inspect.exists([`samrad:{${id}}:log`, `samrad:{${id}}:seq`])).toBe(0);
      expect(await inspect.sIsMember('samrad:workshops', id)).toBe(0);
      expect(await inspect.hGet('samrad:codes', m.created.code)).toBeNull();
    } finally {
      await inspect.close();
    }
  });
});
