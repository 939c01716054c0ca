import { forgetSeriesKey, rememberSeriesKey } from '$lib/client/series-key.js';
import { loadSeries } from '$lib/client/series-api.js';
import type { SeriesView } from '$lib/domain/series-view.js';
import type { AnyErrorCode } from '$lib/i18n/index.svelte.js';

/**
 * The series page's state: its key, the combined view as last fetched, and why it cannot
 * be shown. The view is fetched again after every change the page makes and when the tab
 * comes back into view (meetings may have run meanwhile).
 */
export class SeriesPageState {
  readonly id: string;
  readonly key: string | null;
  view = $state<SeriesView | null>(null);
  problem = $state<'missingKey' | 'badKey' | null>(null);
  error = $state<AnyErrorCode | null>(null);
  loading = $state(false);

  constructor(id: string, key: string | null) {
    this.id = id;
    this.key = key;
    if (!key) this.problem = 'missingKey';
  }

  async load(): Promise<void> {
    if (!this.key || this.loading) return;
    this.loading = true;
    const result = await loadSeries(this.id, this.key);
    this.loading = false;
    if (result.ok) {
      this.view = result.body;
      this.error = null;
      // Kept only once accepted: an old link must not replace a good key this browser holds.
      rememberSeriesKey(this.id, this.key);
    } else if (result.status === 401) {
      forgetSeriesKey(this.id, this.key);
      this.problem = 'badKey';
    } else this.error = result.error;
  }
}
