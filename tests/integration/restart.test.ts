import { afterAll, describe, expect, it } from 'vitest';
import type { Stage } from '../../src/lib/domain/types.js';
import { cid, client, closeClients, send, type TestAck, type TestSocket, View } from './helpers.js';
import { startServerProcess, type ServerProcess } from './process.js';
import { workshopOnProcess } from './process-workshop.js';

/**
 * The server process is killed with SIGKILL while commands are in flight. After a
 * restart on the same port and data directory, every post and vote that a client saw
 * acknowledged is there, and the clients reconnect by themselves and resync.
 */
let running: ServerProcess | undefined;
afterAll(() => {
  closeClients();
  running?.child.kill('SIGKILL');
});

interface Person {
  socket: TestSocket;
  token: string;
  view?: View;
  rejoined?: Promise<TestAck<'participant:join'>>;
}

/** Like the browser client: on reconnect, join again with the stored token. */
function rejoinOnReconnect(person: Person, code: string) {
  person.rejoined = new Promise((resolve) => {
    person.socket.io.once('reconnect', () => resolve(send(person.socket, 'participant:join', { code, token: person.token })));
  });
}

describe('crash and restart', () => {
  it('keeps every acknowledged post and vote across a SIGKILL mid-round', async () => {
    const started = await workshopOnProcess('samrad-restart-');
    running = started.running;
    const { env, created, facilitator } = started;
    const url = running.url;
    const phase = (stage: Stage) => send(facilitator, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-2', stage } });

    const people: Person[] = [];
    for (let i = 0; i < 3; i++) {
      const socket = await client(url);
      const ack = await send(socket, 'participant:join', { code: created.code });
      const person: Person = { socket, token: ack.token };
      person.view = new View(socket, ack.snapshot);
      rejoinOnReconnect(person, created.code);
      people.push(person);
    }

    await phase('collecting');
    const ackedPosts: string[] = [];
    await Promise.all(
      people.flatMap((p, i) =>
        Array.from({ length: 5 }, async (_, n) => {
          const ack = await send(p.socket, 'post:create', { commandId: cid(), roundId: 'samtal-2', topicIds: ['dialog'], text: `Aktivitet ${i}-${n} åäö` });
          if (ack.ok) ackedPosts.push(ack.postId);
        })
      )
    );
    expect(ackedPosts).toHaveLength(15);
    await phase('voting');

    // A burst of votes in flight; kill the server once some of them are acknowledged.
    const ackedVotes: Array<{ person: Person; postId: string }> = [];
    let resolveHalf!: () => void;
    const half = new Promise<void>((r) => (resolveHalf = r));
    const inFlight = people.flatMap((person) =>
      ackedPosts.slice(0, 5).map((postId) =>
        send(person.socket, 'vote:cast', { commandId: cid(), postId })
          .then((ack) => {
            if (ack.ok) ackedVotes.push({ person, postId });
            if (ackedVotes.length >= 4) resolveHalf();
          })
          .catch(() => undefined)
      )
    );
    await half;
    running.child.kill('SIGKILL');
    await running.exited;
    await Promise.all(inFlight);
    const acknowledgedBeforeCrash = [...ackedVotes];
    expect(acknowledgedBeforeCrash.length).toBeGreaterThanOrEqual(4);

    running = await startServerProcess(env);
    // The clients reconnect on their own and join again with their tokens.
    const rejoins = await Promise.all(people.map((p) => p.rejoined!));
    for (const [i, ack] of rejoins.entries()) {
      expect(ack.ok).toBe(true);
      const mine = acknowledgedBeforeCrash.filter((v) => v.person === people[i]).map((v) => v.postId);
      for (const postId of mine) expect(ack.self.votes).toContain(postId);
      expect(ack.snapshot.posts.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(ackedPosts));
    }

    const f2 = await client(url);
    const fAck = await send(f2, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    expect(fAck.ok).toBe(true);
    const tallies = fAck.snapshot.tallies as Record<string, number>;
    for (const postId of ackedPosts.slice(0, 5)) {
      const acked = acknowledgedBeforeCrash.filter((v) => v.postId === postId).length;
      expect(tallies[postId]).toBeGreaterThanOrEqual(acked);
    }
    expect(fAck.snapshot.info.phase).toEqual({ kind: 'round', roundId: 'samtal-2', stage: 'voting' });

    // And the workshop goes on: a retract and a new vote after the restart both count.
    const last = people[0]!;
    const votes = rejoins[0]!.self.votes;
    if (votes.length > 0) expect(await send(last.socket, 'vote:retract', { commandId: cid(), postId: votes[0]! })).toEqual({ ok: true });
    const open = ackedPosts.slice(5).find((id) => !votes.includes(id))!;
    expect(await send(last.socket, 'vote:cast', { commandId: cid(), postId: open })).toEqual({ ok: true });
  });
});
