import { describe, expect, it } from 'vitest';
import { groupOf, inGroupSample, SHOW_ALL_UP_TO } from '../../src/lib/domain/sample.js';
import type { AudienceSnapshot } from '../../src/lib/domain/views.js';
import { client, createWorkshop, send, sendCommand, useServer, View, type TestSocket } from './helpers.js';

/**
 * A large round through a real server (issue 16): phones of different sample groups follow
 * their own delta streams and hold exactly their group's share, while collecting, voting
 * and after the reveal; the console and the projector hold everything; a phone reaches
 * every post by browsing; no tally reaches a phone before the reveal.
 */
const server = useServer({ newParticipantsPerAddress: { points: 1000, duration: 60 }, contributionsPerAddress: { points: 10_000, duration: 10 } });
const ROUND = 'samtal-1';
const TOPICS = ['sjalvstandighet', 'dialog', 'kvalitet', 'langsiktighet', 'oppenhet', 'mangfald'];
const WRITERS = 30;
const POSTS_EACH = 10;
const TOTAL = WRITERS * POSTS_EACH;

async function phone(code: string, name: string): Promise<{ socket: TestSocket; view: View; participantId: string }> {
  const socket = await client(server.url);
  const ack = await send(socket, 'participant:join', { code, name });
  expect(ack.ok).toBe(true);
  return { socket, view: new View(socket, ack.snapshot), participantId: ack.self.participantId };
}

const roundIds = (s: AudienceSnapshot) => s.posts.filter((p) => p.roundId === ROUND).map((p) => p.id).sort();

describe('a round larger than a phone can read', () => {
  it('reaches each phone as its group’s share, and the staff whole', async () => {
    expect(TOTAL).toBeGreaterThan(SHOW_ALL_UP_TO);
    const created = await createWorkshop(server.url);
    const facilitator = await client(server.url);
    const joined = await send(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    expect(joined.ok).toBe(true);
    const console_ = new View(facilitator, joined.snapshot);
    const screenSocket = await client(server.url);
    const screenAck = await send(screenSocket, 'screen:join', { code: created.code });
    const screen = new View(screenSocket, screenAck.snapshot);
    expect((await sendCommand(facilitator, 'phase:set', { phase: { kind: 'round', roundId: ROUND, stage: 'collecting' } })).ok).toBe(true);

    // Two readers in different groups, and the writers.
    // (Participant ids are random: a second reader that lands in the first one's group is let go.)
    const first = await phone(created.code, 'Läsare A');
    let second = await phone(created.code, 'Läsare B');
    while (groupOf(second.participantId) === groupOf(first.participantId)) second = await phone(created.code, 'Läsare B');
    const readers = [first, second];
    const writers = await Promise.all(Array.from({ length: WRITERS }, (_, i) => phone(created.code, `Skribent ${i}`)));
    for (let k = 0; k < POSTS_EACH; k++) {
      await Promise.all(
        writers.map(async ({ socket }, i) => {
          const ack = await sendCommand(socket, 'post:create', { roundId: ROUND, topicIds: [TOPICS[(i + k) % 6]!], text: `Förslag ${k} från skribent ${i}` });
          expect(ack.ok).toBe(true);
        })
      );
    }
    const state = () => server.application.hub.loaded(created.workshopId)!.state;
    const share = (participantId: string) =>
      [...state().posts.values()].filter((p) => p.roundId === ROUND && inGroupSample(state(), p, groupOf(participantId))).map((p) => p.id).sort();

    await console_.until((s) => roundIds(s).length === TOTAL);
    await screen.until((s) => roundIds(s).length === TOTAL);
    for (const reader of readers) {
      await reader.view.until((s) => roundIds(s).length === share(reader.participantId).length);
      expect(roundIds(reader.view.snapshot)).toEqual(share(reader.participantId));
      expect(roundIds(reader.view.snapshot).length).toBeLessThan(TOTAL);
      expect(reader.view.snapshot.info.sampledRounds).toEqual([ROUND]);
    }
    // A writer holds every post it wrote.
    for (const writer of writers.slice(0, 5)) {
      const mine = [...state().posts.values()].filter((p) => p.authorId === writer.participantId).map((p) => p.id);
      await writer.view.until((s) => mine.every((id) => s.posts.some((p) => p.id === id)));
    }

    // Voting: each group's sample is dealt out; the phones follow it through their deltas.
    expect((await sendCommand(facilitator, 'phase:set', { phase: { kind: 'round', roundId: ROUND, stage: 'voting' } })).ok).toBe(true);
    for (const reader of readers) {
      await reader.view.until((s) => s.info.phase.kind === 'round' && s.info.phase.stage === 'voting');
      await reader.view.until((s) => roundIds(s).join() === share(reader.participantId).join());
    }
    const target = roundIds(readers[0]!.view.snapshot)[0]!;
    for (const { socket } of writers.slice(0, 4)) expect((await sendCommand(socket, 'vote:cast', { postId: target })).ok).toBe(true);
    await console_.until((s) => s.tallies[target] === 4);
    for (const reader of readers) expect(reader.view.snapshot.tallies).toEqual({});

    // Browsing reaches every post, also those outside the reader's share.
    const seen = new Set<string>();
    let after: number | null = 0;
    while (after !== null) {
      const page: Awaited<ReturnType<typeof send<"posts:browse">>> = await send(readers[1]!.socket, "posts:browse", { roundId: ROUND, after });
      expect(page.ok).toBe(true);
      expect(page.total).toBe(TOTAL);
      for (const post of page.posts) seen.add(post.id);
      after = page.next;
    }
    expect(seen.size).toBe(TOTAL);
    expect((await send(readers[1]!.socket, 'posts:browse', { roundId: 'ingen-sadan-runda' })).error).toBe('unknown_round');
    expect((await send(facilitator, 'posts:browse', { roundId: ROUND })).error).toBe('not_joined');

    // The reveal: every phone gets the winner, in its share or not.
    expect((await sendCommand(facilitator, 'phase:set', { phase: { kind: 'round', roundId: ROUND, stage: 'results' } })).ok).toBe(true);
    for (const reader of readers) {
      await reader.view.until((s) => s.tallies[target] === 4);
      expect(reader.view.snapshot.posts.some((p) => p.id === target)).toBe(true);
    }
    // A phone that joins now starts from its group's snapshot, the same as one that followed along.
    const late = await phone(created.code, 'Sen');
    expect(roundIds(late.view.snapshot)).toEqual(
      [...new Set([...share(late.participantId), ...Object.keys(late.view.snapshot.tallies)])].sort()
    );
    // What each reader pieced together from its deltas is what its group's snapshot says now.
    for (const reader of readers) {
      const fresh = await send(reader.socket, 'sync:request', {});
      expect(roundIds(reader.view.snapshot)).toEqual(roundIds(fresh.snapshot));
      expect(reader.view.snapshot.tallies).toEqual(fresh.snapshot.tallies);
    }
  });
});
