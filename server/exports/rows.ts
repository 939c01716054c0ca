import type { OutcomeView } from '../../src/lib/domain/outcome-view.js';
import type { Localized, Post, Round, Topic, WorkshopState } from '../../src/lib/domain/types.js';

/** What became of a post, in the words of the exports (docs/export-format.md). */
export type PostStatus = 'kept' | 'hidden' | 'merged' | 'withdrawn' | 'pending';

/** Withdrawn and merged say the most about a post, so they win over hidden and pending. */
export function postStatus(post: Post): PostStatus {
  if (post.withdrawn) return 'withdrawn';
  if (post.mergedInto) return 'merged';
  if (post.hidden) return 'hidden';
  if (post.pending) return 'pending';
  return 'kept';
}

const STATUS_ORDER: Record<PostStatus, number> = { kept: 0, pending: 1, hidden: 2, merged: 3, withdrawn: 4 };

/** A workshop text in the workshop's language, the Swedish original when it has no translation. */
export const localized = (text: Localized, language: 'sv' | 'en') => (language === 'en' && text.en) || text.sv;

/** "Samtal 1: Vad innebär…" → "Samtal 1": a round's name where its whole question is too long (sheet names, CSV cells). */
export function shortTitle(title: string): string {
  const head = title.split(/\s*[:–—]\s+/)[0]?.trim();
  return head && head.length < title.length ? head : title;
}

/** Rank of each counting post within each principle: `${postId} ${topicId}` → rank, from the outcome view. */
export function ranks(view: OutcomeView): Map<string, number> {
  const out = new Map<string, number>();
  for (const round of view.rounds) for (const topic of round.topics) for (const row of topic.rows) out.set(`${row.id} ${topic.id}`, row.rank);
  return out;
}

export interface TopicRow {
  post: Post;
  topic: Topic;
  status: PostStatus;
  /** Only counting (kept) posts have a rank. */
  rank: number | null;
}

/**
 * A round's posts once per principle they are linked to (withdrawn ones left out):
 * principles in setup order, kept posts by rank, then the others by status and time.
 */
export function topicRows(state: WorkshopState, round: Round, rankOf: Map<string, number>): TopicRow[] {
  const rows: TopicRow[] = [];
  const posts = [...state.posts.values()].filter((p) => p.roundId === round.id && !p.withdrawn);
  for (const topic of state.setup.topics) {
    const linked = posts
      .filter((p) => p.topicIds.includes(topic.id))
      .map((post): TopicRow => ({ post, topic, status: postStatus(post), rank: rankOf.get(`${post.id} ${topic.id}`) ?? null }));
    linked.sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        (a.rank ?? 0) - (b.rank ?? 0) ||
        b.post.tally - a.post.tally ||
        a.post.createdAt - b.post.createdAt ||
        a.post.id.localeCompare(b.post.id)
    );
    rows.push(...linked);
  }
  return rows;
}

/** Every post that was not withdrawn, once each: rounds in setup order, then as they were written. */
export function postsInOrder(state: WorkshopState): Post[] {
  const roundIndex = new Map(state.setup.rounds.map((r, i) => [r.id, i]));
  return [...state.posts.values()]
    .filter((p) => !p.withdrawn)
    .sort((a, b) => (roundIndex.get(a.roundId) ?? 99) - (roundIndex.get(b.roundId) ?? 99) || a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

const dateFormat = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** YYYY-MM-DD in the server's time zone: the day the meeting was held where it was held. */
export const localDate = (ms: number) => dateFormat.format(ms);
/** YYYY-MM-DD HH:MM in the server's time zone; sorts as text, and every spreadsheet reads it. */
export const localDateTime = (ms: number) => dateTimeFormat.format(ms);

/** The title as a file name part: ASCII letters and digits, "å" → "a", at most 60 characters. */
export function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return ascii || 'workshop';
}

/** "dialogmote-vaster-2026-11-26.xlsx": the title and the day, so downloads sort and tell apart. */
export const fileName = (state: WorkshopState, ext: string, suffix = '') =>
  `${slug(localized(state.setup.title, state.setup.language))}-${localDate(state.createdAt)}${suffix}.${ext}`;
