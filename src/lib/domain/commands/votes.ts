import { fail, OK, type Changes } from '../changes.js';
import { budgetScope, canVote, findRound, isActive, remainingVotes, hasVotedIn } from '../rules.js';
import type { LogEntry, Result, Participant, Post, WorkshopState } from '../types.js';

/** Adds `count` votes by one participant to a post, keeping both sides and the tally in step. */
export function addVotes(post: Post, participant: Participant, count: number): void {
  if (count <= 0) return;
  post.voters.set(participant.id, (post.voters.get(participant.id) ?? 0) + count);
  participant.votes.set(post.id, (participant.votes.get(post.id) ?? 0) + count);
  post.tally += count;
}

/** Removes all of one participant's votes from a post. */
export function clearVotes(post: Post, participant: Participant | undefined, participantId: string): number {
  const count = post.voters.get(participantId) ?? 0;
  post.voters.delete(participantId);
  participant?.votes.delete(post.id);
  post.tally -= count;
  return count;
}

/** Gives every vote on a post back, e.g. when it is withdrawn. */
export function clearAllVotes(state: WorkshopState, post: Post): void {
  for (const voterId of [...post.voters.keys()]) clearVotes(post, state.participants.get(voterId), voterId);
}

export function castVote(state: WorkshopState, entry: LogEntry, participant: Participant, postId: string, changes: Changes): Result {
  const post = state.posts.get(postId);
  if (!post || post.withdrawn) return fail('post_not_found');
  if (!isActive(post)) return fail('post_not_active');
  const round = findRound(state.setup, post.roundId);
  if (!round) return fail('unknown_round');
  if (!canVote(state, round.id, entry.at)) return fail('voting_closed');
  if ((post.voters.get(participant.id) ?? 0) >= round.maxVotesPerPost) return fail('already_voted');
  const left = remainingVotes(round, budgetScope(round, post), participant.votes, (id) => state.posts.get(id));
  if (left <= 0) return fail('budget_exhausted');
  // A first vote in the round adds one to the projector's "N have voted".
  if (!hasVotedIn(state, participant, round.id)) changes.stats = true;
  addVotes(post, participant, 1);
  changes.tallies.push(post.id);
  return OK;
}

/** Takes back one vote (with stacking, the others on the post stay). */
export function retractVote(state: WorkshopState, entry: LogEntry, participant: Participant, postId: string, changes: Changes): Result {
  const post = state.posts.get(postId);
  if (!post || post.withdrawn) return fail('post_not_found');
  if (!canVote(state, post.roundId, entry.at)) return fail('voting_closed');
  const count = post.voters.get(participant.id) ?? 0;
  if (count === 0) return fail('not_voted');
  if (count === 1) {
    post.voters.delete(participant.id);
    participant.votes.delete(post.id);
  } else {
    post.voters.set(participant.id, count - 1);
    participant.votes.set(post.id, count - 1);
  }
  post.tally -= 1;
  changes.tallies.push(post.id);
  if (!hasVotedIn(state, participant, post.roundId)) changes.stats = true;
  return OK;
}

/**
 * A post's votes are given back while it does not count (hidden), and a voter may have
 * spent them since. When it counts again, each voter keeps only what still fits their
 * budget; the rest is dropped, so no one ends up over budget. Voters are visited in the
 * order they first voted, which keeps this deterministic.
 */
export function keepVotesWithinBudget(state: WorkshopState, post: Post): void {
  const round = findRound(state.setup, post.roundId);
  if (!round) return;
  const scope = budgetScope(round, post);
  for (const [voterId, count] of [...post.voters]) {
    const voter = state.participants.get(voterId);
    if (!voter) continue;
    // The post does not count yet here, so its own votes are not counted as used.
    const room = remainingVotes(round, scope, voter.votes, (id) => (id === post.id ? undefined : state.posts.get(id)));
    const keep = Math.min(count, room);
    if (keep === count) continue;
    clearVotes(post, voter, voterId);
    addVotes(post, voter, keep);
  }
}
