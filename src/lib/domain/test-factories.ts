/**
 * More factories for the domain's unit tests: workshops with a changed setup, profiles,
 * stacked votes, and a check of the invariants every state must keep. Pure TypeScript: no
 * Node APIs, no test framework (problems are returned or thrown, never asserted here).
 */
import type { ExecuteResult } from './execute.js';
import { budgetScope, findRound, isActive, remainingVotes } from './rules.js';
import { HELSINGBORG_TEMPLATE_ID, setupFromTemplate } from './template.js';
import { FACILITATOR, SYSTEM, append, asParticipant, run, type TestWorkshop } from './test-helpers.js';
import type { Command, LogEntry, Outcome, ProfileFields, Round, WorkshopSetup, WorkshopState } from './types.js';
import { createWorkshopState } from './workshop.js';

export const S1 = 'samtal-1';
export const S2 = 'samtal-2';

/** A Helsingborg workshop whose setup `change` adjusted before the first entry. */
export function workshopWith(change: (setup: WorkshopSetup) => void): TestWorkshop {
  const setup = setupFromTemplate(HELSINGBORG_TEMPLATE_ID);
  if (!setup) throw new Error('template missing');
  change(setup);
  const log: LogEntry[] = [];
  const first = append(log, SYSTEM, { type: 'workshop:create', workshopId: 'w1', code: 'HKM4TX', keyHash: 'kh', setup });
  if (first.command.type !== 'workshop:create') throw new Error('unreachable');
  return { state: createWorkshopState({ ...first, command: first.command }), log };
}

/** Changes one round of a setup, for `workshopWith`. */
export function changeRound(setup: WorkshopSetup, roundId: string, change: Partial<Round>): void {
  const round = setup.rounds.find((r) => r.id === roundId);
  if (!round) throw new Error(`no round ${roundId}`);
  Object.assign(round, change);
}

/** Samtal 1 lets a participant stack 2 votes on a post (3 per principle), Samtal 2 3 votes (5 in all). */
export const stackingWorkshop = () =>
  workshopWith((setup) => {
    changeRound(setup, S1, { maxVotesPerPost: 2 });
    changeRound(setup, S2, { maxVotesPerPost: 3 });
  });

export const facilitate = (w: TestWorkshop, command: Command) => run(w, FACILITATOR, command);
export const as = (w: TestWorkshop, participantId: string, command: Command) => run(w, asParticipant(participantId), command);

/** Joins with a whole profile (sector, table, consent to show the name). */
export const joinWith = (w: TestWorkshop, id: string, profile: Partial<ProfileFields> = {}) =>
  as(w, id, { type: 'participant:join', participantId: id, tokenHash: `t-${id}`, name: '', association: '', ...profile });

/** The id of the post a command created; throws when it was refused, so tests fail loudly. */
export function createdId(result: ExecuteResult): string {
  if (!result.outcome.ok || !result.outcome.postId) throw new Error(`refused: ${JSON.stringify(result.outcome)}`);
  return result.outcome.postId;
}

/** Casts `n` votes by one participant on one post; returns each outcome as 'ok' or its error. */
export function castVotes(w: TestWorkshop, voterId: string, postId: string, n: number): string[] {
  return Array.from({ length: n }, () => outcomeCode(as(w, voterId, { type: 'vote:cast', postId }).outcome));
}

export const retract = (w: TestWorkshop, voterId: string, postId: string) => as(w, voterId, { type: 'vote:retract', postId });

export const outcomeCode = (outcome: Outcome) => (outcome.ok ? 'ok' : outcome.error);

/** How many votes a participant has on a post (0 when none). */
export const votesOn = (w: TestWorkshop, participantId: string, postId: string) => w.state.participants.get(participantId)?.votes.get(postId) ?? 0;

/** Votes a participant has left; the scope defaults to the whole round (right for round budgets). */
export function remaining(w: TestWorkshop, participantId: string, roundId: string, scope = roundId): number {
  const round = findRound(w.state.setup, roundId);
  const me = w.state.participants.get(participantId);
  if (!round || !me) throw new Error('unknown round or participant');
  return remainingVotes(round, scope, me.votes, (id) => w.state.posts.get(id));
}

/**
 * Everything that must hold in any state, as readable problems (an empty list when all is
 * well): votes recorded on both sides with the same count, tallies that are their sum,
 * no votes on posts that cannot hold any, no post above the round's stacking limit, and
 * nobody holding more votes on counting posts than a budget allows.
 */
export function invariantViolations(state: WorkshopState): string[] {
  const problems: string[] = [];
  for (const post of state.posts.values()) {
    let sum = 0;
    const round = findRound(state.setup, post.roundId);
    for (const [voterId, count] of post.voters) {
      sum += count;
      if (count <= 0) problems.push(`${post.id}: ${voterId} holds ${count} votes`);
      if (round && count > round.maxVotesPerPost) problems.push(`${post.id}: ${voterId} holds ${count} > ${round.maxVotesPerPost}`);
      if (state.participants.get(voterId)?.votes.get(post.id) !== count) problems.push(`${post.id}: ${voterId}'s own count differs`);
    }
    if (post.tally !== sum) problems.push(`${post.id}: tally ${post.tally} but voters hold ${sum}`);
    if ((post.withdrawn || post.mergedInto) && post.voters.size > 0) problems.push(`${post.id}: votes on a post that cannot hold any`);
    if (post.mergedInto && !state.posts.has(post.mergedInto)) problems.push(`${post.id}: merged into unknown ${post.mergedInto}`);
  }
  for (const participant of state.participants.values()) {
    if (state.participantByToken.get(participant.tokenHash) !== participant.id) problems.push(`${participant.id}: token not indexed`);
    const used = new Map<string, number>();
    for (const [postId, count] of participant.votes) {
      const post = state.posts.get(postId);
      if (post?.voters.get(participant.id) !== count) problems.push(`${participant.id}: vote on ${postId} not on the post`);
      const round = post && findRound(state.setup, post.roundId);
      if (!post || !round || !isActive(post)) continue;
      const key = `${round.id}/${budgetScope(round, post)}`;
      used.set(key, (used.get(key) ?? 0) + count);
    }
    for (const [key, count] of used) {
      const round = findRound(state.setup, key.split('/')[0]!);
      if (round && count > round.budget.votes) problems.push(`${participant.id}: ${count} votes in ${key}, budget ${round.budget.votes}`);
    }
  }
  if (state.participantByToken.size !== state.participants.size) problems.push('token index size differs');
  return problems;
}

/** mulberry32: a tiny seeded PRNG, so a "random" run is the same every time. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
