import { createClient } from 'redis';
import { logger } from '../logger.js';

/**
 * Tells every process serving workshops that one was deleted, so each unloads it and
 * tells its own sockets. One process has only itself to tell; with Redis the notice goes
 * over a pub/sub channel, which also reaches the process that sent it.
 */
export interface DeletionNotices {
  publish(workshopId: string): Promise<void>;
  onDeleted(listener: (workshopId: string) => void): void;
  close(): Promise<void>;
}

export class LocalDeletionNotices implements DeletionNotices {
  readonly #listeners: Array<(workshopId: string) => void> = [];

  async publish(workshopId: string): Promise<void> {
    for (const listener of this.#listeners) listener(workshopId);
  }

  onDeleted(listener: (workshopId: string) => void): void {
    this.#listeners.push(listener);
  }

  async close(): Promise<void> {}
}

const newClient = (url: string) => createClient({ url });
type Client = ReturnType<typeof newClient>;

/** The ids of deleted workshops on one Redis channel (no personal data: ids only). */
export class RedisDeletionNotices implements DeletionNotices {
  readonly #publisher: Client;
  readonly #subscriber: Client;
  readonly #channel: string;
  readonly #listeners: Array<(workshopId: string) => void> = [];

  private constructor(publisher: Client, subscriber: Client, channel: string) {
    this.#publisher = publisher;
    this.#subscriber = subscriber;
    this.#channel = channel;
  }

  static async connect(url: string, prefix = 'samrad'): Promise<RedisDeletionNotices> {
    const publisher = newClient(url);
    const subscriber = publisher.duplicate();
    for (const client of [publisher, subscriber]) client.on('error', (error: Error) => logger.warn('redis_notice_error', { error: error.message }));
    await Promise.all([publisher.connect(), subscriber.connect()]);
    const notices = new RedisDeletionNotices(publisher, subscriber, `${prefix}:workshop-deleted`);
    await subscriber.subscribe(notices.#channel, (workshopId) => {
      for (const listener of notices.#listeners) listener(workshopId);
    });
    return notices;
  }

  async publish(workshopId: string): Promise<void> {
    await this.#publisher.publish(this.#channel, workshopId);
  }

  onDeleted(listener: (workshopId: string) => void): void {
    this.#listeners.push(listener);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.#publisher.close(), this.#subscriber.close()]);
  }
}
