import { describe, expect, it } from 'vitest';
import { budgetScope, canPost, canVote, canWithdraw, findRound, isActive, remainingVotes, stageOf, timerClosed, type VotablePost } from './rules.js';
import { HELSINGBORG_TEMPLATE } from './template.js';
import type { Phase, Round, Timer } from './types.js';

const setup = HELSINGBORG_TEMPLATE.setup;
const S1 = findRound(setup, 'samtal-1')!;
const S2 = findRound(setup, 'samtal-2')!;

describe('what each phase allows', () => {
  const lobby: Phase = { kind: 'lobby' };
  const at = (roundId: string, stage: 'collecting' | 'voting' | 'results' | 'closed'): Phase => ({ kind: 'round', roundId, stage });
  const cases: Array<[Phase, string, string | undefined, boolean, boolean, boolean]> = [
    // phase, round asked about, stageOf, canPost, canVote, canWithdraw
    [lobby, 'samtal-1', undefined, false, false, false],
    [at('samtal-1', 'collecting'), 'samtal-1', 'collecting', true, false, true],
    [at('samtal-1', 'voting'), 'samtal-1', 'voting', false, true, true],
    [at('samtal-1', 'results'), 'samtal-1', 'results', false, false, false],
    [at('samtal-1', 'closed'), 'samtal-1', 'closed', false, false, false],
    [at('samtal-2', 'collecting'), 'samtal-1', undefined, false, false, false],
    [at('samtal-2', 'voting'), 'samtal-1', undefined, false, false, false],
    [at('samtal-2', 'voting'), 'samtal-2', 'voting', false, true, true]
  ];
  it.each(cases)('%o for %s', (phase, roundId, stage, post, vote, withdraw) => {
    expect(stageOf(phase, roundId)).toBe(stage);
    expect(canPost({ phase, timer: null }, roundId, 0)).toBe(post);
    expect(canVote({ phase, timer: null }, roundId, 0)).toBe(vote);
    expect(canWithdraw(phase, roundId)).toBe(withdraw);
  });
});

describe('findRound and isActive', () => {
  it('finds rounds by id', () => {
    expect(findRound(setup, 'samtal-2')?.budget).toEqual({ votes: 5, per: 'round' });
    expect(findRound(setup, 'samtal-3')).toBeUndefined();
  });
  it.each([
    [false, false, true],
    [true, false, false],
    [false, true, false],
    [true, true, false]
  ])('hidden=%s withdrawn=%s → active=%s', (hidden, withdrawn, active) => {
    expect(isActive({ hidden, withdrawn })).toBe(active);
  });
  it.each([
    [{ pending: true }, false],
    [{ pending: false }, true],
    [{ mergedInto: 'p9' }, false],
    [{ mergedInto: null }, true]
  ])('%o → active=%s', (extra, active) => {
    expect(isActive({ hidden: false, withdrawn: false, ...extra })).toBe(active);
  });
});

describe('a countdown that closes its stage', () => {
  const voting: Phase = { kind: 'round', roundId: 'samtal-1', stage: 'voting' };
  const collecting: Phase = { kind: 'round', roundId: 'samtal-1', stage: 'collecting' };
  const timer = (t: Partial<Timer>): Timer => ({
    id: 1,
    durationMs: 60_000,
    endsAt: 1_000,
    remainingMs: 0,
    closeWhenDone: true,
    phase: voting,
    expired: false,
    ...t
  });
  it.each<[string, Timer | null, number, boolean]>([
    ['no timer', null, 5_000, false],
    ['running, before the end', timer({}), 999, false],
    ['running, at the end', timer({}), 1_000, true],
    ['running, after the end', timer({}), 2_000, true],
    ['ended but does not close', timer({ closeWhenDone: false }), 2_000, false],
    ['paused with time left', timer({ endsAt: null, remainingMs: 10_000 }), 2_000, false],
    ['expired', timer({ endsAt: null, expired: true }), 0, true]
  ])('%s → closed=%s', (_name, t, at, closed) => {
    expect(timerClosed(t, at)).toBe(closed);
    expect(canVote({ phase: voting, timer: t }, 'samtal-1', at)).toBe(!closed);
    expect(canPost({ phase: collecting, timer: t }, 'samtal-1', at)).toBe(!closed);
    // Withdrawing does not depend on the countdown.
    expect(canWithdraw(voting, 'samtal-1')).toBe(true);
  });
});

describe('budgetScope', () => {
  it.each<[Round, string[], string]>([
    [S1, ['dialog'], 'dialog'],
    [S1, ['mangfald'], 'mangfald'],
    [S1, [], 'samtal-1'],
    [S2, ['dialog'], 'samtal-2'],
    [S2, ['dialog', 'mangfald'], 'samtal-2']
  ])('%s with %o → %s', (round, topicIds, scope) => {
    expect(budgetScope(round, { topicIds })).toBe(scope);
  });
});

describe('remainingVotes', () => {
  const posts: Record<string, VotablePost> = {
    d1: { roundId: 'samtal-1', topicIds: ['dialog'], hidden: false, withdrawn: false },
    d2: { roundId: 'samtal-1', topicIds: ['dialog'], hidden: false, withdrawn: false },
    d3: { roundId: 'samtal-1', topicIds: ['dialog'], hidden: false, withdrawn: false },
    d4: { roundId: 'samtal-1', topicIds: ['dialog'], hidden: false, withdrawn: false },
    dh: { roundId: 'samtal-1', topicIds: ['dialog'], hidden: true, withdrawn: false },
    dw: { roundId: 'samtal-1', topicIds: ['dialog'], hidden: false, withdrawn: true },
    m1: { roundId: 'samtal-1', topicIds: ['mangfald'], hidden: false, withdrawn: false },
    a1: { roundId: 'samtal-2', topicIds: ['dialog', 'kvalitet'], hidden: false, withdrawn: false },
    a2: { roundId: 'samtal-2', topicIds: ['oppenhet'], hidden: false, withdrawn: false },
    ah: { roundId: 'samtal-2', topicIds: ['oppenhet'], hidden: true, withdrawn: false }
  };
  const lookup = (id: string) => posts[id];
  it.each<[string, Round, string, string[], number]>([
    ['no votes', S1, 'dialog', [], 3],
    ['one on the principle', S1, 'dialog', ['d1'], 2],
    ['votes on another principle do not count', S1, 'dialog', ['m1', 'd1'], 2],
    ['votes in another round do not count', S1, 'dialog', ['a1', 'a2'], 3],
    ['hidden and withdrawn are given back', S1, 'dialog', ['d1', 'dh', 'dw'], 2],
    ['unknown posts are ignored', S1, 'dialog', ['zz', 'd1'], 2],
    ['budget used up', S1, 'dialog', ['d1', 'd2', 'd3'], 0],
    ['never below zero', S1, 'dialog', ['d1', 'd2', 'd3', 'd4'], 0],
    ['Samtal 2 counts the whole round', S2, 'samtal-2', ['a1', 'a2'], 3],
    ['Samtal 2 gives back hidden posts', S2, 'samtal-2', ['a1', 'ah'], 4],
    ['Samtal 2 ignores Samtal 1 votes', S2, 'samtal-2', ['d1', 'm1'], 5]
  ])('%s', (_name, round, scope, votes, expected) => {
    // One vote per post here; stacked votes are counted in the next block.
    expect(remainingVotes(round, scope, votes.map((id) => [id, 1] as const), lookup)).toBe(expected);
  });
});

describe('remainingVotes with stacked votes', () => {
  const stacking: Round = { ...S2, maxVotesPerPost: 3 };
  const posts: Record<string, VotablePost> = {
    a: { roundId: 'samtal-2', topicIds: ['dialog'], hidden: false, withdrawn: false },
    b: { roundId: 'samtal-2', topicIds: ['oppenhet'], hidden: false, withdrawn: false },
    pending: { roundId: 'samtal-2', topicIds: ['dialog'], hidden: false, withdrawn: false, pending: true },
    merged: { roundId: 'samtal-2', topicIds: ['dialog'], hidden: false, withdrawn: false, mergedInto: 'a' }
  };
  const lookup = (id: string) => posts[id];
  it.each<[string, Array<[string, number]>, number]>([
    ['three on one post', [['a', 3]], 2],
    ['three and two', [['a', 3], ['b', 2]], 0],
    ['more than the budget never goes below zero', [['a', 3], ['b', 3]], 0],
    ['votes on pending and merged posts are given back', [['a', 1], ['pending', 2], ['merged', 2]], 4]
  ])('%s', (_name, votes, expected) => {
    expect(remainingVotes(stacking, 'samtal-2', votes, lookup)).toBe(expected);
    expect(remainingVotes(stacking, 'samtal-2', new Map(votes), lookup)).toBe(expected);
  });
});
