import { createClient } from 'redis';
import { logger } from '../logger.js';
import type { WorkshopDirectory } from './directory.js';

const newClient = (url: string) => createClient({ url });

/** The shared code → id directory: one Redis hash, claimed with HSETNX so codes stay unique. */
export class RedisDirectory implements WorkshopDirectory {
  readonly #client: ReturnType<typeof newClient>;
  readonly #key: string;

  private constructor(client: ReturnType<typeof newClient>, prefix: string) {
    this.#client = client;
    this.#key = `${prefix}:codes`;
  }

  static async connect(url: string, prefix = 'samrad'): Promise<RedisDirectory> {
    const client = newClient(url);
    client.on('error', (error: Error) => logger.warn('redis_error', { error: error.message }));
    await client.connect();
    return new RedisDirectory(client, prefix);
  }

  async claim(code: string, workshopId: string): Promise<boolean> {
    if (await this.#client.hSetNX(this.#key, code, workshopId)) return true;
    return (await this.#client.hGet(this.#key, code)) === workshopId;
  }

  async lookup(code: string): Promise<string | undefined> {
    return (await this.#client.hGet(this.#key, code)) ?? undefined;
  }

  async remove(code: string, workshopId: string): Promise<void> {
    // A code is only claimed while free, so while it names this workshop no one else can take it.
    if ((await this.#client.hGet(this.#key, code)) === workshopId) await this.#client.hDel(this.#key, code);
  }

  async close(): Promise<void> {
    await this.#client.close().catch(() => this.#client.destroy());
  }
}
