import { SAMPLE_GROUPS } from './sample.js';
import type { WorkshopState } from './types.js';
import { isVisibleTo, postView, type PostView } from './views.js';

/** Posts per page a phone asks for: a screenful or two. */
export const BROWSE_PAGE = 20;

export interface BrowseRequest {
  roundId: string;
  /** Only posts of this principle. */
  topicId?: string;
  /** Only posts whose text contains these words, in any case. */
  query?: string;
  /** Where the previous page ended (its `next`). */
  after?: number;
}

export interface BrowsePage {
  posts: PostView[];
  /** Pass as `after` for the next page; null after the last. */
  next: number | null;
  /** Posts that match, in all. */
  total: number;
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase('sv');

/**
 * A page of a round's posts as a phone may see them, for a phone that holds only its
 * share of a large round (sample.ts) and wants to read further or search. Every post can
 * be reached by paging. The order is the order posts came in, started at a different place
 * for each sample group (and wrapped round), so that the first pages, which are read most,
 * are not the same few posts for everyone.
 */
export function browsePosts(state: WorkshopState, request: BrowseRequest, group: number, pageSize = BROWSE_PAGE): BrowsePage {
  const words = request.query ? fold(request.query).split(/\s+/).filter(Boolean) : [];
  const matching: PostView[] = [];
  for (const post of state.posts.values()) {
    if (post.roundId !== request.roundId || !isVisibleTo(post, 'participant') || post.mergedInto) continue;
    if (request.topicId && !post.topicIds.includes(request.topicId)) continue;
    if (words.length) {
      const text = fold(post.text);
      if (!words.every((word) => text.includes(word))) continue;
    }
    matching.push(postView(state, post, 'participant'));
  }
  const total = matching.length;
  const start = total === 0 ? 0 : Math.floor((group * total) / SAMPLE_GROUPS);
  const from = request.after ?? 0;
  const posts: PostView[] = [];
  for (let i = from; i < Math.min(total, from + pageSize); i++) posts.push(matching[(start + i) % total]!);
  const end = from + posts.length;
  return { posts, next: end < total ? end : null, total };
}
