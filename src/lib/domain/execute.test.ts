import { describe, expect, it } from 'vitest';
import { noChanges } from './changes.js';
import { LIMITS } from './limits.js';
import { findRound, remainingVotes } from './rules.js';
import { serializeState } from './serialize.js';
import {
  FACILITATOR,
  SYSTEM,
  asParticipant,
  helsingborgWorkshop,
  join,
  post,
  run,
  setStage,
  vote,
  type TestWorkshop
} from './test-helpers.js';
import type { Actor, Command, ErrorCode, Phase, Stage } from './types.js';

const S1 = 'samtal-1';
const S2 = 'samtal-2';

function remaining(w: TestWorkshop, participantId: string, roundId: string, scope: string): number {
  const round = findRound(w.state.setup, roundId)!;
  const me = w.state.participants.get(participantId)!;
  return remainingVotes(round, scope, me.votes, (id) => w.state.posts.get(id));
}

/** A post's vote count, checked against its voters so the two never drift apart. */
function tally(w: TestWorkshop, postId: string): number {
  const p = w.state.posts.get(postId)!;
  expect([...p.voters.values()].reduce((sum, n) => sum + n, 0)).toBe(p.tally);
  return p.tally;
}

/** Alice, Bob and Carl joined; Bob has one post in each round (made while the round collected). */
function fixture() {
  const w = helsingborgWorkshop();
  join(w, 'alice', 'Åsa Öberg', 'Föreningen Gränslös 🌍');
  join(w, 'bob', 'Björn', 'Hälsingborgs Schackklubb ♟️');
  join(w, 'carl');
  setStage(w, S1, 'collecting');
  const s1 = post(w, 'bob', S1, ['dialog'], 'Att mötas på riktigt, inte bara på remiss.');
  setStage(w, S2, 'collecting');
  const s2 = post(w, 'bob', S2, ['dialog', 'mangfald'], 'Öppet hus för alla föreningar 🎉');
  return { w, s1, s2 };
}

describe('vote budgets', () => {
  it('Samtal 1 gives 3 votes per principle, each principle its own budget', () => {
    const w = helsingborgWorkshop();
    join(w, 'alice');
    join(w, 'bob');
    setStage(w, S1, 'collecting');
    const dialog = [1, 2, 3, 4].map((i) => post(w, 'bob', S1, ['dialog'], `Dialog ${i}: lyssna på varandra`));
    const mangfald = [1, 2, 3, 4].map((i) => post(w, 'bob', S1, ['mangfald'], `Mångfald ${i} 🌈`));
    setStage(w, S1, 'voting');

    const expected: Array<[string, 'ok' | ErrorCode, number, number]> = [
      // post, outcome, remaining on dialog, remaining on mångfald afterwards
      [dialog[0]!, 'ok', 2, 3],
      [dialog[1]!, 'ok', 1, 3],
      [mangfald[0]!, 'ok', 1, 2],
      [dialog[2]!, 'ok', 0, 2],
      [dialog[3]!, 'budget_exhausted', 0, 2],
      [mangfald[1]!, 'ok', 0, 1],
      [mangfald[2]!, 'ok', 0, 0],
      [mangfald[3]!, 'budget_exhausted', 0, 0]
    ];
    for (const [postId, result, leftDialog, leftMangfald] of expected) {
      const { outcome } = vote(w, 'alice', postId);
      expect(outcome.ok ? 'ok' : outcome.error).toBe(result);
      expect(remaining(w, 'alice', S1, 'dialog')).toBe(leftDialog);
      expect(remaining(w, 'alice', S1, 'mangfald')).toBe(leftMangfald);
      // Untouched principles keep their full budget.
      expect(remaining(w, 'alice', S1, 'oppenhet')).toBe(3);
    }
    expect(tally(w, dialog[3]!)).toBe(0);
    expect(w.state.participants.get('alice')!.votes.size).toBe(6);
  });

  it('Samtal 2 gives 5 votes for the whole round, whatever principles the posts link', () => {
    const w = helsingborgWorkshop();
    join(w, 'alice');
    join(w, 'bob');
    setStage(w, S2, 'collecting');
    const topics = [['dialog'], ['mangfald', 'oppenhet'], ['kvalitet'], ['dialog', 'langsiktighet'], ['sjalvstandighet'], ['dialog']];
    const posts = topics.map((t, i) => post(w, 'bob', S2, t, `Aktivitet ${i + 1}: föreningsmässa på Väla ✨`));
    setStage(w, S2, 'voting');
    for (let i = 0; i < 5; i++) {
      expect(vote(w, 'alice', posts[i]!).outcome).toEqual({ ok: true });
      expect(remaining(w, 'alice', S2, S2)).toBe(4 - i);
    }
    expect(vote(w, 'alice', posts[5]!).outcome).toEqual({ ok: false, error: 'budget_exhausted' });
    expect(remaining(w, 'alice', S2, S2)).toBe(0);
    // Bob's budget is his own.
    expect(remaining(w, 'bob', S2, S2)).toBe(5);
    expect(vote(w, 'bob', posts[5]!).outcome.ok).toBe(true);
  });

  it('votes in Samtal 1 do not use the budget of Samtal 2', () => {
    const w = helsingborgWorkshop();
    join(w, 'alice');
    join(w, 'bob');
    setStage(w, S1, 'collecting');
    const p1 = [1, 2, 3].map((i) => post(w, 'bob', S1, ['dialog'], `Samtal ett ${i}`));
    setStage(w, S1, 'voting');
    for (const id of p1) expect(vote(w, 'alice', id).outcome.ok).toBe(true);
    setStage(w, S2, 'collecting');
    const p2 = [1, 2, 3, 4, 5].map((i) => post(w, 'bob', S2, ['dialog'], `Samtal två ${i}`));
    setStage(w, S2, 'voting');
    expect(remaining(w, 'alice', S2, S2)).toBe(5);
    for (const id of p2) expect(vote(w, 'alice', id).outcome.ok).toBe(true);
    expect(remaining(w, 'alice', S1, 'dialog')).toBe(0);
  });

  it('gives back votes on hidden posts and returns them when the post is shown again', () => {
    const w = helsingborgWorkshop();
    join(w, 'alice');
    join(w, 'bob');
    setStage(w, S2, 'collecting');
    const posts = [1, 2, 3, 4, 5, 6].map((i) => post(w, 'bob', S2, ['kvalitet'], `Idé ${i}`));
    setStage(w, S2, 'voting');
    for (const id of posts.slice(0, 5)) vote(w, 'alice', id);
    expect(remaining(w, 'alice', S2, S2)).toBe(0);

    expect(run(w, FACILITATOR, { type: 'post:hide', postId: posts[0]!, hidden: true }).outcome.ok).toBe(true);
    expect(remaining(w, 'alice', S2, S2)).toBe(1);
    // The vote itself is kept (so it counts again if the post is shown again).
    expect(w.state.participants.get('alice')!.votes.has(posts[0]!)).toBe(true);
    expect(vote(w, 'alice', posts[0]!).outcome).toEqual({ ok: false, error: 'post_not_active' });
    expect(run(w, FACILITATOR, { type: 'post:hide', postId: posts[0]!, hidden: false }).outcome.ok).toBe(true);
    expect(remaining(w, 'alice', S2, S2)).toBe(0);
    expect(vote(w, 'alice', posts[5]!).outcome).toEqual({ ok: false, error: 'budget_exhausted' });
  });

  it('gives back votes on withdrawn posts and removes them from the voters', () => {
    const w = helsingborgWorkshop();
    for (const p of ['alice', 'bob', 'carl']) join(w, p);
    setStage(w, S1, 'collecting');
    const posts = [1, 2, 3, 4].map((i) => post(w, 'bob', S1, ['oppenhet'], `Insyn ${i}`));
    setStage(w, S1, 'voting');
    for (const id of posts.slice(0, 3)) vote(w, 'alice', id);
    vote(w, 'carl', posts[0]!);
    expect(vote(w, 'alice', posts[3]!).outcome).toEqual({ ok: false, error: 'budget_exhausted' });

    expect(run(w, asParticipant('bob'), { type: 'post:withdraw', postId: posts[0]! }).outcome).toEqual({ ok: true });
    expect(w.state.participants.get('alice')!.votes.has(posts[0]!)).toBe(false);
    expect(w.state.participants.get('carl')!.votes.size).toBe(0);
    expect(tally(w, posts[0]!)).toBe(0);
    expect(remaining(w, 'alice', S1, 'oppenhet')).toBe(1);
    expect(vote(w, 'alice', posts[3]!).outcome).toEqual({ ok: true });
  });

  // Hiding gives votes back; showing the post again must not bring back a vote the voter
  // has spent meanwhile (found by this test, fixed in execute's keepVotesWithinBudget).
  it('never lets a participant hold more active votes than the budget after hide + unhide', () => {
    const w = helsingborgWorkshop();
    join(w, 'alice');
    join(w, 'bob');
    setStage(w, S2, 'collecting');
    const posts = [1, 2, 3, 4, 5, 6].map((i) => post(w, 'bob', S2, ['dialog'], `Förslag ${i}`));
    setStage(w, S2, 'voting');
    for (const id of posts.slice(0, 5)) vote(w, 'alice', id);
    run(w, FACILITATOR, { type: 'post:hide', postId: posts[0]!, hidden: true });
    vote(w, 'alice', posts[5]!);
    run(w, FACILITATOR, { type: 'post:hide', postId: posts[0]!, hidden: false });
    const active = [...w.state.participants.get('alice')!.votes]
      .filter(([id]) => {
        const p = w.state.posts.get(id)!;
        return !p.hidden && !p.withdrawn;
      })
      .reduce((sum, [, n]) => sum + n, 0);
    expect(active).toBeLessThanOrEqual(5);
    // Bob's vote on the re-shown post, with room in his budget, is kept.
    expect(w.state.posts.get(posts[0]!)!.voters.has('alice')).toBe(false);
  });
});

describe('one vote per post, retract', () => {
  it('rejects a second vote for the same post', () => {
    const { w, s1 } = fixture();
    setStage(w, S1, 'voting');
    expect(vote(w, 'alice', s1).outcome).toEqual({ ok: true });
    expect(vote(w, 'alice', s1).outcome).toEqual({ ok: false, error: 'already_voted' });
    expect(tally(w, s1)).toBe(1);
    expect(remaining(w, 'alice', S1, 'dialog')).toBe(2);
  });

  it('lets an author vote for their own post', () => {
    const { w, s1 } = fixture();
    setStage(w, S1, 'voting');
    expect(vote(w, 'bob', s1).outcome).toEqual({ ok: true });
  });

  it('rejects retracting a vote never cast', () => {
    const { w, s1 } = fixture();
    setStage(w, S1, 'voting');
    expect(run(w, asParticipant('alice'), { type: 'vote:retract', postId: s1 }).outcome).toEqual({ ok: false, error: 'not_voted' });
  });

  it('frees budget when a vote is retracted', () => {
    const w = helsingborgWorkshop();
    join(w, 'alice');
    join(w, 'bob');
    setStage(w, S1, 'collecting');
    const posts = [1, 2, 3, 4].map((i) => post(w, 'bob', S1, ['langsiktighet'], `Fleråriga avtal ${i}`));
    setStage(w, S1, 'voting');
    for (const id of posts.slice(0, 3)) vote(w, 'alice', id);
    expect(vote(w, 'alice', posts[3]!).outcome).toEqual({ ok: false, error: 'budget_exhausted' });
    const { outcome, changes } = run(w, asParticipant('alice'), { type: 'vote:retract', postId: posts[1]! });
    expect(outcome).toEqual({ ok: true });
    expect(changes.tallies).toEqual([posts[1]]);
    expect(tally(w, posts[1]!)).toBe(0);
    expect(remaining(w, 'alice', S1, 'langsiktighet')).toBe(1);
    expect(vote(w, 'alice', posts[3]!).outcome).toEqual({ ok: true });
    // A retracted vote may be cast again later.
    expect(run(w, asParticipant('alice'), { type: 'vote:retract', postId: posts[0]! }).outcome.ok).toBe(true);
    expect(vote(w, 'alice', posts[1]!).outcome).toEqual({ ok: true });
  });
});

describe('withdrawing a post', () => {
  it('lets the author withdraw while collecting, once', () => {
    const { w, s2 } = fixture();
    const { outcome, changes } = run(w, asParticipant('bob'), { type: 'post:withdraw', postId: s2 });
    expect(outcome).toEqual({ ok: true });
    expect(changes.posts).toEqual([s2]);
    expect(w.state.posts.get(s2)!.withdrawn).toBe(true);
    expect(run(w, asParticipant('bob'), { type: 'post:withdraw', postId: s2 }).outcome).toEqual({ ok: false, error: 'post_not_found' });
  });

  it('refuses to withdraw someone else’s post', () => {
    const { w, s2 } = fixture();
    expect(run(w, asParticipant('alice'), { type: 'post:withdraw', postId: s2 }).outcome).toEqual({ ok: false, error: 'not_author' });
    expect(w.state.posts.get(s2)!.withdrawn).toBe(false);
  });

  const cases: Array<{ phase: Phase; expected: 'ok' | ErrorCode }> = [
    { phase: { kind: 'round', roundId: S1, stage: 'collecting' }, expected: 'ok' },
    { phase: { kind: 'round', roundId: S1, stage: 'voting' }, expected: 'ok' },
    { phase: { kind: 'round', roundId: S1, stage: 'results' }, expected: 'withdraw_closed' },
    { phase: { kind: 'round', roundId: S1, stage: 'closed' }, expected: 'withdraw_closed' },
    { phase: { kind: 'round', roundId: S2, stage: 'collecting' }, expected: 'withdraw_closed' },
    { phase: { kind: 'lobby' }, expected: 'withdraw_closed' }
  ];
  it.each(cases)('withdrawing a Samtal 1 post in $phase.roundId $phase.stage$phase.kind gives $expected', ({ phase, expected }) => {
    const { w, s1 } = fixture();
    run(w, FACILITATOR, { type: 'phase:set', phase });
    const { outcome } = run(w, asParticipant('bob'), { type: 'post:withdraw', postId: s1 });
    expect(outcome.ok ? 'ok' : outcome.error).toBe(expected);
    expect(w.state.posts.get(s1)!.withdrawn).toBe(expected === 'ok');
  });

  it('makes a withdrawn post unknown to votes', () => {
    const { w, s1 } = fixture();
    setStage(w, S1, 'voting');
    vote(w, 'alice', s1);
    run(w, asParticipant('bob'), { type: 'post:withdraw', postId: s1 });
    expect(vote(w, 'carl', s1).outcome).toEqual({ ok: false, error: 'post_not_found' });
    expect(run(w, asParticipant('alice'), { type: 'vote:retract', postId: s1 }).outcome).toEqual({ ok: false, error: 'post_not_found' });
    expect(run(w, FACILITATOR, { type: 'post:hide', postId: s1, hidden: true }).outcome).toEqual({ ok: false, error: 'post_not_found' });
  });
});

describe('rules by phase, role and payload', () => {
  type Case = { name: string; phase: Phase; actor?: Actor; command: (ids: { s1: string; s2: string }) => Command; expected: 'ok' | ErrorCode };
  const round = (roundId: string, stage: Stage): Phase => ({ kind: 'round', roundId, stage });
  const alice = asParticipant('alice');
  const create = (roundId: string, topicIds: string[], text = 'Läxhjälp på biblioteket 📚') => () =>
    ({ type: 'post:create', roundId, topicIds, text }) as Command;
  const castOn = (which: 's1' | 's2') => (ids: { s1: string; s2: string }) => ({ type: 'vote:cast', postId: ids[which] }) as Command;

  const cases: Case[] = [
    // Posting only while the round collects.
    { name: 'post in the collecting round', phase: round(S1, 'collecting'), command: create(S1, ['dialog']), expected: 'ok' },
    { name: 'post in the lobby', phase: { kind: 'lobby' }, command: create(S1, ['dialog']), expected: 'posting_closed' },
    { name: 'post while voting', phase: round(S1, 'voting'), command: create(S1, ['dialog']), expected: 'posting_closed' },
    { name: 'post in results', phase: round(S1, 'results'), command: create(S1, ['dialog']), expected: 'posting_closed' },
    { name: 'post when closed', phase: round(S1, 'closed'), command: create(S1, ['dialog']), expected: 'posting_closed' },
    { name: 'post to another round than the open one', phase: round(S2, 'collecting'), command: create(S1, ['dialog']), expected: 'posting_closed' },
    { name: 'post to an unknown round', phase: round(S1, 'collecting'), command: create('samtal-3', ['dialog']), expected: 'unknown_round' },
    { name: 'post to an unknown principle', phase: round(S1, 'collecting'), command: create(S1, ['ekonomi']), expected: 'unknown_topic' },
    { name: 'Samtal 2 post with one unknown principle', phase: round(S2, 'collecting'), command: create(S2, ['dialog', 'ekonomi']), expected: 'unknown_topic' },
    // Topic counts.
    { name: 'Samtal 1 post without principle', phase: round(S1, 'collecting'), command: create(S1, []), expected: 'wrong_topic_count' },
    { name: 'Samtal 1 post with two principles', phase: round(S1, 'collecting'), command: create(S1, ['dialog', 'mangfald']), expected: 'wrong_topic_count' },
    { name: 'Samtal 1 post naming one principle twice', phase: round(S1, 'collecting'), command: create(S1, ['dialog', 'dialog']), expected: 'ok' },
    { name: 'Samtal 2 post without principle', phase: round(S2, 'collecting'), command: create(S2, []), expected: 'wrong_topic_count' },
    { name: 'Samtal 2 post with one principle', phase: round(S2, 'collecting'), command: create(S2, ['kvalitet']), expected: 'ok' },
    { name: 'Samtal 2 post with all six principles', phase: round(S2, 'collecting'), command: create(S2, ['sjalvstandighet', 'dialog', 'kvalitet', 'langsiktighet', 'oppenhet', 'mangfald']), expected: 'ok' },
    // Text.
    { name: 'empty text', phase: round(S1, 'collecting'), command: create(S1, ['dialog'], ''), expected: 'text_empty' },
    { name: 'blank text', phase: round(S1, 'collecting'), command: create(S1, ['dialog'], '  \n\t '), expected: 'text_empty' },
    { name: 'text at the limit', phase: round(S1, 'collecting'), command: create(S1, ['dialog'], 'å'.repeat(LIMITS.postText)), expected: 'ok' },
    { name: 'text at the limit with spaces around', phase: round(S1, 'collecting'), command: create(S1, ['dialog'], `  ${'ö'.repeat(LIMITS.postText)}  `), expected: 'ok' },
    { name: 'text over the limit', phase: round(S1, 'collecting'), command: create(S1, ['dialog'], 'ä'.repeat(LIMITS.postText + 1)), expected: 'text_too_long' },
    // Voting only while the round votes.
    { name: 'vote while voting', phase: round(S1, 'voting'), command: castOn('s1'), expected: 'ok' },
    { name: 'vote while collecting', phase: round(S1, 'collecting'), command: castOn('s1'), expected: 'voting_closed' },
    { name: 'vote in results', phase: round(S1, 'results'), command: castOn('s1'), expected: 'voting_closed' },
    { name: 'vote when closed', phase: round(S1, 'closed'), command: castOn('s1'), expected: 'voting_closed' },
    { name: 'vote in the lobby', phase: { kind: 'lobby' }, command: castOn('s1'), expected: 'voting_closed' },
    { name: 'vote on a post of another round', phase: round(S2, 'voting'), command: castOn('s1'), expected: 'voting_closed' },
    { name: 'vote on an unknown post', phase: round(S1, 'voting'), command: () => ({ type: 'vote:cast', postId: 'p999' }), expected: 'post_not_found' },
    { name: 'retract while collecting', phase: round(S2, 'collecting'), command: (ids) => ({ type: 'vote:retract', postId: ids.s2 }), expected: 'voting_closed' },
    // Roles.
    { name: 'participant sets the phase', phase: round(S1, 'collecting'), command: () => ({ type: 'phase:set', phase: round(S1, 'results') }), expected: 'forbidden' },
    { name: 'participant hides a post', phase: round(S1, 'voting'), command: (ids) => ({ type: 'post:hide', postId: ids.s1, hidden: true }), expected: 'forbidden' },
    { name: 'facilitator posts', phase: round(S1, 'collecting'), actor: FACILITATOR, command: create(S1, ['dialog']), expected: 'forbidden' },
    { name: 'facilitator votes', phase: round(S1, 'voting'), actor: FACILITATOR, command: castOn('s1'), expected: 'forbidden' },
    { name: 'facilitator withdraws', phase: round(S1, 'voting'), actor: FACILITATOR, command: (ids) => ({ type: 'post:withdraw', postId: ids.s1 }), expected: 'forbidden' },
    { name: 'facilitator updates a profile', phase: round(S1, 'voting'), actor: FACILITATOR, command: () => ({ type: 'participant:update', name: 'X', association: '' }), expected: 'forbidden' },
    { name: 'system votes', phase: round(S1, 'voting'), actor: SYSTEM, command: castOn('s1'), expected: 'forbidden' },
    { name: 'system sets the phase', phase: round(S1, 'voting'), actor: SYSTEM, command: () => ({ type: 'phase:set', phase: { kind: 'lobby' } }), expected: 'forbidden' },
    { name: 'unknown participant posts', phase: round(S1, 'collecting'), actor: asParticipant('mallory'), command: create(S1, ['dialog']), expected: 'not_joined' },
    { name: 'unknown participant votes', phase: round(S1, 'voting'), actor: asParticipant('mallory'), command: castOn('s1'), expected: 'not_joined' },
    { name: 'facilitator sets an unknown round', phase: round(S1, 'voting'), actor: FACILITATOR, command: () => ({ type: 'phase:set', phase: round('samtal-9', 'voting') }), expected: 'unknown_round' },
    { name: 'facilitator hides an unknown post', phase: round(S1, 'voting'), actor: FACILITATOR, command: () => ({ type: 'post:hide', postId: 'p999', hidden: true }), expected: 'post_not_found' },
    // Joining.
    { name: 'join with a taken participant id', phase: { kind: 'lobby' }, actor: alice, command: () => ({ type: 'participant:join', participantId: 'alice', tokenHash: 'new', name: '', association: '' }), expected: 'already_exists' },
    { name: 'join with a taken token', phase: { kind: 'lobby' }, actor: asParticipant('dora'), command: () => ({ type: 'participant:join', participantId: 'dora', tokenHash: 't-alice', name: '', association: '' }), expected: 'already_exists' },
    { name: 'join sent by the system', phase: { kind: 'lobby' }, actor: SYSTEM, command: () => ({ type: 'participant:join', participantId: 'dora', tokenHash: 't-dora', name: '', association: '' }), expected: 'forbidden' },
    { name: 'join sent by the facilitator', phase: { kind: 'lobby' }, actor: FACILITATOR, command: () => ({ type: 'participant:join', participantId: 'dora', tokenHash: 't-dora', name: '', association: '' }), expected: 'forbidden' },
    { name: 'a second workshop:create', phase: { kind: 'lobby' }, actor: SYSTEM, command: () => ({ type: 'workshop:create', workshopId: 'w2', code: 'AAAAAA', keyHash: 'k', setup: { title: { sv: 'x' }, language: 'sv', topics: [], rounds: [], agenda: [], sectors: [], evaluation: [], settings: { moderationQueue: false, showNames: false } } }), expected: 'already_exists' }
  ];

  it.each(cases)('$name → $expected', ({ phase, actor, command, expected }) => {
    const { w, s1, s2 } = fixture();
    run(w, FACILITATOR, { type: 'phase:set', phase });
    const before = serializeState(w.state);
    const { outcome, changes } = run(w, actor ?? alice, command({ s1, s2 }));
    expect(outcome.ok ? 'ok' : outcome.error).toBe(expected);
    if (!outcome.ok) {
      // A rejected command changes nothing.
      expect(serializeState(w.state)).toEqual(before);
      expect(changes).toEqual(noChanges());
    }
  });

  it('stores the trimmed text and de-duplicated principles of a post', () => {
    const { w } = fixture();
    setStage(w, S2, 'collecting');
    const { outcome, changes } = run(w, asParticipant('alice'), {
      type: 'post:create',
      roundId: S2,
      topicIds: ['mangfald', 'dialog', 'mangfald'],
      text: '  Språkcafé på Dunkers 🗣️ \n'
    });
    expect(outcome.ok).toBe(true);
    const id = outcome.ok ? outcome.postId! : '';
    const created = w.state.posts.get(id)!;
    expect(created).toMatchObject({ roundId: S2, topicIds: ['mangfald', 'dialog'], text: 'Språkcafé på Dunkers 🗣️', authorId: 'alice', hidden: false, withdrawn: false });
    expect(created.createdAt).toBe(w.log[w.log.length - 1]!.at);
    expect(id).toBe(`p${w.log[w.log.length - 1]!.seq}`);
    expect(changes).toEqual({ ...noChanges(), stats: true, posts: [id] });
  });

  it('cuts names and associations to their limits on join and update', () => {
    const w = helsingborgWorkshop();
    join(w, 'alice', 'Å'.repeat(LIMITS.name + 10), 'Ö'.repeat(LIMITS.association + 10));
    const alice = w.state.participants.get('alice')!;
    expect(alice.name).toBe('Å'.repeat(LIMITS.name));
    expect(alice.association).toBe('Ö'.repeat(LIMITS.association));
    const { outcome, changes } = run(w, asParticipant('alice'), { type: 'participant:update', name: 'Åsa', association: 'ä'.repeat(LIMITS.association + 1) });
    expect(outcome).toEqual({ ok: true });
    expect(changes.stats).toBe(true);
    expect(alice.name).toBe('Åsa');
    expect(alice.association).toHaveLength(LIMITS.association);
  });
});

describe('hiding posts', () => {
  it('hides and shows a post, reporting a change only when it changes', () => {
    const { w, s1 } = fixture();
    const hide = (hidden: boolean) => run(w, FACILITATOR, { type: 'post:hide', postId: s1, hidden });
    expect(hide(true)).toMatchObject({ outcome: { ok: true }, changes: { posts: [s1], tallies: [s1] } });
    expect(w.state.posts.get(s1)!.hidden).toBe(true);
    expect(hide(true)).toMatchObject({ outcome: { ok: true }, changes: { posts: [], tallies: [] } });
    expect(hide(false)).toMatchObject({ outcome: { ok: true }, changes: { posts: [s1], tallies: [s1] } });
    expect(w.state.posts.get(s1)!.hidden).toBe(false);
  });

  it('keeps the votes of a hidden post and lets voters retract them', () => {
    const { w, s1 } = fixture();
    setStage(w, S1, 'voting');
    vote(w, 'alice', s1);
    run(w, FACILITATOR, { type: 'post:hide', postId: s1, hidden: true });
    expect(vote(w, 'carl', s1).outcome).toEqual({ ok: false, error: 'post_not_active' });
    expect(tally(w, s1)).toBe(1);
    expect(run(w, asParticipant('alice'), { type: 'vote:retract', postId: s1 }).outcome).toEqual({ ok: true });
    expect(tally(w, s1)).toBe(0);
  });
});

describe('phase changes', () => {
  it('reveals a round once, at results, and keeps it revealed', () => {
    const { w } = fixture();
    const steps: Array<[Phase, string[], string[]]> = [
      // phase set, revealed afterwards, revealed by this entry
      [{ kind: 'round', roundId: S1, stage: 'voting' }, [], []],
      [{ kind: 'round', roundId: S1, stage: 'closed' }, [], []],
      [{ kind: 'round', roundId: S1, stage: 'results' }, [S1], [S1]],
      [{ kind: 'round', roundId: S1, stage: 'results' }, [S1], []],
      [{ kind: 'round', roundId: S1, stage: 'closed' }, [S1], []],
      [{ kind: 'round', roundId: S2, stage: 'collecting' }, [S1], []],
      [{ kind: 'lobby' }, [S1], []],
      [{ kind: 'round', roundId: S2, stage: 'results' }, [S1, S2], [S2]]
    ];
    for (const [phase, revealed, newly] of steps) {
      const { outcome, changes } = run(w, FACILITATOR, { type: 'phase:set', phase });
      expect(outcome).toEqual({ ok: true });
      expect(w.state.phase).toEqual(phase);
      expect(w.state.revealed).toEqual(revealed);
      expect(changes).toMatchObject({ info: true, revealed: newly });
    }
  });

  it('keeps a copy of the phase, not the command’s object', () => {
    const { w } = fixture();
    const phase: Phase = { kind: 'round', roundId: S1, stage: 'voting' };
    run(w, FACILITATOR, { type: 'phase:set', phase });
    (phase as { stage: Stage }).stage = 'results';
    expect(w.state.phase).toEqual({ kind: 'round', roundId: S1, stage: 'voting' });
  });
});

describe('idempotency', () => {
  it('returns the first outcome for a re-sent command and changes nothing', () => {
    const { w, s1 } = fixture();
    setStage(w, S1, 'voting');
    const first = run(w, asParticipant('alice'), { type: 'vote:cast', postId: s1 }, 'v-1');
    expect(first.outcome).toEqual({ ok: true });
    const before = serializeState(w.state);
    const again = run(w, asParticipant('alice'), { type: 'vote:cast', postId: s1 }, 'v-1');
    expect(again.outcome).toEqual({ ok: true });
    expect(again.changes).toEqual(noChanges());
    expect(serializeState(w.state)).toEqual(before);
    expect(tally(w, s1)).toBe(1);
  });

  it('returns the same post id for a re-sent post and creates one post', () => {
    const { w } = fixture();
    setStage(w, S1, 'collecting');
    const cmd: Command = { type: 'post:create', roundId: S1, topicIds: ['mangfald'], text: 'Föreningar på fler språk än svenska 🇸🇪🇺🇦' };
    const first = run(w, asParticipant('carl'), cmd, 'post-abc');
    const count = w.state.posts.size;
    const again = run(w, asParticipant('carl'), cmd, 'post-abc');
    expect(again.outcome).toEqual(first.outcome);
    expect(w.state.posts.size).toBe(count);
  });

  it('returns a first rejection again even when the command would now succeed', () => {
    const { w, s1 } = fixture();
    setStage(w, S1, 'collecting');
    expect(vote(w, 'alice', s1).outcome).toEqual({ ok: false, error: 'voting_closed' });
    const rejectedId = w.log[w.log.length - 1]!.commandId;
    setStage(w, S1, 'voting');
    expect(run(w, asParticipant('alice'), { type: 'vote:cast', postId: s1 }, rejectedId).outcome).toEqual({ ok: false, error: 'voting_closed' });
    expect(tally(w, s1)).toBe(0);
  });

  const sameIdCases: Array<{ name: string; a: Actor; b: Actor }> = [
    { name: 'two participants', a: asParticipant('alice'), b: asParticipant('carl') },
    { name: 'a participant and the facilitator', a: asParticipant('alice'), b: FACILITATOR }
  ];
  it.each(sameIdCases)('treats the same command id from $name as different commands', ({ a, b }) => {
    const { w, s1 } = fixture();
    setStage(w, S1, 'voting');
    expect(run(w, a, { type: 'vote:cast', postId: s1 }, 'same-id').outcome).toEqual({ ok: true });
    const second: Command = b.role === 'facilitator' ? { type: 'post:hide', postId: s1, hidden: true } : { type: 'vote:cast', postId: s1 };
    const result = run(w, b, second, 'same-id');
    expect(result.outcome).toEqual({ ok: true });
    expect(result.changes.tallies).toEqual([s1]);
  });
});

describe('the last change (what retention counts from)', () => {
  it('moves with accepted commands from people, not with refusals, re-sends or the server’s own entries', () => {
    const w = helsingborgWorkshop();
    join(w, 'p1');
    const joined = w.state.updatedAt;
    expect(joined).toBe(w.log.at(-1)!.at);
    // A post in the lobby is refused; a re-sent join answers with its first outcome.
    expect(run(w, asParticipant('p1'), { type: 'post:create', roundId: S1, topicIds: ['dialog'], text: 'Tidigt' }).outcome.ok).toBe(false);
    run(w, asParticipant('p1'), w.log[1]!.command, w.log[1]!.commandId);
    run(w, SYSTEM, { type: 'timer:expire', timerId: 1 });
    expect(w.state.updatedAt).toBe(joined);
    setStage(w, S1, 'collecting');
    expect(w.state.updatedAt).toBe(w.log.at(-1)!.at);
  });
});
