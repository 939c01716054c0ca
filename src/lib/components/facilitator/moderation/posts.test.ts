import { describe, expect, it } from 'vitest';
import type { Round } from '$lib/domain/types.js';
import type { PostView } from '$lib/domain/views.js';
import { chunks, foldMerged, groupKey, keptFirst, matches, mergeProblem, parseCount, sortNodes } from './posts.js';

const post = (id: string, fields: Partial<PostView> = {}): PostView => ({ id, roundId: 'r1', topicIds: ['a'], text: id, createdAt: Number(id.slice(1)), ...fields });
const round = (topicsPerPost: Round['topicsPerPost']): Round => ({
  id: 'r1',
  title: { sv: 'R' },
  prompt: { sv: '' },
  postNoun: { sv: 'inlägg' },
  topicsPerPost,
  budget: { votes: 3, per: 'topic' },
  maxVotesPerPost: 1,
  liveTallies: false
});

describe('foldMerged', () => {
  it('folds merged posts under the post that still counts, following chains', () => {
    const nodes = foldMerged([post('p1'), post('p2', { mergedInto: 'p1' }), post('p3', { mergedInto: 'p2' }), post('p4')]);
    expect(nodes.map((n) => [n.post.id, n.merged.map((m) => m.id)])).toEqual([
      ['p1', ['p2', 'p3']],
      ['p4', []]
    ]);
  });
  it('keeps a merged post whose target is gone on its own', () => {
    expect(foldMerged([post('p2', { mergedInto: 'p9' })]).map((n) => n.post.id)).toEqual(['p2']);
  });
});

describe('reading the list', () => {
  it('searches texts, originals, authors and merged texts, ignoring case', () => {
    const [node] = foldMerged([post('p1', { text: 'Öppet hus', author: { name: 'Anna', association: 'IK Söder', sector: '', table: null } }), post('p2', { text: 'Kalender', mergedInto: 'p1' })]);
    expect(['öppet', 'ANNA', 'söder', 'kalender', ''].map((q) => matches(node!, q))).toEqual([true, true, true, true, true]);
    expect(matches(node!, 'bidrag')).toBe(false);
  });
  it('sorts by votes, then oldest', () => {
    const nodes = foldMerged([post('p1'), post('p2'), post('p3')]);
    expect(sortNodes(nodes, 'votes', { p2: 2, p3: 2 }).map((n) => n.post.id)).toEqual(['p2', 'p3', 'p1']);
    expect(sortNodes(nodes, 'newest', {}).map((n) => n.post.id)).toEqual(['p3', 'p2', 'p1']);
  });
});

describe('merging', () => {
  it('keeps a pinned post, then an approved one, then the one with most votes', () => {
    expect(keptFirst([post('p1'), post('p2', { pinned: true })], {}).map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(keptFirst([post('p1', { pending: true }), post('p2')], { p1: 5 }).map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(keptFirst([post('p1'), post('p2')], { p2: 1 }).map((p) => p.id)).toEqual(['p2', 'p1']);
  });
  it('refuses what the server would refuse', () => {
    expect(mergeProblem(round('one'), [post('p1')])).toBe('tooFew');
    expect(mergeProblem(round('one'), [post('p1'), post('p2', { topicIds: ['b'] })])).toBe('topics');
    expect(mergeProblem(round('many'), [post('p1'), post('p2', { topicIds: ['b'] })])).toBeNull();
  });
  it('names a group regardless of order', () => expect(groupKey(['p2', 'p1'])).toBe(groupKey(['p1', 'p2'])));
});

describe('helpers', () => {
  it('chunks approvals into batches the server accepts', () => {
    expect(chunks([...Array(120).keys()], 50).map((c) => c.length)).toEqual([50, 50, 20]);
  });
  it('parses optional counts', () => {
    expect(['', ' 3 ', '0', '1000', '2.5', 'x'].map((s) => parseCount(s, 999))).toEqual([null, 3, 'invalid', 'invalid', 'invalid', 'invalid']);
  });
});
