import { fail, OK, type Changes } from '../changes.js';
import { findRound } from '../rules.js';
import type { CommandOf, Result, Post, WorkshopState } from '../types.js';
import { listIn } from './posts.js';
import { addVotes, clearVotes, keepVotesWithinBudget } from './votes.js';

/**
 * Merges duplicates into the first post listed. The others stay in the state (their
 * authors still see their own words, the export keeps them) but no longer count.
 *
 * Votes move to the kept post without counting anyone twice: a participant who voted
 * for two of the duplicates keeps as many votes as the round lets one post have (one,
 * without stacking), and the rest go back to their budget. Where the kept post draws on
 * another budget (a per-principle budget in a round whose posts link several
 * principles), a moved vote that no longer fits is given back too.
 */
export function mergePosts(state: WorkshopState, command: CommandOf<'post:merge'>, changes: Changes): Result {
  const ids = [...new Set(command.postIds)];
  if (ids.length < 2) return fail('merge_invalid');
  const posts: Post[] = [];
  for (const id of ids) {
    const post = state.posts.get(id);
    if (!post || post.withdrawn || post.mergedInto) return fail('post_not_found');
    posts.push(post);
  }
  const [target, ...others] = posts as [Post, ...Post[]];
  const round = findRound(state.setup, target.roundId);
  if (!round) return fail('unknown_round');
  if (others.some((p) => p.roundId !== target.roundId)) return fail('merge_invalid');
  if (round.topicsPerPost === 'one' && others.some((p) => p.topicIds[0] !== target.topicIds[0])) return fail('merge_invalid');

  for (const other of others) {
    for (const topicId of other.topicIds) if (!target.topicIds.includes(topicId)) target.topicIds.push(topicId);
    for (const [voterId, count] of [...other.voters]) {
      const voter = state.participants.get(voterId);
      clearVotes(other, voter, voterId);
      if (!voter) continue;
      const already = target.voters.get(voterId) ?? 0;
      addVotes(target, voter, Math.min(count, round.maxVotesPerPost - already));
    }
    other.mergedInto = target.id;
    listIn(state.mergedFrom, target.id).push(other.id);
    other.pinned = false;
    changes.posts.push(other.id);
    changes.tallies.push(other.id);
  }
  keepVotesWithinBudget(state, target);
  changes.posts.push(target.id);
  changes.tallies.push(target.id);
  changes.stats = true;
  return OK;
}
