import { suggestMerges, type MergeSuggestion, type SimilarInput } from '$lib/domain/similarity.js';
import type { Language } from '$lib/domain/types.js';
import type { MergeRequest } from './merge-worker.js';

/**
 * Finds merge suggestions in a Web Worker, the newest request winning; where workers are
 * unavailable, on the main thread after a pause. `found` holds the last answer.
 */
export class MergeFinder {
  found = $state.raw<MergeSuggestion[]>([]);
  #worker: Worker | null = null;
  #latest = 0;

  constructor() {
    try {
      this.#worker = new Worker(new URL('./merge-worker.ts', import.meta.url), { type: 'module' });
      this.#worker.onmessage = (event: MessageEvent<{ id: number; found: MergeSuggestion[] }>) => {
        if (event.data.id === this.#latest) this.found = event.data.found;
      };
      this.#worker.onerror = () => {
        this.#worker?.terminate();
        this.#worker = null;
      };
    } catch {
      this.#worker = null;
    }
  }

  find(input: SimilarInput[], language: Language): void {
    const id = ++this.#latest;
    if (this.#worker) this.#worker.postMessage({ id, input, language } satisfies MergeRequest);
    else this.found = suggestMerges(input, { language });
  }

  stop(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }
}
