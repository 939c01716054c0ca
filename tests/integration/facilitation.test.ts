import { setupOfInfo } from '../../src/lib/domain/views.js';
import type { Stage } from '../../src/lib/domain/types.js';
import { describe, expect, it } from 'vitest';
import type { AudienceDelta } from '../../src/lib/domain/deltas.js';
import type { CommandEvent } from '../../src/lib/protocol/schemas.js';
import { cid, client, createWorkshop, type FieldsArg, send, sendCommand, sendUnchecked, type TestSocket, useServer, View } from './helpers.js';

/**
 * Facilitation over real sockets: countdowns that end on the server's clock, presence,
 * merging duplicates, the moderation queue, table scribes, sign-ups and the closing
 * evaluation — each checked from the views the phones, the projector and the console get.
 */
const server = useServer();

async function meeting() {
  const created = await createWorkshop(server.url);
  const fSocket = await client(server.url);
  const f = await send(fSocket, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
  const facilitator = new View(fSocket, f.snapshot);
  const sSocket = await client(server.url);
  const screen = new View(sSocket, (await send(sSocket, 'screen:join', { code: created.code })).snapshot);
  const command = <E extends CommandEvent>(event: E, ...fields: FieldsArg<E>) => sendCommand(fSocket, event, ...fields);
  const join = async (profile: object = {}) => {
    const socket = await client(server.url);
    const ack = await send(socket, 'participant:join', { code: created.code, ...profile });
    return { socket, view: new View(socket, ack.snapshot), self: ack.self, act: <E extends CommandEvent>(event: E, ...fields: FieldsArg<E>) => sendCommand(socket, event, ...fields) };
  };
  const stage = (roundId: string, s: Stage) => command('phase:set', { phase: { kind: 'round', roundId, stage: s } });
  return { created, fSocket, facilitator, screen, command, join, stage };
}

/** Every delta a socket receives, as JSON, to check what never reaches it. */
function record(socket: TestSocket): string[] {
  const seen: string[] = [];
  socket.on('workshop:changed', (delta: AudienceDelta) => void seen.push(JSON.stringify(delta)));
  return seen;
}

describe('facilitation over real sockets', () => {
  it('ends a countdown on the server: posting closes for every phone when time is up', async () => {
    const m = await meeting();
    const anna = await m.join();
    await m.stage('samtal-1', 'collecting');
    expect((await m.command('timer:start', { durationMs: 1_000, closeWhenDone: true })).ok).toBe(true);
    await anna.view.until((s) => s.info.timer !== null);
    // The phone gets the end time in server time and the server's clock to count against.
    expect(anna.view.snapshot.info.timer?.endsAt).toBeGreaterThan(0);
    expect(typeof anna.view.snapshot.now).toBe('number');

    // The ticker writes the expiry into the log; every view learns of it.
    await Promise.all([anna.view.until((s) => s.info.timer?.expired === true), m.screen.until((s) => s.info.timer?.expired === true)]);
    const late = await anna.act('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'För sent' });
    expect(late).toEqual({ ok: false, error: 'posting_closed' });

    // More time opens it again.
    expect((await m.command('timer:extend', { ms: 60_000 })).ok).toBe(true);
    expect((await anna.act('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'Nu går det' })).ok).toBe(true);
  });

  it('counts who is online and shows it to the console and the projector', async () => {
    const m = await meeting();
    const a = await m.join({ association: 'IFK Helsingborg' });
    const b = await m.join({ association: 'ifk  helsingborg' });
    await Promise.all([m.facilitator.until((s) => s.stats?.online === 2), m.screen.until((s) => s.stats?.online === 2)]);
    // Two spellings of one association count once; the first spelling is the one suggested.
    expect(m.facilitator.snapshot.stats?.associations).toBe(1);
    expect(a.view.snapshot.associations).toEqual(['IFK Helsingborg']);
    b.socket.disconnect();
    await m.facilitator.until((s) => s.stats?.online === 1);
    expect(m.facilitator.snapshot.stats?.joined).toBe(2);
  });

  it('merges duplicates: the ranking updates and an overlapping voter counts once and gets a vote back', async () => {
    const m = await meeting();
    const [a, b, c] = [await m.join(), await m.join(), await m.join()];
    await m.stage('samtal-1', 'collecting');
    const first = (await a.act('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'Staden lyssnar på föreningarna' })).postId;
    const second = (await b.act('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'Att staden lyssnar på föreningar' })).postId;
    await m.stage('samtal-1', 'voting');
    for (const id of [first, second]) expect((await c.act('vote:cast', { postId: id })).ok).toBe(true);
    expect((await a.act('vote:cast', { postId: second })).ok).toBe(true);
    await m.screen.until((s) => s.tallies[first] === 1 && s.tallies[second] === 2);

    expect((await m.command('post:merge', { postIds: [first, second] })).ok).toBe(true);
    await m.screen.until((s) => !s.posts.some((p) => p.id === second) && s.tallies[first] === 2);
    // The author of the merged post still has their words, marked as merged.
    await b.view.until((s) => s.posts.some((p) => p.id === second && p.mergedInto === first));
    // c voted for both: one vote stays, the other is back in the budget (3 per principle).
    const sync = await send(c.socket, 'sync:request', {});
    expect(sync.self!.votes).toEqual([first]);
    const again = await c.act('vote:cast', { postId: first });
    expect(again).toEqual({ ok: false, error: 'already_voted' });
  });

  it('holds posts in the moderation queue until approved, and table posts say whose they are', async () => {
    const m = await meeting();
    const screenDeltas = record(m.screen.socket);
    const setup = structuredClone(m.facilitator.snapshot.info);
    const { settings: _settings, ...rest } = setupOfInfo(setup);
    expect((await m.command('setup:update', { setup: { ...rest, settings: { moderationQueue: true, showNames: false } }, confirmRemoval: false })).ok).toBe(true);
    const scribe = await m.join();
    await m.stage('samtal-1', 'collecting');
    const queued = await scribe.act('post:create', { roundId: 'samtal-1', topicIds: ['mangfald'], text: 'Fler röster i samtalen', onBehalf: { table: 4, people: 6 } });
    expect(queued.ok).toBe(true);
    await m.facilitator.until((s) => s.posts.some((p) => p.id === queued.postId && p.pending === true));
    expect((await send(scribe.socket, 'sync:request', {})).self!.pending).toEqual([
      { id: queued.postId, roundId: 'samtal-1', topicIds: ['mangfald'], text: 'Fler röster i samtalen' }
    ]);
    expect(m.screen.snapshot.posts.some((p) => p.id === queued.postId)).toBe(false);
    expect(screenDeltas.join('')).not.toContain('Fler röster');

    expect((await m.command('post:approve', { postIds: [queued.postId] })).ok).toBe(true);
    await m.screen.until((s) => s.posts.some((p) => p.id === queued.postId));
    expect(m.screen.snapshot.posts.find((p) => p.id === queued.postId)).toMatchObject({ source: 'table', table: 4, people: 6 });

    // Paper notes typed in by the facilitator count as posts, marked as such.
    const note = await m.command('note:add', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'Från bord 2: tydligare kontaktvägar', table: 2, people: null });
    await m.screen.until((s) => s.posts.some((p) => p.id === note.postId && p.source === 'paper'));
  });

  it('keeps a hidden post on its author’s phone only, marked; refuses a post in a language no phone speaks', async () => {
    const m = await meeting();
    const anna = await m.join();
    await m.stage('samtal-1', 'collecting');
    expect(await sendUnchecked(anna.socket, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'Hej', lang: 'de' })).toEqual({ ok: false, error: 'invalid_payload' });
    const made = await anna.act('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'Mötas oftare', lang: 'sv' });
    expect(made.ok).toBe(true);
    expect((await m.command('post:hide', { postId: made.postId, hidden: true })).ok).toBe(true);
    const synced = await send(anna.socket, 'sync:request', {});
    expect(synced.self!.hidden).toEqual([{ id: made.postId, roundId: 'samtal-1', topicIds: ['dialog'], text: 'Mötas oftare' }]);
    expect(synced.snapshot.posts.some((p: { id: string }) => p.id === made.postId)).toBe(false);
    await m.facilitator.until((s) => s.posts.some((p) => p.id === made.postId && p.hidden === true && p.lang === 'sv'));
  });

  it('keeps working-group contact details in the console only', async () => {
    const m = await meeting();
    const anna = await m.join({ name: 'Anna' });
    const other = await m.join();
    const phoneDeltas = record(other.socket);
    const screenDeltas = record(m.screen.socket);
    expect(await sendUnchecked(anna.socket, 'signup:set', { commandId: cid(), name: 'Anna A', contact: 'anna@example.org', consent: false })).toEqual({ ok: false, error: 'invalid_payload' });
    expect((await anna.act('signup:set', { name: 'Anna A', contact: 'anna@example.org', consent: true })).ok).toBe(true);
    await m.facilitator.until((s) => s.signups?.some((x) => x.contact === 'anna@example.org') === true);
    await m.screen.until((s) => s.stats?.signups === 1);
    expect(screenDeltas.join('') + phoneDeltas.join('') + JSON.stringify(m.screen.snapshot)).not.toContain('anna@example.org');

    expect((await anna.act('signup:withdraw', {})).ok).toBe(true);
    await m.facilitator.until((s) => s.signups?.length === 0 && s.stats?.signups === 0);
  });

  it('runs the closing evaluation: answers only while open, results on the projector', async () => {
    const m = await meeting();
    const [a, b] = [await m.join(), await m.join()];
    const questions = m.facilitator.snapshot.info.evaluation.map((q) => q.id);
    const [q1] = questions as [string];
    expect(await a.act('evaluation:answer', { scores: { [q1]: 5 }, comment: '' })).toEqual({ ok: false, error: 'evaluation_closed' });
    expect((await m.command('phase:set', { phase: { kind: 'evaluation' } })).ok).toBe(true);
    expect((await a.act('evaluation:answer', { scores: { [q1]: 5 }, comment: 'Bra möte' })).ok).toBe(true);
    expect((await b.act('evaluation:answer', { scores: { [q1]: 2 }, comment: '' })).ok).toBe(true);
    await m.screen.until((s) => s.evaluation?.responses === 2);
    expect(m.screen.snapshot.evaluation?.questions[0]).toEqual({ id: q1, counts: [0, 1, 0, 0, 1], mean: 3.5 });
    expect(m.screen.snapshot.evaluation?.comments).toBeUndefined();
    await m.facilitator.until((s) => s.evaluation?.comments?.includes('Bra möte') === true);
  });
});

describe('the join card preview', () => {
  it('shows title, sectors and association suggestions without joining and without posts', async () => {
    const m = await meeting();
    const anna = await m.join({ association: 'Röda Korset' });
    await m.stage('samtal-1', 'collecting');
    await anna.act('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'Hemligt inlägg' });
    const visitor = await client(server.url);
    const ack = await send(visitor, 'workshop:preview', { code: m.created.code });
    expect(ack.ok).toBe(true);
    expect(ack.preview.associations).toEqual(['Röda Korset']);
    expect(ack.preview.info.sectors.length).toBeGreaterThan(0);
    expect(JSON.stringify(ack)).not.toContain('Hemligt');
    expect(await send(visitor, 'workshop:preview', { code: 'XXXXXX' })).toEqual({ ok: false, error: 'workshop_not_found' });
    // Looking is not joining.
    await m.facilitator.until((s) => s.stats?.joined === 1);
  });
});

describe('a workshop closed to newcomers', () => {
  it('refuses new phones but lets a phone that joined come back with its token', async () => {
    const m = await meeting();
    const first = await client(server.url);
    const joined = await send(first, 'participant:join', { code: m.created.code });
    expect((await m.command('workshop:close', { closed: true })).ok).toBe(true);
    const stranger = await client(server.url);
    expect(await send(stranger, 'participant:join', { code: m.created.code })).toEqual({ ok: false, error: 'joins_closed' });
    expect((await send(stranger, 'workshop:preview', { code: m.created.code })).preview.info.joinsClosed).toBe(true);
    const back = await client(server.url);
    expect(await send(back, 'participant:join', { code: m.created.code, token: joined.token })).toMatchObject({ ok: true, self: { participantId: joined.self.participantId } });
  });
});
