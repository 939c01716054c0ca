import type { Phase, Post, Round, Stage, WorkshopSetup } from './types.js';

/** Which stage a round is in right now, or undefined when it is not the open round. */
export function stageOf(phase: Phase, roundId: string): Stage | undefined {
  return phase.kind === 'round' && phase.roundId === roundId ? phase.stage : undefined;
}

export const canPost = (phase: Phase, roundId: string) => stageOf(phase, roundId) === 'collecting';
export const canVote = (phase: Phase, roundId: string) => stageOf(phase, roundId) === 'voting';
/** Withdrawing stays possible while votes are still being cast, never after results. */
export const canWithdraw = (phase: Phase, roundId: string) => {
  const stage = stageOf(phase, roundId);
  return stage === 'collecting' || stage === 'voting';
};

export function findRound(setup: WorkshopSetup, roundId: string): Round | undefined {
  return setup.rounds.find((r) => r.id === roundId);
}

/** A post counts (is shown, takes votes, uses budget) unless withdrawn or hidden. */
export const isActive = (post: Pick<Post, 'hidden' | 'withdrawn'>) => !post.hidden && !post.withdrawn;

/**
 * The budget a vote for this post draws from: the post's principle when the round's
 * budget is per principle, otherwise the whole round.
 */
export function budgetScope(round: Round, post: { topicIds: readonly string[] }): string {
  return round.budget.per === 'topic' ? (post.topicIds[0] ?? round.id) : round.id;
}

export interface VotablePost {
  roundId: string;
  topicIds: readonly string[];
  hidden: boolean;
  withdrawn: boolean;
}

/**
 * Votes left in one budget scope. Shared by the server (which enforces it) and the
 * participant page (which shows it), so both always agree. Votes on hidden or withdrawn
 * posts are given back.
 */
export function remainingVotes(
  round: Round,
  scope: string,
  myVotes: Iterable<string>,
  lookup: (postId: string) => VotablePost | undefined
): number {
  let used = 0;
  for (const postId of myVotes) {
    const post = lookup(postId);
    if (post && post.roundId === round.id && isActive(post) && budgetScope(round, post) === scope) used++;
  }
  return Math.max(0, round.budget.votes - used);
}
