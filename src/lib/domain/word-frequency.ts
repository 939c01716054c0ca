/**
 * Word counts for the projector's word view of one principle: which words the room keeps
 * coming back to. Inflections are counted together ("förening", "föreningar",
 * "föreningarna") and shown as the form people actually wrote most.
 */
import { lot } from './lot.js';
import { terms } from './text-analysis.js';
import type { Language } from './types.js';

export interface WordCount {
  /** The most used written form of the word, lower case. */
  word: string;
  /** How many of the texts use the word (in any inflection). */
  count: number;
}

export interface WordFrequencyOptions {
  language?: Language;
  /** At most this many words, most frequent first. */
  limit?: number;
}

export const DEFAULT_WORD_LIMIT = 30;

const collators = new Map<Language, Intl.Collator>();
/** Alphabetical order as readers of the language expect it: in Swedish å, ä, ö come after z. */
function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) collators.set(language, (collator = new Intl.Collator(language)));
  return collator;
}

/**
 * Counts each word at most once per text (document frequency), so one long post
 * repeating a word cannot dominate the view. The most frequent words are kept; where the
 * limit falls among equally frequent words, a fixed lot per word picks which: the
 * alphabet would always cut the same letters (å, ä, ö last in Swedish) and the same
 * script (Arabic after Latin).
 * The result reads by count, then alphabetically.
 */
export function wordFrequencies(texts: readonly string[], options: WordFrequencyOptions = {}): WordCount[] {
  const language = options.language ?? 'sv';
  const limit = options.limit ?? DEFAULT_WORD_LIMIT;
  const collator = collatorFor(language);
  // Code unit order breaks collator ties, so the output never depends on input order.
  const alphabetical = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

  /** Stem → written form → number of texts using that form. */
  const forms = new Map<string, Map<string, number>>();
  const counts = new Map<string, number>();
  for (const text of texts) {
    const seenKeys = new Set<string>();
    const seenForms = new Set<string>();
    for (const { surface, key } of terms(text, language)) {
      if (!seenKeys.has(key)) {
        seenKeys.add(key);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      if (!seenForms.has(surface)) {
        seenForms.add(surface);
        let byForm = forms.get(key);
        if (!byForm) forms.set(key, (byForm = new Map()));
        byForm.set(surface, (byForm.get(surface) ?? 0) + 1);
      }
    }
  }

  const words: WordCount[] = [];
  for (const [key, count] of counts) {
    let best = '';
    let bestUses = 0;
    // Most used form; on a tie the alphabetically first, usually the base form ("förening").
    for (const [form, uses] of forms.get(key)!) {
      if (uses > bestUses || (uses === bestUses && alphabetical(form, best) < 0)) [best, bestUses] = [form, uses];
    }
    words.push({ word: best, count });
  }
  words.sort((a, b) => b.count - a.count || lot(a.word) - lot(b.word) || alphabetical(a.word, b.word));
  return words.slice(0, Math.max(0, limit)).sort((a, b) => b.count - a.count || alphabetical(a.word, b.word));
}
