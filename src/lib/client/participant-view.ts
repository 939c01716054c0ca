import { rankTopic, type RankedPost } from '../domain/aggregate.js';
import { budgetScope, remainingVotes, type VotablePost } from '../domain/rules.js';
import type { AgendaItem, Round, Topic } from '../domain/types.js';
import { PARTICIPANT_RESULTS_PER_TOPIC, type ParticipantSelf, type PostView, type WorkshopInfo } from '../domain/views.js';
import type { QueuedCommand } from './commands.js';

/**
 * Reading the participant's snapshot: budgets and groupings. The budget uses the same
 * `remainingVotes` the server enforces, so the phone never promises a vote the server
 * would refuse.
 */

export type PostLookup = (postId: string) => VotablePost | undefined;

/** Posts a participant receives are visible ones; hidden/withdrawn ones never arrive, merged ones are marked. */
export function lookupIn(posts: readonly PostView[]): PostLookup {
  const byId = new Map(posts.map((p) => [p.id, p]));
  return (id) => {
    const post = byId.get(id);
    return post && { roundId: post.roundId, topicIds: post.topicIds, hidden: post.hidden ?? false, withdrawn: false, mergedInto: post.mergedInto ?? null };
  };
}

/** Posts that count on their own: merged ones are kept only so their authors find them. */
export const countingPosts = (posts: readonly PostView[]) => posts.filter((p) => !p.mergedInto);

export interface Budget {
  scope: string;
  /** The principle this budget belongs to, when the round counts votes per principle. */
  topic?: Topic;
  left: number;
  total: number;
}

export function budgetsFor(round: Round, topics: readonly Topic[], votes: ReadonlyMap<string, number>, lookup: PostLookup): Map<string, Budget> {
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

/** Pinned posts first (keeping their order), then the rest: what the facilitator lifts is on top on phones too. */
export function pinnedFirst<T extends { pinned?: boolean }>(posts: readonly T[]): T[] {
  return [...posts.filter((p) => p.pinned), ...posts.filter((p) => !p.pinned)];
}

/**
 * The agenda item running now, i.e. "what to do now" on the phone. When the facilitator
 * has not picked one, the item about the open round stands in for it.
 */
export function currentAgendaItem(info: WorkshopInfo): AgendaItem | undefined {
  const picked = info.agendaItemId ? info.agenda.find((item) => item.id === info.agendaItemId) : undefined;
  if (picked) return picked;
  const phase = info.phase;
  return phase.kind === 'round' ? info.agenda.find((item) => item.roundId === phase.roundId) : undefined;
}

/**
 * The post a merged post now lives in, following a chain of merges (a few hops at most),
 * so an author sees which text their words went into.
 */
export function keptPost(posts: readonly PostView[], post: PostView): PostView | undefined {
  const byId = new Map(posts.map((p) => [p.id, p]));
  let target = post.mergedInto ? byId.get(post.mergedInto) : undefined;
  for (let hops = 0; target?.mergedInto && hops < 10; hops++) target = byId.get(target.mergedInto);
  return target;
}

/** The sign-up as it will be once the queue is through: a sign-up made offline shows at once. */
export function effectiveSignup(self: ParticipantSelf | null, queue: readonly QueuedCommand[]): ParticipantSelf['signup'] {
  let signup = self?.signup ?? null;
  for (const command of queue) {
    if (command.event === 'signup:set') signup = { name: command.payload.name, contact: command.payload.contact };
    else if (command.event === 'signup:withdraw') signup = null;
  }
  return signup;
}

/** The evaluation answer as it will be once the queue is through. */
export function effectiveEvaluation(self: ParticipantSelf | null, queue: readonly QueuedCommand[]): ParticipantSelf['evaluation'] {
  let answer = self?.evaluation ?? null;
  for (const command of queue) if (command.event === 'evaluation:answer') answer = { scores: command.payload.scores, comment: command.payload.comment };
  return answer;
}

export { parseWhole } from './whole-number.js';
