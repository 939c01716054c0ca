/**
 * Merge suggestions off the console's main thread: stemming and comparing 2,000 posts takes
 * seconds on a laptop, and the console must stay responsive meanwhile. Same pure domain
 * function as everywhere; the worker only moves it to another thread.
 */
import { suggestMerges, type SimilarInput } from '$lib/domain/similarity.js';
import type { Language } from '$lib/domain/types.js';

export interface MergeRequest {
  id: number;
  input: SimilarInput[];
  language: Language;
}

self.onmessage = (event: MessageEvent<MergeRequest>) => {
  const { id, input, language } = event.data;
  self.postMessage({ id, found: suggestMerges(input, { language }) });
};
