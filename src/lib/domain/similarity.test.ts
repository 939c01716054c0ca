import { describe, expect, it } from 'vitest';
import { DEFAULT_MERGE_THRESHOLD, jaccard, suggestMerges, type SimilarInput } from './similarity.js';
import { keyTerms } from './text-analysis.js';

/** Posts of one principle unless told otherwise. */
const posts = (texts: string[], topicIds: string[] = ['sjalvstandighet']): SimilarInput[] =>
  texts.map((text, i) => ({ id: `p${i + 1}`, text, topicIds }));
const groupsOf = (input: SimilarInput[], options?: Parameters<typeof suggestMerges>[1]) => suggestMerges(input, options).map((g) => g.ids);

describe('jaccard', () => {
  it('is shared over distinct terms', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['a', 'b', 'c']))).toBeCloseTo(2 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('suggestMerges (Swedish dialogue meeting)', () => {
  it('groups rewordings with other inflections and word order as duplicates', () => {
    const result = suggestMerges(posts(['Föreningarna bestämmer själva över sin verksamhet', 'Att föreningar själva bestämmer över verksamheten']));
    expect(result).toEqual([{ ids: ['p1', 'p2'], score: 1 }]);
  });

  it('groups "Öppenhet i beslut" with "Öppna beslut och insyn"', () => {
    // {öpp, beslut} vs {öpp, beslut, insyn}: "beslut" is a stop word upstream but kept here.
    expect(suggestMerges(posts(['Öppenhet i beslut', 'Öppna beslut och insyn'], ['oppenhet']))).toEqual([{ ids: ['p1', 'p2'], score: 0.667 }]);
  });

  it('ignores case, accents and the hyphen of a compound', () => {
    const result = suggestMerges(posts(['Café-kvällar för äldre', 'cafekvällar för ÄLDRE', 'Cafékvällar för äldre!'], ['mangfald']));
    expect(result).toEqual([{ ids: ['p1', 'p2', 'p3'], score: 1 }]);
  });

  it('treats posts that differ only in stop words as duplicates', () => {
    const result = suggestMerges(posts(['Långsiktigt stöd till föreningarna', 'Det ska vara ett långsiktigt stöd till föreningarna'], ['langsiktighet']));
    expect(result).toEqual([{ ids: ['p1', 'p2'], score: 1 }]);
  });

  it('does not group posts that share only stop words', () => {
    expect(groupsOf(posts(['Det är viktigt att vi kan träffas oftare', 'Det är viktigt att vi kan söka bidrag']))).toEqual([]);
  });

  it('matches posts without key terms only when their normalised text is equal', () => {
    const input = posts(['Ja!', 'ja', 'Det är viktigt', 'Det är viktigt att', 'Håller med 👍', '👍', '👍 ', '']);
    // "Håller med" has key terms (håll), so it is not an exact match for the emoji-only posts.
    expect(groupsOf(input)).toEqual([['p1', 'p2'], ['p6', 'p7']]);
  });

  it('does not fold å, ä, ö: "år" is not "ar", "mål" is not "mal"', () => {
    expect(groupsOf(posts(['Varje år', 'Varje ar', 'Gemensamma mål', 'Gemensamma mal']))).toEqual([]);
  });

  it('does not group unrelated posts of the same principle', () => {
    const input = posts(
      [
        'Staden styr inte över föreningarnas verksamhet',
        'Fleråriga avtal i stället för årliga bidrag',
        'Stöd utan krav på motprestation',
        'Information om beslut i tid',
        'Plats för nya idéer och arbetssätt',
        'Regelbundna dialogmöten mellan staden och föreningslivet'
      ],
      ['dialog']
    );
    expect(groupsOf(input)).toEqual([]);
  });

  it('does not chain notes that only share "staden" and "föreningarna" with the default threshold', () => {
    // {stad, stött, förening} vs {stad, informer, förening}: 0.5, below the default.
    const input = posts(['Staden stöttar föreningarna', 'Staden informerar föreningarna']);
    expect(groupsOf(input)).toEqual([]);
    expect(groupsOf(input, { threshold: 0.5 })).toEqual([['p1', 'p2']]);
  });

  it('only groups posts that share a principle', () => {
    const input: SimilarInput[] = [
      { id: 'a', text: 'Tydliga villkor för stöd', topicIds: ['oppenhet'] },
      { id: 'b', text: 'Tydliga villkor för stödet', topicIds: ['langsiktighet'] },
      { id: 'c', text: 'Villkoren för stöd ska vara tydliga', topicIds: ['oppenhet', 'kvalitet'] },
      { id: 'd', text: 'Tydliga villkor för stöd', topicIds: [] },
      { id: 'e', text: 'tydliga villkor för stöd', topicIds: [] }
    ];
    expect(groupsOf(input)).toEqual([['a', 'c'], ['d', 'e']]);
  });

  it('joins chains into one group and scores it by mean pairwise similarity', () => {
    // a~b 0.75 and b~c 0.75 link; a~c is only 0.5, yet all three are one group, scored (0.75 + 0.75 + 0.5) / 3.
    const input = posts(['dialog lyssna återkoppling', 'dialog lyssna återkoppling kunskap', 'dialog lyssna kunskap']);
    expect(suggestMerges(input)).toEqual([{ ids: ['p1', 'p2', 'p3'], score: 0.667 }]);
  });

  it('orders groups by score, then by the first id, and honours maxGroups', () => {
    const input = posts([
      'Öppenhet i beslut',
      'Tydliga villkor för stöd',
      'Öppna beslut och insyn',
      'Villkoren för stöd ska vara tydliga',
      'Mer dialog',
      'Mer dialog!'
    ]);
    const expected = [
      { ids: ['p2', 'p4'], score: 1 },
      { ids: ['p5', 'p6'], score: 1 },
      { ids: ['p1', 'p3'], score: 0.667 }
    ];
    expect(suggestMerges(input)).toEqual(expected);
    expect(suggestMerges(input, { maxGroups: 2 })).toEqual(expected.slice(0, 2));
    expect(suggestMerges(input, { threshold: 0.8 })).toEqual(expected.slice(0, 2));
  });

  it('rejects thresholds outside (0, 1]', () => {
    for (const threshold of [0, -1, 1.5, Number.NaN]) expect(() => suggestMerges([], { threshold })).toThrow(RangeError);
  });
});

describe('suggestMerges (English)', () => {
  it('uses the English stop words and stemmer', () => {
    const input = posts(['Openness in decisions', 'Open decisions and transparency', 'Associations decide for themselves', 'The associations must get long-term funding']);
    expect(suggestMerges(input, { language: 'en' })).toEqual([{ ids: ['p1', 'p2'], score: 0.667 }]);
  });
});

/** Deterministic pseudo-random numbers (mulberry32), so the generated round is the same every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = (
  'föreningarna staden dialog möten återkoppling stöd bidrag lokaler avtal villkor beslut insyn öppenhet mångfald ' +
  'kvalitet förnyelse långsiktighet självständighet ungdomar äldre kultur idrott integration volontärer ledare ' +
  'utbildning nätverk samverkan tillit ansvar ekonomi planering uppföljning kommunikation information tid'
).split(' ');
const TOPICS = ['sjalvstandighet', 'dialog', 'kvalitet', 'langsiktighet', 'oppenhet', 'mangfald'];

function generatedRound(count: number, seed = 7): SimilarInput[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 2 + Math.floor(next() * 6) }, () => pick(VOCABULARY));
    return { id: `g${String(i).padStart(3, '0')}`, text: `Vi vill ha ${words.join(' och ')}.`, topicIds: [pick(TOPICS)] };
  });
}

/** All pairs, no index: the reference the prefix-filtered index must agree with. */
function bruteForce(input: SimilarInput[], threshold: number): string[][] {
  const sets = input.map((p) => keyTerms(p.text));
  const parent = input.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i]!));
  for (let i = 0; i < input.length; i++) {
    for (let j = i + 1; j < input.length; j++) {
      const topic = input[i]!.topicIds.some((t) => input[j]!.topicIds.includes(t));
      if (topic && jaccard(sets[i]!, sets[j]!) >= threshold) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, string[]>();
  input.forEach((p, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), p.id]));
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('suggestMerges (500 posts)', () => {
  const round = generatedRound(500);

  it.each([0.3, DEFAULT_MERGE_THRESHOLD, 0.8, 1])('finds exactly the all-pairs groups at threshold %s', (threshold) => {
    // Measured under vitest on a 2-core Xeon VM: 500 posts take ~10–15 ms warm (~60 ms on the
    // first, cold call); tokenising and stemming is most of it, the indexed pairing the rest.
    const found = groupsOf(round, { threshold })
      .map((ids) => [...ids])
      .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    expect(found).toEqual(bruteForce(round, threshold));
    if (threshold === DEFAULT_MERGE_THRESHOLD) expect(found.length).toBeGreaterThan(0);
  });

  it('is deterministic and does not depend on input order', () => {
    const first = suggestMerges(round);
    expect(suggestMerges(round)).toEqual(first);
    const reversed = suggestMerges([...round].reverse());
    const canonical = (groups: typeof first) => groups.map((g) => `${[...g.ids].sort().join(',')}@${g.score}`).sort();
    expect(canonical(reversed)).toEqual(canonical(first));
  });
});
