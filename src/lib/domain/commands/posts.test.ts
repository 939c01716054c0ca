import { describe, expect, it } from 'vitest';
import { ChangeSet, deltaFor } from '../deltas.js';
import { LIMITS } from '../limits.js';
import { serializeState } from '../serialize.js';
import {
  S1,
  S2,
  as,
  castVotes,
  createdId,
  facilitate,
  invariantViolations,
  joinWith,
  remaining,
  stackingWorkshop,
  votesOn,
  workshopWith
} from '../test-factories.js';
import { FACILITATOR, asParticipant, helsingborgWorkshop, join, post, run, setStage, vote, type TestWorkshop } from '../test-helpers.js';
import type { Command } from '../types.js';
import { AUDIENCES, participantSelf, snapshotFor, type Audience } from '../views.js';
import type { ExecuteResult } from '../execute.js';

const snapshot = (w: TestWorkshop, audience: Audience) => snapshotFor(w.state, audience, 1, 0);
const viewOf = (w: TestWorkshop, audience: Audience, id: string) => snapshot(w, audience).posts.find((p) => p.id === id);
const deltaOf = (w: TestWorkshop, audience: Audience, ...results: ExecuteResult[]) => {
  const set = new ChangeSet();
  for (const r of results) set.add(r.changes);
  return deltaFor(w.state, audience, set, 0, { now: 0 });
};

/** Bob wrote one Samtal 1 post while the round collected. */
function onePost(w: TestWorkshop = helsingborgWorkshop()) {
  join(w, 'alice');
  join(w, 'bob', 'Björn', 'Schackklubben');
  setStage(w, S1, 'collecting');
  const id = post(w, 'bob', S1, ['dialog'], 'Att mötas på riktigt');
  return { w, id };
}

describe('the language a post was written in', () => {
  it('is kept with the post and reaches every audience; a post without one says none', () => {
    const { w } = onePost();
    const arabic = run(w, asParticipant('alice'), { type: 'post:create', roundId: S1, topicIds: ['dialog'], text: 'الحوار مهم', lang: 'ar' });
    expect(arabic.outcome.ok).toBe(true);
    const id = createdId(arabic);
    expect(w.state.posts.get(id)!.lang).toBe('ar');
    for (const audience of AUDIENCES) expect(viewOf(w, audience, id)!.lang).toBe('ar');
    const unsaid = snapshot(w, 'participant').posts.find((p) => p.text === 'Att mötas på riktigt')!;
    expect(unsaid).not.toHaveProperty('lang');
  });
});

describe('hidden own posts', () => {
  it('stay in their author’s own record, marked hidden, and leave it when shown again', () => {
    const { w, id } = onePost();
    facilitate(w, { type: 'post:hide', postId: id, hidden: true });
    expect(participantSelf(w.state, 'bob')!.hidden).toEqual([{ id, roundId: S1, topicIds: ['dialog'], text: 'Att mötas på riktigt' }]);
    expect(snapshot(w, 'participant').posts.map((p) => p.id)).not.toContain(id);
    facilitate(w, { type: 'post:hide', postId: id, hidden: false });
    expect(participantSelf(w.state, 'bob')!.hidden).toEqual([]);
  });
});

describe('editing a post', () => {
  it('keeps the text as first written through later edits', () => {
    const { w, id } = onePost();
    const first = facilitate(w, { type: 'post:edit', postId: id, text: '  Att mötas på riktigt, ofta  ' });
    expect(first.outcome).toEqual({ ok: true });
    expect(first.changes.posts).toEqual([id]);
    facilitate(w, { type: 'post:edit', postId: id, text: 'Att mötas ofta' });
    const edited = w.state.posts.get(id)!;
    expect(edited.text).toBe('Att mötas ofta');
    expect(edited.originalText).toBe('Att mötas på riktigt');
  });

  it('marks the post edited for everyone and shows the original to facilitators only', () => {
    const { w, id } = onePost();
    const result = facilitate(w, { type: 'post:edit', postId: id, text: 'Att mötas ofta' });
    for (const audience of ['participant', 'screen'] as const) {
      expect(viewOf(w, audience, id)).toMatchObject({ text: 'Att mötas ofta', edited: true });
      expect(viewOf(w, audience, id)).not.toHaveProperty('originalText');
      expect(JSON.stringify(deltaOf(w, audience, result))).not.toContain('på riktigt');
    }
    expect(viewOf(w, 'facilitator', id)).toMatchObject({ text: 'Att mötas ofta', edited: true, originalText: 'Att mötas på riktigt' });
    expect(deltaOf(w, 'participant', result)!.posts).toEqual([expect.objectContaining({ id, edited: true })]);
  });

  it('leaves an unedited post unmarked, and an edit to the same text changes nothing', () => {
    const { w, id } = onePost();
    expect(viewOf(w, 'participant', id)).not.toHaveProperty('edited');
    const { outcome, changes } = facilitate(w, { type: 'post:edit', postId: id, text: ' Att mötas på riktigt ' });
    expect(outcome).toEqual({ ok: true });
    expect(changes.posts).toEqual([]);
    expect(w.state.posts.get(id)!.originalText).toBeNull();
  });

  it.each([
    ['', 'text_empty'],
    [' \n ', 'text_empty'],
    ['å'.repeat(LIMITS.postText + 1), 'text_too_long']
  ])('refuses %j with %s, changing nothing', (text, error) => {
    const { w, id } = onePost();
    const before = serializeState(w.state);
    expect(facilitate(w, { type: 'post:edit', postId: id, text }).outcome).toEqual({ ok: false, error });
    expect(serializeState(w.state)).toEqual(before);
  });

  it('accepts a text at the limit; refuses unknown and withdrawn posts and participants', () => {
    const { w, id } = onePost();
    expect(facilitate(w, { type: 'post:edit', postId: id, text: 'ö'.repeat(LIMITS.postText) }).outcome).toEqual({ ok: true });
    expect(facilitate(w, { type: 'post:edit', postId: 'p999', text: 'x' }).outcome).toEqual({ ok: false, error: 'post_not_found' });
    expect(as(w, 'bob', { type: 'post:edit', postId: id, text: 'x' }).outcome).toEqual({ ok: false, error: 'forbidden' });
    as(w, 'bob', { type: 'post:withdraw', postId: id });
    expect(facilitate(w, { type: 'post:edit', postId: id, text: 'x' }).outcome).toEqual({ ok: false, error: 'post_not_found' });
  });
});

describe('pinning a post', () => {
  it('pins and unpins, reporting a change only when it changes, shown to every audience', () => {
    const { w, id } = onePost();
    const pin = (pinned: boolean) => facilitate(w, { type: 'post:pin', postId: id, pinned });
    expect(pin(true)).toMatchObject({ outcome: { ok: true }, changes: { posts: [id], tallies: [], stats: false } });
    for (const audience of AUDIENCES) expect(viewOf(w, audience, id)!.pinned).toBe(true);
    expect(pin(true)).toMatchObject({ outcome: { ok: true }, changes: { posts: [] } });
    expect(pin(false)).toMatchObject({ outcome: { ok: true }, changes: { posts: [id] } });
    for (const audience of AUDIENCES) expect(viewOf(w, audience, id)).not.toHaveProperty('pinned');
  });

  it('refuses unknown posts and participants', () => {
    const { w, id } = onePost();
    expect(facilitate(w, { type: 'post:pin', postId: 'p999', pinned: true }).outcome).toEqual({ ok: false, error: 'post_not_found' });
    expect(as(w, 'alice', { type: 'post:pin', postId: id, pinned: true }).outcome).toEqual({ ok: false, error: 'forbidden' });
  });
});

describe('hiding a post with stacked votes', () => {
  it('gives the stacked votes back and keeps only what still fits when shown again', () => {
    const w = stackingWorkshop();
    join(w, 'alice');
    join(w, 'bob');
    setStage(w, S2, 'collecting');
    const [a, b, c] = ['A', 'B', 'C'].map((t) => post(w, 'bob', S2, ['dialog'], `Aktivitet ${t}`)) as [string, string, string];
    setStage(w, S2, 'voting');
    castVotes(w, 'alice', a, 3);
    castVotes(w, 'alice', b, 2);
    castVotes(w, 'bob', a, 2);
    expect(remaining(w, 'alice', S2)).toBe(0);

    facilitate(w, { type: 'post:hide', postId: a, hidden: true });
    expect(remaining(w, 'alice', S2)).toBe(3);
    // The votes stay on the hidden post, ready to count again.
    expect(votesOn(w, 'alice', a)).toBe(3);
    expect(castVotes(w, 'alice', c, 2)).toEqual(['ok', 'ok']);

    const { changes } = facilitate(w, { type: 'post:hide', postId: a, hidden: false });
    expect(changes.tallies).toEqual([a]);
    // Alice has room for one of her three; Bob keeps both of his.
    expect(votesOn(w, 'alice', a)).toBe(1);
    expect(votesOn(w, 'bob', a)).toBe(2);
    expect(w.state.posts.get(a)!.tally).toBe(3);
    expect(remaining(w, 'alice', S2)).toBe(0);
    expect(invariantViolations(w.state)).toEqual([]);
  });

  it('keeps every stacked vote when the budget still has room', () => {
    const w = stackingWorkshop();
    join(w, 'alice');
    setStage(w, S2, 'collecting');
    const a = post(w, 'alice', S2, ['dialog'], 'Aktivitet');
    setStage(w, S2, 'voting');
    castVotes(w, 'alice', a, 3);
    facilitate(w, { type: 'post:hide', postId: a, hidden: true });
    facilitate(w, { type: 'post:hide', postId: a, hidden: false });
    expect(votesOn(w, 'alice', a)).toBe(3);
  });
});

describe('the moderation queue', () => {
  const queued = () => workshopWith((setup) => (setup.settings.moderationQueue = true));

  /** Bob's post waits in the queue; Alice's was approved. */
  function withQueue() {
    const w = queued();
    join(w, 'alice');
    join(w, 'bob');
    setStage(w, S1, 'collecting');
    const created = as(w, 'bob', { type: 'post:create', roundId: S1, topicIds: ['dialog'], text: 'Vänta på godkännande' });
    const waiting = createdId(created);
    const approved = post(w, 'alice', S1, ['dialog'], 'Redan godkänd');
    facilitate(w, { type: 'post:approve', postIds: [approved] });
    return { w, waiting, approved, created };
  }

  it('holds a new post back from the projector and the other phones', () => {
    const { w, waiting, created } = withQueue();
    expect(w.state.posts.get(waiting)!.pending).toBe(true);
    for (const audience of ['participant', 'screen'] as const) {
      expect(snapshot(w, audience).posts.map((p) => p.id)).not.toContain(waiting);
      expect(snapshot(w, audience).tallies).not.toHaveProperty(waiting);
      const delta = deltaOf(w, audience, created);
      expect(delta?.posts).toBeUndefined();
      expect(JSON.stringify(delta)).not.toContain('Vänta');
    }
    expect(viewOf(w, 'facilitator', waiting)).toMatchObject({ pending: true, hidden: false });
    expect(snapshot(w, 'screen').stats!.posts).toBe(1);
  });

  it('lists the post to its author as pending', () => {
    const { w, waiting } = withQueue();
    expect(participantSelf(w.state, 'bob')!.pending).toEqual([{ id: waiting, roundId: S1, topicIds: ['dialog'], text: 'Vänta på godkännande' }]);
    expect(participantSelf(w.state, 'bob')!.postIds).toEqual([waiting]);
    expect(participantSelf(w.state, 'alice')!.pending).toEqual([]);
  });

  it('takes no votes for a queued post', () => {
    const { w, waiting } = withQueue();
    setStage(w, S1, 'voting');
    expect(castVotes(w, 'alice', waiting, 1)).toEqual(['post_not_active']);
  });

  it('lets an approved post through to everyone', () => {
    const { w, waiting } = withQueue();
    const result = facilitate(w, { type: 'post:approve', postIds: [waiting] });
    expect(result.outcome).toEqual({ ok: true });
    expect(result.changes).toMatchObject({ posts: [waiting], tallies: [waiting], stats: true });
    expect(w.state.posts.get(waiting)!.pending).toBe(false);
    for (const audience of ['participant', 'screen'] as const) {
      expect(deltaOf(w, audience, result)!.posts).toEqual([expect.objectContaining({ id: waiting, text: 'Vänta på godkännande' })]);
      expect(snapshot(w, audience).posts.map((p) => p.id)).toContain(waiting);
    }
    expect(deltaOf(w, 'screen', result)!.tallies).toEqual({ [waiting]: 0 });
    expect(viewOf(w, 'facilitator', waiting)).not.toHaveProperty('pending');
    expect(participantSelf(w.state, 'bob')!.pending).toEqual([]);
    setStage(w, S1, 'voting');
    expect(castVotes(w, 'alice', waiting, 1)).toEqual(['ok']);
  });

  it('approves all or nothing: an unknown id refuses the whole command', () => {
    const { w, waiting } = withQueue();
    const before = serializeState(w.state);
    const { outcome, changes } = facilitate(w, { type: 'post:approve', postIds: [waiting, 'p999'] });
    expect(outcome).toEqual({ ok: false, error: 'post_not_found' });
    expect(changes.posts).toEqual([]);
    expect(serializeState(w.state)).toEqual(before);
    expect(w.state.posts.get(waiting)!.pending).toBe(true);
  });

  it('approves an approved post again without a change, and only for facilitators', () => {
    const { w, waiting, approved } = withQueue();
    expect(facilitate(w, { type: 'post:approve', postIds: [approved] })).toMatchObject({ outcome: { ok: true }, changes: { posts: [] } });
    expect(as(w, 'bob', { type: 'post:approve', postIds: [waiting] }).outcome).toEqual({ ok: false, error: 'forbidden' });
  });

  it('hides a queued post from its author’s pending list once it is hidden (rejected)', () => {
    const { w, waiting } = withQueue();
    facilitate(w, { type: 'post:hide', postId: waiting, hidden: true });
    expect(participantSelf(w.state, 'bob')!.pending).toEqual([]);
    facilitate(w, { type: 'post:approve', postIds: [waiting] });
    expect(snapshot(w, 'screen').posts.map((p) => p.id)).not.toContain(waiting);
  });

  it('never queues posts without the setting, nor paper notes with it', () => {
    const { w, id } = onePost();
    expect(w.state.posts.get(id)!.pending).toBe(false);
    const q = queued();
    const note = facilitate(q, { type: 'note:add', roundId: S1, topicIds: ['dialog'], text: 'Från pappret', table: 2, people: 5 });
    expect(q.state.posts.get(createdId(note))!.pending).toBe(false);
  });

  // A duplicate still in the queue may be the post kept by a merge. Its votes must not
  // come back over anyone's budget when it is approved (found by this test: approve now
  // trims like showing a hidden post does).
  it('keeps every voter within budget when a merged-into queued post is approved', () => {
    const w = queued();
    join(w, 'alice');
    join(w, 'bob');
    setStage(w, S1, 'collecting');
    const [a, b, c, e] = ['A', 'B', 'C', 'E'].map((t) => post(w, 'bob', S1, ['dialog'], `Inlägg ${t}`)) as [string, string, string, string];
    facilitate(w, { type: 'post:approve', postIds: [a, b, c, e] });
    const queuedPost = post(w, 'bob', S1, ['dialog'], 'Inlägg A, i kön');
    setStage(w, S1, 'voting');
    for (const id of [a, b, c]) vote(w, 'alice', id);
    expect(merge(w, queuedPost, a).outcome).toEqual({ ok: true });
    // The queued post does not count yet, so its vote is Alice's to spend again.
    expect(remaining(w, 'alice', S1, 'dialog')).toBe(1);
    expect(castVotes(w, 'alice', e, 1)).toEqual(['ok']);
    facilitate(w, { type: 'post:approve', postIds: [queuedPost] });
    expect(remaining(w, 'alice', S1, 'dialog')).toBe(0);
    expect(votesOn(w, 'alice', queuedPost)).toBe(0);
    expect(invariantViolations(w.state)).toEqual([]);
  });
});

const merge = (w: TestWorkshop, ...postIds: string[]) => facilitate(w, { type: 'post:merge', postIds });

describe('paper notes', () => {
  const note = (over: Partial<Extract<Command, { type: 'note:add' }>> = {}): Command => ({
    type: 'note:add',
    roundId: S1,
    topicIds: ['dialog'],
    text: '  Lappen från bord 3  ',
    table: 3,
    people: 6,
    ...over
  });

  it('are typed in by a facilitator, marked as paper with their table, and shown without author', () => {
    const { w } = onePost();
    setStage(w, S1, 'voting');
    const result = facilitate(w, note());
    const id = createdId(result);
    expect(result.changes).toMatchObject({ posts: [id], stats: true });
    expect(w.state.posts.get(id)).toMatchObject({ text: 'Lappen från bord 3', authorId: '', source: 'paper', table: 3, people: 6, pending: false });
    for (const audience of AUDIENCES) {
      const view = viewOf(w, audience, id)!;
      expect(view).toMatchObject({ source: 'paper', table: 3, people: 6 });
      expect(view).not.toHaveProperty('author');
      expect(view).not.toHaveProperty('authorName');
    }
    // They count like any post.
    expect(castVotes(w, 'alice', id, 1)).toEqual(['ok']);
  });

  it('may leave out the table and the number of people', () => {
    const { w } = onePost();
    const id = createdId(facilitate(w, note({ table: null, people: null })));
    const view = viewOf(w, 'participant', id)!;
    expect(view.source).toBe('paper');
    expect(view).not.toHaveProperty('table');
    expect(view).not.toHaveProperty('people');
  });

  it.each<[string, Command, string]>([
    ['an unknown round', note({ roundId: 'samtal-9' }), 'unknown_round'],
    ['an unknown principle', note({ topicIds: ['ekonomi'] }), 'unknown_topic'],
    ['two principles in Samtal 1', note({ topicIds: ['dialog', 'mangfald'] }), 'wrong_topic_count'],
    ['an empty text', note({ text: '  ' }), 'text_empty'],
    ['a text too long', note({ text: 'ä'.repeat(LIMITS.postText + 1) }), 'text_too_long']
  ])('are refused for %s', (_name, command, error) => {
    const { w } = onePost();
    const before = serializeState(w.state);
    expect(facilitate(w, command).outcome).toEqual({ ok: false, error });
    expect(serializeState(w.state)).toEqual(before);
  });

  it('are for facilitators only', () => {
    const { w } = onePost();
    expect(as(w, 'alice', note()).outcome).toEqual({ ok: false, error: 'forbidden' });
  });
});

describe('a table scribe', () => {
  it('posts for the table: source, table and people reach every audience, the scribe only facilitators', () => {
    const w = helsingborgWorkshop();
    joinWith(w, 'scribe', { name: 'Sara Skrivare', association: 'IFK', table: 7 });
    setStage(w, S2, 'collecting');
    const id = createdId(
      run(w, asParticipant('scribe'), { type: 'post:create', roundId: S2, topicIds: ['dialog'], text: 'Bordets idé', onBehalf: { table: 7, people: 8 } })
    );
    expect(w.state.posts.get(id)).toMatchObject({ authorId: 'scribe', source: 'table', table: 7, people: 8 });
    for (const audience of AUDIENCES) expect(viewOf(w, audience, id)).toMatchObject({ source: 'table', table: 7, people: 8 });
    expect(viewOf(w, 'facilitator', id)!.author).toEqual({ name: 'Sara Skrivare', association: 'IFK', sector: '', table: 7 });
    expect(JSON.stringify(snapshot(w, 'participant'))).not.toContain('Sara');
    expect(participantSelf(w.state, 'scribe')!.postIds).toEqual([id]);
  });

  it('is still subject to the posting rules', () => {
    const w = helsingborgWorkshop();
    join(w, 'scribe');
    const command: Command = { type: 'post:create', roundId: S2, topicIds: ['dialog'], text: 'Bordets idé', onBehalf: { table: 7, people: 8 } };
    expect(run(w, asParticipant('scribe'), command).outcome).toEqual({ ok: false, error: 'posting_closed' });
    expect(run(w, FACILITATOR, command).outcome).toEqual({ ok: false, error: 'forbidden' });
  });

  it('posts without onBehalf as a participant, unmarked', () => {
    const { w, id } = onePost();
    const view = viewOf(w, 'participant', id)!;
    expect(view).not.toHaveProperty('source');
    expect(view).not.toHaveProperty('table');
    expect(view).not.toHaveProperty('people');
    expect(w.state.posts.get(id)!.source).toBe('participant');
  });
});
