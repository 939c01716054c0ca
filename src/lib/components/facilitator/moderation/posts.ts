import type { Round, Topic } from '$lib/domain/types.js';
import type { PostView } from '$lib/domain/views.js';

/**
 * Reading a round's posts for moderation: merged posts folded under the post they went
 * into, filtering, ordering, and the rules a merge must follow before it is sent. Pure,
 * so the console's components stay thin and these can be unit-tested.
 */

/** A post that counts on its own, with the posts merged into it. */
export interface PostNode {
  post: PostView;
  merged: PostView[];
}

export type Order = 'oldest' | 'newest' | 'votes';
export const ORDERS: readonly Order[] = ['oldest', 'newest', 'votes'];

/** The server caps `post:approve` at 50 ids per command. */
export const APPROVE_BATCH = 50;

/** The post a merged one counts in now: A went into B, and B later into C, means C. */
function rootOf(post: PostView, byId: ReadonlyMap<string, PostView>): string {
  let current = post;
  for (let hops = 0; current.mergedInto && hops < 100; hops++) {
    const next = byId.get(current.mergedInto);
    if (!next) return current.mergedInto;
    current = next;
  }
  return current.id;
}

/** Top-level posts in the order given; a merged post whose target is gone stays visible on its own. */
export function foldMerged(posts: readonly PostView[]): PostNode[] {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const nodes = new Map<string, PostNode>();
  for (const post of posts) if (!post.mergedInto) nodes.set(post.id, { post, merged: [] });
  for (const post of posts) {
    if (!post.mergedInto) continue;
    const root = nodes.get(rootOf(post, byId));
    if (root) root.merged.push(post);
    else nodes.set(post.id, { post, merged: [] });
  }
  return [...nodes.values()];
}

const lower = (text: string | undefined) => (text ?? '').toLocaleLowerCase('sv');

/** Case-insensitive search in the texts (current, original, merged) and the author. */
export function matches(node: PostNode, query: string): boolean {
  const q = lower(query.trim());
  if (!q) return true;
  const { post } = node;
  const fields = [post.text, post.originalText, post.author?.name, post.author?.association, ...node.merged.map((m) => m.text)];
  return fields.some((f) => lower(f).includes(q));
}

export function sortNodes(nodes: readonly PostNode[], order: Order, tallies: Readonly<Record<string, number>>): PostNode[] {
  const byTime = (a: PostNode, b: PostNode) => a.post.createdAt - b.post.createdAt || a.post.id.localeCompare(b.post.id);
  const sorted = [...nodes];
  if (order === 'oldest') return sorted.sort(byTime);
  if (order === 'newest') return sorted.sort((a, b) => byTime(b, a));
  return sorted.sort((a, b) => (tallies[b.post.id] ?? 0) - (tallies[a.post.id] ?? 0) || byTime(a, b));
}

export interface NodeGroup {
  /** The principle, in rounds where each post has one; absent for a single list. */
  topic?: Topic;
  nodes: PostNode[];
}

/** One list per principle where each post has one; one list (a post shows once) where posts link several. */
export function groupNodes(round: Round, topics: readonly Topic[], nodes: readonly PostNode[], topicId: string): NodeGroup[] {
  if (round.topicsPerPost === 'many') return [{ nodes: topicId ? nodes.filter((n) => n.post.topicIds.includes(topicId)) : [...nodes] }];
  const shown = topicId ? topics.filter((t) => t.id === topicId) : topics;
  return shown.map((topic) => ({ topic, nodes: nodes.filter((n) => n.post.topicIds[0] === topic.id) }));
}

/** Posts worth comparing for duplicates: not hidden and not already merged. */
export const suggestable = (posts: readonly PostView[]) => posts.filter((p) => !p.hidden && !p.mergedInto);

/**
 * Which post of a group to keep: a pinned one, then an approved one, then the one with
 * most votes, then the oldest (its words were there first).
 */
export function keptFirst(posts: readonly PostView[], tallies: Readonly<Record<string, number>>): PostView[] {
  return [...posts].sort(
    (a, b) =>
      Number(!!b.pinned) - Number(!!a.pinned) ||
      Number(!!a.pending) - Number(!!b.pending) ||
      (tallies[b.id] ?? 0) - (tallies[a.id] ?? 0) ||
      a.createdAt - b.createdAt ||
      a.id.localeCompare(b.id)
  );
}

/** Names a group of posts regardless of order, to remember a dismissed suggestion. */
export const groupKey = (ids: readonly string[]) => [...ids].sort().join(',');

export type MergeProblem = 'tooFew' | 'topics' | null;

/** What the server would refuse: fewer than two posts, or (one principle per post) different principles. */
export function mergeProblem(round: Round | undefined, posts: readonly PostView[]): MergeProblem {
  if (posts.length < 2) return 'tooFew';
  if (round?.topicsPerPost === 'one' && posts.some((p) => p.topicIds[0] !== posts[0]!.topicIds[0])) return 'topics';
  return null;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What the paper-note form gives: the payload of `note:add`. */
export interface PaperNote {
  roundId: string;
  topicIds: string[];
  text: string;
  table: number | null;
  people: number | null;
}

/** A whole number typed in a form: null when left empty, 'invalid' when not in min..max. */
export function parseCount(text: string, max: number): number | null | 'invalid' {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (!/^\d+$/.test(trimmed)) return 'invalid';
  const n = Number(trimmed);
  return n >= 1 && n <= max ? n : 'invalid';
}
