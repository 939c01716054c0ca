import type { Language } from '$lib/domain/types.js';
import type { UiLanguage } from '$lib/i18n/languages.js';
import type { HyphenAnswer, HyphenRequest } from './hyphen-worker.js';

/**
 * Soft hyphens in long words, so a Swedish compound on the projector breaks as
 * "Kompetens-/utvecklingsinsatser", not mid-syllable without a hyphen. Browsers hyphenate
 * with `hyphens: auto` only where they ship a dictionary for the language (Chromium on
 * Linux ships none), so the projector hyphenates with TeX's patterns in a worker
 * (hyphen-worker.ts) and shows each text plain until its hyphenated form arrives. The
 * phones never load any of it.
 */
export const ARABIC = /\p{Script=Arabic}/u;

class Hyphenation {
  /** Bumped when answers arrive, so texts shown plain re-render hyphenated. */
  #arrived = $state(0);
  #done = new Map<string, string>();
  #asked = new Set<string>();
  #queue: HyphenRequest[] = [];
  #worker: Worker | null | undefined;

  /** The text with soft hyphens once known; the plain text until then (and for Arabic). */
  of(text: string, language: UiLanguage): string {
    void this.#arrived;
    if (language === 'ar' || ARABIC.test(text)) return text;
    const key = `${language}:${text}`;
    const done = this.#done.get(key);
    if (done !== undefined) return done;
    if (!this.#asked.has(key)) this.#ask(key, text, language);
    return text;
  }

  #ask(key: string, text: string, language: Language): void {
    this.#asked.add(key);
    const batch = this.#queue.find((r) => r.language === language);
    if (batch) return void batch.texts.push(text);
    this.#queue.push({ language, texts: [text] });
    // One message per language and render, not one per post.
    if (this.#queue.length === 1) queueMicrotask(() => this.#send());
  }

  #send(): void {
    const worker = this.#start();
    const queue = this.#queue;
    this.#queue = [];
    if (worker) for (const request of queue) worker.postMessage(request);
  }

  #start(): Worker | null {
    if (this.#worker !== undefined) return this.#worker;
    try {
      this.#worker = new Worker(new URL('./hyphen-worker.ts', import.meta.url), { type: 'module' });
      this.#worker.onmessage = (event: MessageEvent<HyphenAnswer>) => {
        for (const [text, hyphenated] of event.data.done) this.#done.set(`${event.data.language}:${text}`, hyphenated);
        this.#arrived++;
      };
    } catch {
      // No workers: the projector shows the texts unhyphenated, as before.
      this.#worker = null;
    }
    return this.#worker;
  }
}

export const hyphenation = new Hyphenation();
