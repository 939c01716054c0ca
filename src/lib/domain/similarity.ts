/**
 * Merge suggestions for the facilitator: groups of posts that say much the same thing.
 * Similarity is the Jaccard index of the posts' key-term sets (stems without stop words),
 * so word order, inflection, case, accents and filler words do not matter.
 */
import { keyTerms, normalizeText } from './text-analysis.js';
import type { Language } from './types.js';

export interface SimilarInput {
  id: string;
  text: string;
  topicIds: readonly string[];
}

export interface MergeSuggestion {
  /** Two or more post ids, in the order the posts were given (pass oldest first: ids[0] is a natural merge target). */
  ids: string[];
  /** Mean pairwise similarity within the group, 0..1, rounded to 3 decimals; 1 = duplicates. */
  score: number;
}

export interface SuggestMergesOptions {
  language?: Language;
  /** Minimum Jaccard index for two posts to be linked, in (0, 1]. */
  threshold?: number;
  maxGroups?: number;
}

/**
 * Above one half, on purpose: in this domain almost every note mentions the city and the
 * associations, and {stad, förening, X} vs {stad, förening, Y} (0.5) would chain unrelated
 * notes together. {a,b} ~ {a,b,c} (0.67) and {a,b,c,d} ~ {a,b,c,e} (0.6) still link.
 */
export const DEFAULT_MERGE_THRESHOLD = 0.6;

/** Marks a synthetic term standing for a post's whole normalised text; cannot occur in a stem. */
const EXACT = '\u0000';
/** A group's score is the mean similarity of the pairs among its first this many members. */
export const SCORE_SAMPLE = 64;
/** Absorbs float noise in threshold arithmetic (3/5 vs 0.6). */
const EPSILON = 1e-9;

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const term of small) if (large.has(term)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Posts are compared only when they share a principle (or neither has one): a one-topic
 * round only merges within a principle, and the same words under different principles
 * usually mean different things.
 */
function shareTopic(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 ? b.length === 0 : a.some((t) => b.includes(t));
}

/**
 * Posts without key terms ("Ja!", "Det är viktigt") can only be exact duplicates: they
 * get one synthetic term made of their normalised text, so they run through the same index.
 */
function termSet(text: string, language: Language): Set<string> {
  const terms = keyTerms(text, language);
  if (terms.size > 0) return terms;
  const exact = normalizeText(text, language) || text.normalize('NFC').trim().replace(/\s+/g, ' ');
  return exact ? new Set([EXACT + exact]) : new Set();
}

/**
 * Groups of 2+ posts that look alike, best first (score desc, then input position of the
 * first id). Pairs at or above the threshold are linked and groups are their connected
 * components, so A~B and B~C put A, B and C together.
 *
 * Instead of all pairs, candidates come from an inverted index over each set's rarest
 * terms (prefix filtering, as in PPJoin): sets are visited from the smallest, and two sets
 * x, y with |x| ≤ |y| and Jaccard ≥ t must share a term between x's first
 * |x| − ⌈2t/(1+t)·|x|⌉ + 1 terms (what is indexed) and y's first |y| − ⌈t·|y|⌉ + 1 terms
 * (what is probed), in a global rare-first order. Exact, and common words like "förening"
 * are rarely indexed. A candidate already in the post's group is not compared again, so
 * a thousand near-duplicates cost a thousand comparisons, not half a million.
 */
export function suggestMerges(posts: readonly SimilarInput[], options: SuggestMergesOptions = {}): MergeSuggestion[] {
  const language = options.language ?? 'sv';
  const threshold = options.threshold ?? DEFAULT_MERGE_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
  const maxGroups = options.maxGroups ?? Infinity;

  const sets = posts.map((p) => termSet(p.text, language));
  const frequency = new Map<string, number>();
  for (const set of sets) for (const term of set) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  // Rare first; ties by code unit order, so the result does not depend on Map/insertion order.
  const rareFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);

  const parent = posts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };

  const index = new Map<string, number[]>();
  const probedBy = new Int32Array(posts.length).fill(-1);
  const indexShare = (2 * threshold) / (1 + threshold);
  // Smallest sets first (ties in input order): the index then only holds sets no larger than the probe.
  const bySize = posts.map((_, i) => i).sort((a, b) => sets[a]!.size - sets[b]!.size || a - b);
  for (const i of bySize) {
    const set = sets[i]!;
    const terms = [...set].sort(rareFirst);
    const probed = set.size - Math.ceil(threshold * set.size - EPSILON) + 1;
    for (const term of terms.slice(0, probed)) {
      for (const j of index.get(term) ?? []) {
        if (probedBy[j] === i) continue;
        probedBy[j] = i;
        // Already in one group: comparing them cannot change any group.
        if (find(i) === find(j)) continue;
        const other = sets[j]!;
        // Size filter: Jaccard ≤ |other| / |set| (other is no larger), so a far smaller set cannot reach it.
        if (other.size < threshold * set.size - EPSILON) continue;
        if (!shareTopic(posts[i]!.topicIds, posts[j]!.topicIds)) continue;
        if (jaccard(set, other) >= threshold - EPSILON) parent[find(i)] = find(j);
      }
    }
    for (const term of terms.slice(0, set.size - Math.ceil(indexShare * set.size - EPSILON) + 1)) {
      let postings = index.get(term);
      if (!postings) index.set(term, (postings = []));
      postings.push(i);
    }
  }

  const components = new Map<number, number[]>();
  posts.forEach((_, i) => {
    const root = find(i);
    const members = components.get(root);
    if (members) members.push(i);
    else components.set(root, [i]);
  });

  const groups: { first: number; ids: string[]; score: number }[] = [];
  for (const members of components.values()) {
    if (members.length < 2) continue;
    // Scored over its first SCORE_SAMPLE members (input order): exact for any group a person
    // reads, and a forged group of thousands costs a bounded number of comparisons.
    const scored = members.slice(0, SCORE_SAMPLE);
    let sum = 0;
    for (let a = 0; a < scored.length; a++) {
      for (let b = a + 1; b < scored.length; b++) sum += jaccard(sets[scored[a]!]!, sets[scored[b]!]!);
    }
    const pairs = (scored.length * (scored.length - 1)) / 2;
    groups.push({ first: members[0]!, ids: members.map((i) => posts[i]!.id), score: Math.round((sum / pairs) * 1000) / 1000 });
  }
  groups.sort((a, b) => b.score - a.score || a.first - b.first);
  return groups.slice(0, Math.max(0, maxGroups)).map(({ ids, score }) => ({ ids, score }));
}
