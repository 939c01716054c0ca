import { describe, expect, it } from 'vitest';
import { rankRound, rankTopic, roundVoteTotal, sharingFirst, type Rankable } from './aggregate.js';

const p = (id: string, createdAt: number, topicIds: string[] = ['dialog'], roundId = 'samtal-1'): Rankable & { text: string } => ({
  id,
  roundId,
  topicIds,
  createdAt,
  text: `Inlägg ${id} – “åäö” 🙂`
});

describe('rankTopic', () => {
  const cases: Array<{ name: string; posts: Rankable[]; tallies: Record<string, number>; expected: Array<[string, number, number]> }> = [
    { name: 'no posts', posts: [], tallies: {}, expected: [] },
    {
      name: 'distinct counts, most votes first',
      posts: [p('a', 1), p('b', 2), p('c', 3)],
      tallies: { a: 1, b: 5, c: 3 },
      expected: [['b', 5, 1], ['c', 3, 2], ['a', 1, 3]]
    },
    {
      name: 'a tie at the top shares rank 1 and skips 2',
      posts: [p('a', 1), p('b', 2), p('c', 3)],
      tallies: { a: 2, b: 4, c: 4 },
      expected: [['b', 4, 1], ['c', 4, 1], ['a', 2, 3]]
    },
    {
      name: 'ties are ordered by createdAt, not by id or input order',
      posts: [p('z', 30), p('y', 10), p('x', 20)],
      tallies: { x: 1, y: 1, z: 1 },
      expected: [['y', 1, 1], ['x', 1, 1], ['z', 1, 1]]
    },
    {
      name: 'ties with the same createdAt fall back to id',
      posts: [p('b', 5), p('a', 5)],
      tallies: {},
      expected: [['a', 0, 1], ['b', 0, 1]]
    },
    {
      name: 'missing tallies count as zero, ties in the middle',
      posts: [p('a', 1), p('b', 2), p('c', 3), p('d', 4), p('e', 5)],
      tallies: { a: 3, c: 1, d: 1 },
      expected: [['a', 3, 1], ['c', 1, 2], ['d', 1, 2], ['b', 0, 4], ['e', 0, 4]]
    },
    {
      name: 'only the round and the topic asked for',
      posts: [p('a', 1), p('b', 2, ['mangfald']), p('c', 3, ['mangfald', 'dialog'], 'samtal-2'), p('d', 4, ['kvalitet', 'dialog'])],
      tallies: { a: 1, b: 9, c: 9, d: 2 },
      expected: [['d', 2, 1], ['a', 1, 2]]
    }
  ];
  it.each(cases)('$name', ({ posts, tallies, expected }) => {
    const ranked = rankTopic(posts, tallies, 'samtal-1', 'dialog');
    expect(ranked.map((r) => [r.post.id, r.votes, r.rank])).toEqual(expected);
  });

  it('returns the post objects it was given', () => {
    const posts = [p('a', 1)];
    const [row] = rankTopic(posts, { a: 1 }, 'samtal-1', 'dialog');
    expect(row!.post).toBe(posts[0]);
    expect(row!.post.text).toContain('åäö');
  });

  it('ranks multi-topic Samtal 2 posts under every principle they link', () => {
    const posts = [p('a', 1, ['dialog', 'mangfald'], 'samtal-2'), p('b', 2, ['mangfald'], 'samtal-2')];
    const tallies = { a: 2, b: 3 };
    expect(rankTopic(posts, tallies, 'samtal-2', 'dialog').map((r) => r.post.id)).toEqual(['a']);
    expect(rankTopic(posts, tallies, 'samtal-2', 'mangfald').map((r) => [r.post.id, r.rank])).toEqual([['b', 1], ['a', 2]]);
  });
});

describe('rankRound and sharingFirst', () => {
  const posts = [p('a', 1, ['dialog', 'mangfald'], 'samtal-2'), p('b', 2, ['kvalitet'], 'samtal-2'), p('c', 3, ['dialog'], 'samtal-2'), p('x', 4, ['dialog'])];

  it('ranks every post of the round once, whatever principles it names', () => {
    const rows = rankRound(posts, { a: 4, b: 4, c: 1, x: 9 }, 'samtal-2');
    expect(rows.map((r) => [r.post.id, r.votes, r.rank])).toEqual([
      ['a', 4, 1],
      ['b', 4, 1],
      ['c', 1, 3]
    ]);
    expect(sharingFirst(rows)).toBe(2);
  });

  it.each<[Record<string, number>, number]>([
    [{ a: 3, b: 1 }, 1],
    [{ a: 2, b: 2, c: 2 }, 3],
    [{}, 0]
  ])('%j: %i share the first place', (tallies, expected) => {
    expect(sharingFirst(rankRound(posts, tallies, 'samtal-2'))).toBe(expected);
  });
});

describe('roundVoteTotal', () => {
  const posts = [p('a', 1), p('b', 2, ['mangfald']), p('c', 3, ['dialog', 'mangfald', 'kvalitet'], 'samtal-2'), p('d', 4, ['dialog'], 'samtal-2')];
  it.each<[string, Record<string, number>, number]>([
    ['samtal-1', { a: 2, b: 3, c: 7, d: 1 }, 5],
    ['samtal-2', { a: 2, b: 3, c: 7, d: 1 }, 8],
    ['samtal-2', { a: 2 }, 0],
    ['samtal-3', { a: 2, b: 3, c: 7 }, 0]
  ])('%s with %o → %i (a post linked to several principles counts once)', (roundId, tallies, total) => {
    expect(roundVoteTotal(posts, tallies, roundId)).toBe(total);
  });
});
