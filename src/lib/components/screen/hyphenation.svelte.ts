import type { Language } from '$lib/domain/types.js';

/**
 * Soft hyphens in long words, so a Swedish compound on the projector breaks as
 * "Kompetens-/utvecklingsinsatser", not mid-syllable without a hyphen. Browsers hyphenate
 * with `hyphens: auto` only where they ship a dictionary for the language (Chromium on
 * Linux ships none), so the patterns (TeX's, through `hyphen`) come with the projector's
 * own chunk, one language at a time; the phones never load them. Short words are left
 * alone: they fit a column anyway.
 */
type Hyphenate = (text: string, options?: { minWordLength?: number }) => string;

const LOADERS: Record<Language, () => Promise<{ hyphenateSync: Hyphenate }>> = {
  sv: () => import('hyphen/sv'),
  en: () => import('hyphen/en-us')
};
const MIN_WORD = 12;
/** Arabic words are never broken (and Arabic has no hyphenation). */
export const ARABIC = /\p{Script=Arabic}/u;

class Hyphenation {
  #ready = $state<Partial<Record<Language, Hyphenate>>>({});
  #loading = new Set<Language>();
  #cache = new Map<string, string>();

  /** The text with soft hyphens once the language's patterns are here; the plain text until then. */
  of(text: string, language: Language): string {
    if (ARABIC.test(text)) return text;
    const hyphenate = this.#ready[language];
    if (!hyphenate) {
      this.#load(language);
      return text;
    }
    const key = `${language}:${text}`;
    let done = this.#cache.get(key);
    if (done === undefined) {
      done = hyphenate(text, { minWordLength: MIN_WORD });
      this.#cache.set(key, done);
    }
    return done;
  }

  #load(language: Language): void {
    if (this.#loading.has(language)) return;
    this.#loading.add(language);
    void LOADERS[language]()
      .then((module) => (this.#ready = { ...this.#ready, [language]: module.hyphenateSync }))
      .catch(() => this.#loading.delete(language));
  }
}

export const hyphenation = new Hyphenation();
