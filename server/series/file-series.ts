import { join } from 'node:path';
import { JsonFileDir } from '../json-file-dir.js';
import { parseStoredSeries, SERIES_ID, type Series, type SeriesStore } from './series-store.js';

/** Series as files: DATA_DIR/series/<id>.json, each written atomically. */
export class FileSeries implements SeriesStore {
  readonly #files: JsonFileDir<Series>;

  constructor(dataDir: string) {
    this.#files = new JsonFileDir({ dir: join(dataDir, 'series'), idPattern: SERIES_ID, parse: parseStoredSeries, unreadableEvent: 'series_unreadable' });
  }

  get(id: string): Promise<Series | undefined> {
    return this.#files.read(id);
  }

  save(series: Series): Promise<void> {
    return this.#files.write(series);
  }

  ids(): Promise<string[]> {
    return this.#files.ids();
  }

  delete(id: string): Promise<void> {
    return this.#files.delete(id);
  }

  async close(): Promise<void> {}
}
