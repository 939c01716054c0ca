import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryDraft } from '../../src/lib/domain/types.js';
import { RedisLog } from '../../server/log/redis-log.js';
import { RedisKeys } from '../../server/privacy/redis-keys.js';
import { SealedLog } from '../../server/privacy/sealed-log.js';
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
logContractSuite('SealedLog over RedisLog', {
  newStorage: async () => `t${++storages}`,
  open: async (prefix) => new SealedLog(await RedisLog.connect(redis.url, prefix), await RedisKeys.connect(redis.url, { prefix }))
});

describe('SealedLog over RedisLog across processes', () => {
  it('opens in one process what another sealed, with a key made there, and neither stores the words in the clear', async () => {
    const open = async () => new SealedLog(await RedisLog.connect(redis.url, 'sealed'), await RedisKeys.connect(redis.url, { prefix: 'sealed' }));
    const [a, b] = [await open(), await open()];
    const seenByB: string[] = [];
    const done = new Promise<void>((resolve) =>
      b.subscribe('ws', 0, (entry) => {
        if (entry.command.type === 'post:create') seenByB.push(entry.command.text);
        if (seenByB.length === 10) resolve();
      })
    );
    const post = (n: number): EntryDraft => ({ at: n, actor: { role: 'participant', participantId: `p${n % 3}` }, commandId: `c${n}`, command: { type: 'post:create', roundId: 'r', topicIds: ['t'], text: `Hemligt ${n}` } });
    for (let n = 0; n < 10; n++) await a.append('ws', post(n));
    await done;
    expect(seenByB).toEqual(Array.from({ length: 10 }, (_, n) => `Hemligt ${n}`));
    const raw = await RedisLog.connect(redis.url, 'sealed');
    expect(JSON.stringify(await raw.read('ws'))).not.toContain('Hemligt');
    for (const log of [a, b, raw]) await log.close();
  });
});

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
