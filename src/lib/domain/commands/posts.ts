import { fail, OK, type Changes } from '../changes.js';
import { LIMITS } from '../limits.js';
import { canPost, canWithdraw, findRound } from '../rules.js';
import { assignLot } from '../sample.js';
import type { LogEntry, Result, Participant, Post, PostSource, Round, WorkshopState, CommandOf } from '../types.js';
import { clearAllVotes, keepVotesWithinBudget } from './votes.js';

/** The list under `key` in an index map, made empty when missing. */
export function listIn(index: Map<string, string[]>, key: string): string[] {
  let list = index.get(key);
  if (!list) index.set(key, (list = []));
  return list;
}

/** Checks a post's text and principles against its round; returns the cleaned values or an error. */
function checkContent(state: WorkshopState, round: Round, text: string, topicIds: readonly string[]) {
  const trimmed = text.trim();
  if (trimmed.length === 0) return fail('text_empty');
  if (trimmed.length > LIMITS.postText) return fail('text_too_long');
  const unique = [...new Set(topicIds)];
  if (unique.length === 0 || (round.topicsPerPost === 'one' && unique.length !== 1)) return fail('wrong_topic_count');
  if (!unique.every((id) => state.setup.topics.some((t) => t.id === id))) return fail('unknown_topic');
  return { text: trimmed, topicIds: unique };
}

function newPost(entry: LogEntry, fields: Pick<Post, 'roundId' | 'topicIds' | 'text' | 'authorId' | 'source' | 'table' | 'people' | 'pending' | 'lang'>): Post {
  return {
    id: `p${entry.seq}`,
    ...fields,
    originalText: null,
    createdAt: entry.at,
    hidden: false,
    withdrawn: false,
    pinned: false,
    mergedInto: null,
    voters: new Map(),
    tally: 0
  };
}

function publish(state: WorkshopState, post: Post, changes: Changes): Result<{ postId: string }> {
  state.posts.set(post.id, post);
  if (assignLot(state, post)) changes.info = true;
  if (post.authorId) listIn(state.postsByAuthor, post.authorId).push(post.id);
  changes.posts.push(post.id);
  changes.stats = true;
  return { ok: true, postId: post.id };
}

export function createPost(state: WorkshopState, entry: LogEntry, author: Participant, command: CommandOf<'post:create'>, changes: Changes): Result<{ postId: string }> {
  const round = findRound(state.setup, command.roundId);
  if (!round) return fail('unknown_round');
  if (!canPost(state, round.id, entry.at)) return fail('posting_closed');
  const content = checkContent(state, round, command.text, command.topicIds);
  if ('ok' in content) return content;
  const table = command.onBehalf ?? null;
  const source: PostSource = table ? 'table' : 'participant';
  return publish(
    state,
    newPost(entry, {
      roundId: round.id,
      ...content,
      authorId: author.id,
      source,
      table: table?.table ?? null,
      people: table?.people ?? null,
      pending: state.setup.settings.moderationQueue,
      ...(command.lang ? { lang: command.lang } : {})
    }),
    changes
  );
}

/** Notes from paper, typed in by a facilitator: posts like any other, marked as such. Never queued. */
export function addPaperNote(state: WorkshopState, entry: LogEntry, command: CommandOf<'note:add'>, changes: Changes): Result<{ postId: string }> {
  const round = findRound(state.setup, command.roundId);
  if (!round) return fail('unknown_round');
  const content = checkContent(state, round, command.text, command.topicIds);
  if ('ok' in content) return content;
  return publish(state, newPost(entry, { roundId: round.id, ...content, authorId: '', source: 'paper', table: command.table, people: command.people, pending: false }), changes);
}

export function withdrawPost(state: WorkshopState, author: Participant, command: CommandOf<'post:withdraw'>, changes: Changes): Result {
  const post = state.posts.get(command.postId);
  if (!post || post.withdrawn) return fail('post_not_found');
  if (post.authorId !== author.id) return fail('not_author');
  if (!canWithdraw(state.phase, post.roundId)) return fail('withdraw_closed');
  // Others' duplicates were merged into this post and their votes moved here: it is the
  // group's post now, not only its author's.
  if (state.mergedFrom.has(post.id)) return fail('withdraw_closed');
  post.withdrawn = true;
  // The votes are given back: clear them so no budget or tally keeps counting them.
  clearAllVotes(state, post);
  changes.posts.push(post.id);
  changes.tallies.push(post.id);
  changes.stats = true;
  return OK;
}

/** Moderation acts on posts that still exist as themselves: not withdrawn, not merged away. */
function moderatable(state: WorkshopState, postId: string): Post | undefined {
  const post = state.posts.get(postId);
  return post && !post.withdrawn && !post.mergedInto ? post : undefined;
}

export function hidePost(state: WorkshopState, command: CommandOf<'post:hide'>, changes: Changes): Result {
  const post = moderatable(state, command.postId);
  if (!post) return fail('post_not_found');
  if (post.hidden !== command.hidden) {
    if (!command.hidden) keepVotesWithinBudget(state, post);
    post.hidden = command.hidden;
    changes.posts.push(post.id);
    changes.tallies.push(post.id);
    changes.stats = true;
  }
  return OK;
}

export function pinPost(state: WorkshopState, command: CommandOf<'post:pin'>, changes: Changes): Result {
  const post = moderatable(state, command.postId);
  if (!post) return fail('post_not_found');
  if (post.pinned !== command.pinned) {
    post.pinned = command.pinned;
    changes.posts.push(post.id);
  }
  return OK;
}

/** Corrects a post's text; the first original stays (the log keeps every version). */
export function editPost(state: WorkshopState, command: CommandOf<'post:edit'>, changes: Changes): Result {
  const post = moderatable(state, command.postId);
  if (!post) return fail('post_not_found');
  const text = command.text.trim();
  if (text.length === 0) return fail('text_empty');
  if (text.length > LIMITS.postText) return fail('text_too_long');
  if (text === post.text) return OK;
  post.originalText ??= post.text;
  post.text = text;
  changes.posts.push(post.id);
  return OK;
}

/** Lets queued posts through to the projector and the other phones. All or nothing. */
export function approvePosts(state: WorkshopState, command: CommandOf<'post:approve'>, changes: Changes): Result {
  const posts = command.postIds.map((id) => moderatable(state, id));
  if (posts.some((p) => !p)) return fail('post_not_found');
  for (const post of posts as Post[]) {
    if (!post.pending) continue;
    // A queued post may have been kept by a merge and got votes its voters spent again since.
    keepVotesWithinBudget(state, post);
    post.pending = false;
    changes.posts.push(post.id);
    changes.tallies.push(post.id);
    changes.stats = true;
  }
  return OK;
}
