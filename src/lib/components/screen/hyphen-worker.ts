/**
 * Soft hyphens for the projector, in a worker of its own: `hyphen` is CommonJS, and
 * bundled into the page its module helpers would land in a chunk every page loads (the
 * phones too). The patterns (TeX's, Swedish and English) load here, off the main thread.
 */
import { hyphenateSync as english } from 'hyphen/en-us';
import { hyphenateSync as swedish } from 'hyphen/sv';
import type { Language } from '$lib/domain/types.js';

export interface HyphenRequest {
  language: Language;
  texts: string[];
}
export interface HyphenAnswer {
  language: Language;
  done: Array<[string, string]>;
}

/** Only long words: shorter ones fit a column anyway. */
const MIN_WORD = 12;
const BY_LANGUAGE = { sv: swedish, en: english } satisfies Record<Language, unknown>;

self.onmessage = (event: MessageEvent<HyphenRequest>) => {
  const { language, texts } = event.data;
  const hyphenate = BY_LANGUAGE[language];
  const answer: HyphenAnswer = { language, done: texts.map((text) => [text, hyphenate(text, { minWordLength: MIN_WORD })]) };
  self.postMessage(answer);
};
