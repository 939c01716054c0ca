import type { Participant, Phase, Post, Round, Stage, Timer, WorkshopSetup, WorkshopState } from './types.js';

/** Which stage a round is in right now, or undefined when it is not the open round. */
export function stageOf(phase: Phase, roundId: string): Stage | undefined {
  return phase.kind === 'round' && phase.roundId === roundId ? phase.stage : undefined;
}

/**
 * Whether a countdown that closes its stage has run out at log time `at`. Checked on every
 * command, so a post arriving a moment after the end is refused even before the expiry
 * entry is in the log.
 */
export function timerClosed(timer: Timer | null, at: number): boolean {
  if (!timer || !timer.closeWhenDone) return false;
  return timer.expired || (timer.endsAt !== null && at >= timer.endsAt);
}

type Timed = Pick<WorkshopState, 'phase' | 'timer'>;

export const canPost = (state: Timed, roundId: string, at: number) =>
  stageOf(state.phase, roundId) === 'collecting' && !timerClosed(state.timer, at);
export const canVote = (state: Timed, roundId: string, at: number) =>
  stageOf(state.phase, roundId) === 'voting' && !timerClosed(state.timer, at);
/** Withdrawing stays possible while votes are still being cast, never after results. */
export const canWithdraw = (phase: Phase, roundId: string) => {
  const stage = stageOf(phase, roundId);
  return stage === 'collecting' || stage === 'voting';
};

export function findRound(setup: WorkshopSetup, roundId: string): Round | undefined {
  return setup.rounds.find((r) => r.id === roundId);
}

type Countable = Pick<Post, 'hidden' | 'withdrawn'> & { pending?: boolean; mergedInto?: string | null };

/** A post counts (is shown, takes votes, uses budget) unless withdrawn, hidden, merged away or awaiting approval. */
export const isActive = (post: Countable) => !post.hidden && !post.withdrawn && !post.pending && !post.mergedInto;

/**
 * The budget a vote for this post draws from: the post's principle when the round's
 * budget is per principle, otherwise the whole round.
 */
export function budgetScope(round: Round, post: { topicIds: readonly string[] }): string {
  return round.budget.per === 'topic' ? (post.topicIds[0] ?? round.id) : round.id;
}

export interface VotablePost extends Countable {
  roundId: string;
  topicIds: readonly string[];
}

/**
 * Votes left in one budget scope. Shared by the server (which enforces it) and the
 * participant page (which shows it), so both always agree. Votes on posts that no longer
 * count (hidden, withdrawn, merged) are given back.
 */
export function remainingVotes(
  round: Round,
  scope: string,
  myVotes: Iterable<readonly [postId: string, count: number]>,
  lookup: (postId: string) => VotablePost | undefined
): number {
  let used = 0;
  for (const [postId, count] of myVotes) {
    const post = lookup(postId);
    if (post && post.roundId === round.id && isActive(post) && budgetScope(round, post) === scope) used += count;
  }
  return Math.max(0, round.budget.votes - used);
}

/** Whether a participant has a vote on a post of this round that counts (run for every vote: no allocation). */
export function hasVotedIn(state: WorkshopState, participant: Participant, roundId: string): boolean {
  for (const postId of participant.votes.keys()) {
    const post = state.posts.get(postId);
    if (post && post.roundId === roundId && isActive(post)) return true;
  }
  return false;
}
