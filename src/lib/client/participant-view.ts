import { rankTopic, type RankedPost } from '../domain/aggregate.js';
import { budgetScope, remainingVotes, type VotablePost } from '../domain/rules.js';
import type { Round, Topic } from '../domain/types.js';
import { PARTICIPANT_RESULTS_PER_TOPIC, type PostView } from '../domain/views.js';

/**
 * Reading the participant's snapshot: budgets and groupings. The budget uses the same
 * `remainingVotes` the server enforces, so the phone never promises a vote the server
 * would refuse.
 */

export type PostLookup = (postId: string) => VotablePost | undefined;

/** Posts a participant receives are visible ones; hidden/withdrawn ones never arrive. */
export function lookupIn(posts: readonly PostView[]): PostLookup {
  const byId = new Map(posts.map((p) => [p.id, p]));
  return (id) => {
    const post = byId.get(id);
    return post && { roundId: post.roundId, topicIds: post.topicIds, hidden: post.hidden ?? false, withdrawn: false };
  };
}

export interface Budget {
  scope: string;
  /** The principle this budget belongs to, when the round counts votes per principle. */
  topic?: Topic;
  left: number;
  total: number;
}

export function budgetsFor(round: Round, topics: readonly Topic[], votes: Iterable<string>, lookup: PostLookup): Map<string, Budget> {
  const mine = [...votes];
  const budgets = new Map<string, Budget>();
  const scopes = round.budget.per === 'topic' ? topics.map((topic) => ({ scope: topic.id, topic })) : [{ scope: round.id, topic: undefined }];
  for (const { scope, topic } of scopes) {
    budgets.set(scope, { scope, topic, left: remainingVotes(round, scope, mine, lookup), total: round.budget.votes });
  }
  return budgets;
}

export const scopeOf = (round: Round, post: PostView) => budgetScope(round, post);

/** Voting lists: per principle when each post has one, else one list (a post shows once). */
export interface PostGroup {
  topic?: Topic;
  posts: PostView[];
}

export function groupForVoting(round: Round, topics: readonly Topic[], posts: readonly PostView[]): PostGroup[] {
  if (round.topicsPerPost === 'many') return [{ posts: [...posts] }];
  return topics.map((topic) => ({ topic, posts: posts.filter((p) => p.topicIds[0] === topic.id) }));
}

export interface TopicRanking {
  topic: Topic;
  rows: RankedPost<PostView>[];
}

/**
 * The results a phone shows: the posts whose counts it was given (the top of each
 * principle, PARTICIPANT_RESULTS_PER_TOPIC), ranked.
 */
export function rankings(roundId: string, topics: readonly Topic[], posts: readonly PostView[], tallies: Readonly<Record<string, number>>): TopicRanking[] {
  const shown = posts.filter((post) => post.id in tallies);
  return topics.map((topic) => ({
    topic,
    rows: rankTopic(shown, tallies, roundId, topic.id).slice(0, PARTICIPANT_RESULTS_PER_TOPIC)
  }));
}
