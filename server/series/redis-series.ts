import { createClient } from 'redis';
import { logger } from '../logger.js';
import { parseStoredSeries, SERIES_ID, type Series, type SeriesStore } from './series-store.js';

const newClient = (url: string) => createClient({ url });

/** Series in Redis: one hash (`samrad:series`), id → JSON, shared by every process. */
export class RedisSeries implements SeriesStore {
  readonly #client: ReturnType<typeof newClient>;
  readonly #key: string;

  private constructor(client: ReturnType<typeof newClient>, prefix: string) {
    this.#client = client;
    this.#key = `${prefix}:series`;
  }

  static async connect(url: string, prefix = 'samrad'): Promise<RedisSeries> {
    const client = newClient(url);
    client.on('error', (error: Error) => logger.warn('redis_error', { error: error.message }));
    await client.connect();
    return new RedisSeries(client, prefix);
  }

  async get(id: string): Promise<Series | undefined> {
    if (!SERIES_ID.test(id)) return undefined;
    const text = await this.#client.hGet(this.#key, id);
    if (!text) return undefined;
    const series = parseStoredSeries(text);
    if (series && series.id === id) return series;
    logger.warn('series_unreadable', { id });
    return undefined;
  }

  async save(series: Series): Promise<void> {
    if (!SERIES_ID.test(series.id)) throw new Error('Invalid series id');
    await this.#client.hSet(this.#key, series.id, JSON.stringify(series));
  }

  async ids(): Promise<string[]> {
    return (await this.#client.hKeys(this.#key)).filter((id) => SERIES_ID.test(id));
  }

  async delete(id: string): Promise<void> {
    await this.#client.hDel(this.#key, id);
  }

  async close(): Promise<void> {
    await this.#client.close().catch(() => this.#client.destroy());
  }
}
