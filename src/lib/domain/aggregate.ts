/** Aggregates over what an audience can see: rankings per principle. */

export interface Rankable {
  id: string;
  roundId: string;
  topicIds: readonly string[];
  createdAt: number;
}

export interface RankedPost<P extends Rankable> {
  post: P;
  votes: number;
  /** Standard competition rank: equal votes share a rank (1, 1, 3). */
  rank: number;
}

/** The posts of one round that are linked to one topic, most votes first. */
export function rankTopic<P extends Rankable>(
  posts: Iterable<P>,
  tallies: Readonly<Record<string, number>>,
  roundId: string,
  topicId: string
): RankedPost<P>[] {
  return ranked(posts, tallies, (post) => post.roundId === roundId && post.topicIds.includes(topicId));
}

/**
 * All posts of one round, most votes first, each once however many principles it names:
 * the overall list of a round whose vote budget is for the whole round.
 */
export function rankRound<P extends Rankable>(posts: Iterable<P>, tallies: Readonly<Record<string, number>>, roundId: string): RankedPost<P>[] {
  return ranked(posts, tallies, (post) => post.roundId === roundId);
}

/** How many share the first place (0 without votes): "shared first place" rather than one winner. */
export const sharingFirst = (rows: readonly RankedPost<Rankable>[]): number =>
  rows[0] && rows[0].votes > 0 ? rows.filter((row) => row.rank === 1).length : 0;

function ranked<P extends Rankable>(posts: Iterable<P>, tallies: Readonly<Record<string, number>>, keep: (post: P) => boolean): RankedPost<P>[] {
  const rows: RankedPost<P>[] = [];
  for (const post of posts) if (keep(post)) rows.push({ post, votes: tallies[post.id] ?? 0, rank: 0 });
  // Ties keep the order they were posted in, so the ranking does not jump around.
  rows.sort((a, b) => b.votes - a.votes || a.post.createdAt - b.post.createdAt || a.post.id.localeCompare(b.post.id));
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    row.rank = previous && previous.votes === row.votes ? previous.rank : i + 1;
  });
  return rows;
}

/** Total votes cast in a round, counting each post once. */
export function roundVoteTotal(posts: Iterable<Rankable>, tallies: Readonly<Record<string, number>>, roundId: string): number {
  let total = 0;
  for (const post of posts) if (post.roundId === roundId) total += tallies[post.id] ?? 0;
  return total;
}
