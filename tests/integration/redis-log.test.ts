import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisLog } from '../../server/log/redis-log.js';
import { logContractSuite } from './log-contract.js';
import { startRedis, type RedisServer } from './redis-server.js';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

let storages = 0;
// Each storage is its own key prefix on the test's redis-server.
logContractSuite('RedisLog', { newStorage: async () => `t${++storages}`, open: (prefix) => RedisLog.connect(redis.url, prefix) });

describe('RedisLog across processes', () => {
  it('gives two logs on one Redis one order, and each sees the other’s entries', async () => {
    const a = await RedisLog.connect(redis.url, 'shared');
    const b = await RedisLog.connect(redis.url, 'shared');
    const seenByA: number[] = [];
    const done = new Promise<void>((resolve) =>
      a.subscribe('ws', 0, (entry) => {
        seenByA.push(entry.seq);
        if (seenByA.length === 20) resolve();
      })
    );
    const draft = (n: number) => ({ at: n, actor: { role: 'system' } as const, commandId: `c${n}`, command: { type: 'post:hide', postId: 'p1', hidden: true } as const });
    const appended = await Promise.all(Array.from({ length: 20 }, (_, n) => (n % 2 ? a : b).append('ws', draft(n))));
    await done;
    expect(appended.map((e) => e.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(seenByA).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    await a.close();
    await b.close();
  });
});
