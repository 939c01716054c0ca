import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { nanoid } from 'nanoid';
import { logger } from '../logger.js';
import { parseStoredSeries, SERIES_ID, type Series, type SeriesStore } from './series-store.js';

/**
 * Series as files: DATA_DIR/series/<id>.json. A save writes a temporary file, makes it
 * durable and renames it over the old one, so a crash leaves either the old series or the
 * new one, never half of one.
 */
export class FileSeries implements SeriesStore {
  readonly #dir: string;

  constructor(dataDir: string) {
    this.#dir = join(dataDir, 'series');
  }

  #path(id: string): string {
    if (!SERIES_ID.test(id)) throw new Error('Invalid series id');
    return join(this.#dir, `${id}.json`);
  }

  async get(id: string): Promise<Series | undefined> {
    if (!SERIES_ID.test(id)) return undefined;
    let text: string;
    try {
      text = await readFile(this.#path(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const series = parseStoredSeries(text);
    // A file renamed by hand must not answer for another id.
    if (!series || series.id !== id) {
      logger.warn('series_unreadable', { id });
      return undefined;
    }
    return series;
  }

  async save(series: Series): Promise<void> {
    const path = this.#path(series.id);
    await mkdir(this.#dir, { recursive: true });
    const temp = join(this.#dir, `.${series.id}.${nanoid(8)}.tmp`);
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(JSON.stringify(series));
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    await rename(temp, path);
  }

  async close(): Promise<void> {}
}
