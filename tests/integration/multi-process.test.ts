import { afterAll, describe, expect, it } from 'vitest';
import type { Stage } from '../../src/lib/domain/types.js';
import { cid, client, closeClients, createWorkshop, send, View } from './helpers.js';
import { startServerProcess, type ServerProcess } from './process.js';
import { startRedis, type RedisServer } from './redis-server.js';
import { RoamingParticipant } from './roaming-client.js';

/**
 * Three server processes share one redis-server (the test's own). Participants are spread
 * over all three, the facilitator is on one and the projector on another. One process is
 * killed with SIGKILL mid-round; its participants move to the others. Every process ends
 * with the same state, the projector saw every vote, and nothing acknowledged was lost or
 * counted twice.
 */
let redis: RedisServer | undefined;
const processes: ServerProcess[] = [];
const people: RoamingParticipant[] = [];
afterAll(async () => {
  for (const p of people) p.close();
  closeClients();
  for (const p of processes) p.child.kill('SIGKILL');
  await redis?.stop();
});

describe('three processes through Redis', () => {
  it('run both rounds together and lose nothing when one is killed', async () => {
    redis = await startRedis();
    for (let i = 0; i < 3; i++) processes.push(await startServerProcess({ PORT: '0', REDIS_URL: redis.url }));
    const dead = new Set<string>();
    const alive = () => processes.map((p) => p.url).filter((u) => !dead.has(u));
    const [a, b, c] = processes.map((p) => p.url) as [string, string, string];

    const created = await createWorkshop(a);
    const facilitatorSocket = await client(a);
    const fJoin = await send(facilitatorSocket, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    expect(fJoin.ok).toBe(true);
    const screenSocket = await client(b);
    const sJoin = await send(screenSocket, 'screen:join', { code: created.code });
    expect(sJoin.ok).toBe(true);
    const screen = new View(screenSocket, sJoin.snapshot);

    for (let i = 0; i < 9; i++) {
      const person = new RoamingParticipant(created.code, alive, [a, b, c][i % 3]!);
      await person.start();
      people.push(person);
    }
    await screen.until((s) => s.stats?.joined === 9);

    const phase = (roundId: string, stage: Stage) => send(facilitatorSocket, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId, stage } });
    const acked = { votes: 0, retracts: 0 };
    const ackedVotes: Array<{ person: RoamingParticipant; postId: string }> = [];

    // Samtal 1: everyone posts on "Dialog", then spends the 3 votes of that principle.
    expect((await phase('samtal-1', 'collecting')).ok).toBe(true);
    const s1Posts = await Promise.all(
      people.map(async (p, i) => {
        const ack = await p.send('post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: `Tolkning ${i}: öppen dialog` });
        expect(ack.ok).toBe(true);
        return ack.postId as string;
      })
    );
    expect((await phase('samtal-1', 'voting')).ok).toBe(true);
    await Promise.all(
      people.map(async (p, i) => {
        for (let k = 1; k <= 3; k++) {
          const postId = s1Posts[(i + k) % s1Posts.length]!;
          const ack = await p.send('vote:cast', { commandId: cid(), postId });
          expect(ack).toEqual({ ok: true });
          acked.votes++;
        }
      })
    );
    await screen.until((s) => s1Posts.reduce((sum, id) => sum + (s.tallies[id] ?? 0), 0) === 27);
    expect((await phase('samtal-1', 'results')).ok).toBe(true);

    // Samtal 2: activities, then a vote burst during which process c is killed.
    expect((await phase('samtal-2', 'collecting')).ok).toBe(true);
    const s2Posts = await Promise.all(
      people.map(async (p, i) => (await p.send('post:create', { commandId: cid(), roundId: 'samtal-2', topicIds: ['mangfald', 'dialog'], text: `Aktivitet ${i} 🎉` })).postId as string)
    );
    expect((await phase('samtal-2', 'voting')).ok).toBe(true);

    let killed = false;
    const burst = people.map(async (p, i) => {
      for (let k = 1; k <= 5; k++) {
        const postId = s2Posts[(i + k) % s2Posts.length]!;
        const ack = await p.send('vote:cast', { commandId: cid(), postId });
        expect(ack).toEqual({ ok: true });
        ackedVotes.push({ person: p, postId });
        // Once a few votes are in, kill the process that serves a third of the participants.
        if (!killed && ackedVotes.length >= 10) {
          killed = true;
          dead.add(c);
          processes[2]!.child.kill('SIGKILL');
        }
      }
    });
    await Promise.all(burst);
    expect(killed).toBe(true);
    expect(people.filter((p) => p.roams > 0).length).toBeGreaterThanOrEqual(3);
    // A retract after the move counts once too.
    const mover = people.find((p) => p.roams > 0)!;
    const retracted = ackedVotes.find((v) => v.person === mover)!;
    expect(await mover.send('vote:retract', { commandId: cid(), postId: retracted.postId })).toEqual({ ok: true });
    acked.retracts++;

    const expectedS2 = 45 - 1;
    await screen.until((s) => s2Posts.reduce((sum, id) => sum + (s.tallies[id] ?? 0), 0) === expectedS2);
    expect((await phase('samtal-2', 'results')).ok).toBe(true);

    // Every surviving process has the same state.
    const views = await Promise.all(
      alive().map(async (url) => {
        const socket = await client(url);
        const ack = await send(socket, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
        expect(ack.ok).toBe(true);
        const view = new View(socket, ack.snapshot);
        await view.until((s) => s.info.phase.kind === 'round' && s.info.phase.roundId === 'samtal-2' && s.info.phase.stage === 'results');
        return view.snapshot;
      })
    );
    // `online` is each process's presence count, not workshop state: the rest must agree.
    const summary = (s: (typeof views)[0]) => ({ posts: s.posts.map((p) => p.id).sort(), tallies: s.tallies, stats: { ...s.stats, online: undefined } });
    expect(summary(views[0]!)).toEqual(summary(views[1]!));
    const all = views[0]!.tallies;
    expect(s1Posts.reduce((sum, id) => sum + all[id]!, 0)).toBe(27);
    expect(s2Posts.reduce((sum, id) => sum + all[id]!, 0)).toBe(expectedS2);
    // The projector saw every vote.
    for (const id of [...s1Posts, ...s2Posts]) expect(screen.snapshot.tallies[id]).toBe(all[id]);
    // Each participant's acknowledged votes are theirs, exactly once.
    for (const p of people) {
      const rejoin = await send(await client(alive()[0]!), 'participant:join', { code: created.code, token: p.token });
      const mine = ackedVotes.filter((v) => v.person === p && !(p === mover && v.postId === retracted.postId)).map((v) => v.postId);
      expect(rejoin.self.votes.filter((id: string) => s2Posts.includes(id)).sort()).toEqual(mine.sort());
    }
  });
});
