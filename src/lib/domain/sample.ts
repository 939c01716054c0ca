import type { Post, WorkshopState } from './types.js';

/**
 * What each phone receives of a large round (issue 16). A person cannot read 5,000 posts on
 * a phone, and sending every post to every phone grows with participants²: 930 KB per phone
 * at 5,000. So phones are split into `SAMPLE_GROUPS` groups by their participant id, and
 * each group is sent its own part of a large round; the projector and the console still
 * get everything. Everything here is a pure function of the log (each post's place in its
 * round, and how many posts the round had when voting began), so every process and every
 * replay computes the same groups and samples.
 *
 * - **Small rounds** (at most `SHOW_ALL_UP_TO` posts): every phone gets every post, as
 *   before. A normal meeting never leaves this path.
 * - **Collecting** in a large round: the first `SHOW_ALL_UP_TO` posts reach every phone;
 *   later ones reach the group of their author (so an author always has their own posts,
 *   and each phone sees a fresh 1/`SAMPLE_GROUPS` of what others write).
 * - **Voting** in a large round (from the first time the round leaves collecting): each of
 *   the N posts it had then is shown to e = `exposure(N)` groups: its author's group, which
 *   has it already, and e − 1 dealt out in order, post i to the groups i, i+1, … i+e−2 (mod
 *   `SAMPLE_GROUPS`; one more, i+e−1, when its author's group is among those). e is chosen
 *   so that each group gets about `VOTE_SAMPLE` posts, and is at least 2, so that every
 *   phone gets posts from other groups to vote on. Every post is shown to exactly e groups
 *   whatever order it came in, so none is favoured for having come first. Counting the
 *   author's group as one of the e (it used to be one more) halves what each phone receives
 *   when voting begins in a round of 5,000. Posts written after that reach their author's
 *   group only.
 * - **Results**: the top posts a phone is shown (views.ts `shownResults`) are sent to every
 *   group, sampled or not.
 */
export const SAMPLE_GROUPS = 64;
export const SHOW_ALL_UP_TO = 240;
export const VOTE_SAMPLE = 120;

/** A phone's group: FNV-1a of its participant id. Stable across processes, restarts and versions. */
export function groupOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SAMPLE_GROUPS;
}

/** The group that always has a post: its author's (table and paper posts: by the post's own id). */
export const homeGroup = (post: Pick<Post, 'id' | 'authorId'>) => groupOf(post.authorId || post.id);

/** A post's home group as it was when the post came (its author's id may be blanked by an erasure later). */
const homeOf = (state: WorkshopState, post: Post) => state.sample.homes.get(post.id) ?? homeGroup(post);

/** How many groups see each post of a round that had `posts` posts when voting began (its author's among them). */
export const exposure = (posts: number) =>
  Math.min(SAMPLE_GROUPS, Math.max(2, Math.ceil((VOTE_SAMPLE * SAMPLE_GROUPS) / Math.max(1, posts))));

/**
 * Gives a new post its place in its round. Called once, when the post is created. Returns
 * whether the round has just become large: phones then get only a share of its new posts,
 * and the meeting's info says so (`sampledRounds`), so they offer to browse the rest.
 */
export function assignLot(state: WorkshopState, post: Pick<Post, 'id' | 'roundId' | 'authorId'>): boolean {
  const lot = state.sample.next.get(post.roundId) ?? 0;
  state.sample.lots.set(post.id, lot);
  // Worked out once: the ticker asks for every changed post and every group.
  state.sample.homes.set(post.id, homeGroup(post));
  state.sample.next.set(post.roundId, lot + 1);
  return lot === SHOW_ALL_UP_TO;
}

/** Rounds whose posts phones get a share of, not all (see browse.ts for the rest). */
export function sampledRounds(state: WorkshopState): string[] {
  const rounds: string[] = [];
  for (const [roundId, posts] of state.sample.next) if (posts > SHOW_ALL_UP_TO) rounds.push(roundId);
  return rounds;
}

/**
 * The round leaves collecting: the first time, the voting sample is drawn from the posts it
 * has now. Returns whether that changed which posts phones get (a large round only).
 */
export function freezeSample(state: WorkshopState, roundId: string): boolean {
  if (state.sample.frozen.has(roundId)) return false;
  const posts = state.sample.next.get(roundId) ?? 0;
  state.sample.frozen.set(roundId, posts);
  return posts > SHOW_ALL_UP_TO;
}

/** Whether a large round is being sampled for voting. */
export const isVoteSampled = (state: WorkshopState, roundId: string) => (state.sample.frozen.get(roundId) ?? 0) > SHOW_ALL_UP_TO;

/** Whether phones of `group` get this post while the round is collecting (or was, before the sample was drawn). */
function inCollectingSample(state: WorkshopState, lot: number, post: Post, group: number): boolean {
  return lot < SHOW_ALL_UP_TO || homeOf(state, post) === group;
}

/** Whether phones of `group` get this post, as the round stands now (visibility aside: see views.ts). */
export function inGroupSample(state: WorkshopState, post: Post, group: number): boolean {
  const lot = state.sample.lots.get(post.id) ?? 0;
  const frozen = state.sample.frozen.get(post.roundId);
  if (frozen === undefined || frozen <= SHOW_ALL_UP_TO) return inCollectingSample(state, lot, post, group);
  const home = homeOf(state, post);
  if (home === group) return true;
  if (lot >= frozen) return false;
  const dealt = exposure(frozen) - 1;
  const from = lot % SAMPLE_GROUPS;
  const place = (g: number) => (g - from + SAMPLE_GROUPS) % SAMPLE_GROUPS;
  return place(group) < dealt + (place(home) < dealt ? 1 : 0);
}

/**
 * When a large round's voting sample is drawn, what each group gains and loses: the posts
 * now in its sample that were not in its collecting share, and the other way round.
 */
export function sampleShift(state: WorkshopState, roundId: string, group: number): { gained: Post[]; lost: Post[] } {
  const gained: Post[] = [];
  const lost: Post[] = [];
  for (const post of state.posts.values()) {
    if (post.roundId !== roundId) continue;
    const before = inCollectingSample(state, state.sample.lots.get(post.id) ?? 0, post, group);
    const after = inGroupSample(state, post, group);
    if (after && !before) gained.push(post);
    else if (before && !after) lost.push(post);
  }
  return { gained, lost };
}
