import { afterAll, describe, expect, it } from 'vitest';
import { cid, client, closeClients, createWorkshop, send } from './helpers.js';
import { startServerProcess, type ServerProcess } from './process.js';
import { startRedis, type RedisServer } from './redis-server.js';

/**
 * With `appendonly yes` and `appendfsync always`, Redis fsyncs every write before it
 * answers, so what Samråd acknowledged survives Redis itself being killed.
 */
let redis: RedisServer | undefined;
const servers: ServerProcess[] = [];
afterAll(async () => {
  closeClients();
  for (const s of servers) s.child.kill('SIGKILL');
  await redis?.stop();
});

describe('Redis durability', () => {
  it('keeps acknowledged posts and votes when redis-server is killed and restarted', async () => {
    const durable = ['--appendonly', 'yes', '--appendfsync', 'always'];
    redis = await startRedis({ extraArgs: durable });
    const first = await startServerProcess({ PORT: '0', REDIS_URL: redis.url });
    servers.push(first);
    const created = await createWorkshop(first.url);
    const f = await client(first.url);
    await send(f, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    await send(f, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-2', stage: 'collecting' } });
    const p = await client(first.url);
    const joined = await send(p, 'participant:join', { code: created.code });
    const postIds: string[] = [];
    for (let i = 0; i < 6; i++) postIds.push((await send(p, 'post:create', { commandId: cid(), roundId: 'samtal-2', topicIds: ['dialog'], text: `Aktivitet ${i} – föreningsdag` })).postId);
    await send(f, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-2', stage: 'voting' } });
    for (const id of postIds.slice(0, 4)) expect(await send(p, 'vote:cast', { commandId: cid(), postId: id })).toEqual({ ok: true });

    // Redis dies without a chance to flush anything, then comes back from its AOF.
    await redis.stop('SIGKILL');
    first.child.kill('SIGKILL');
    await first.exited;
    redis = await startRedis({ port: redis.port, dir: redis.dir, extraArgs: durable });

    const second = await startServerProcess({ PORT: '0', REDIS_URL: redis.url });
    servers.push(second);
    const f2 = await client(second.url);
    const fAck = await send(f2, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    expect(fAck.ok).toBe(true);
    expect(fAck.snapshot.posts.map((post: { id: string }) => post.id).sort()).toEqual([...postIds].sort());
    for (const id of postIds) expect(fAck.snapshot.tallies[id]).toBe(postIds.indexOf(id) < 4 ? 1 : 0);
    const p2 = await client(second.url);
    const rejoin = await send(p2, 'participant:join', { code: created.code, token: joined.token });
    expect(rejoin.self.votes.sort()).toEqual(postIds.slice(0, 4).sort());
    expect(await send(p2, 'vote:cast', { commandId: cid(), postId: postIds[4]! })).toEqual({ ok: true });
  });
});
