import { createClient } from 'redis';
import { logger } from '../logger.js';
import { newestFirst, parseStoredTemplate, TEMPLATE_ID, type SavedTemplate, type TemplateStore, type TemplateSummary } from './template-store.js';

const newClient = (url: string) => createClient({ url });

/** Saved templates in Redis: one hash (`samrad:templates`), id → JSON, shared by every process. */
export class RedisTemplates implements TemplateStore {
  readonly #client: ReturnType<typeof newClient>;
  readonly #key: string;

  private constructor(client: ReturnType<typeof newClient>, prefix: string) {
    this.#client = client;
    this.#key = `${prefix}:templates`;
  }

  static async connect(url: string, prefix = 'samrad'): Promise<RedisTemplates> {
    const client = newClient(url);
    client.on('error', (error: Error) => logger.warn('redis_error', { error: error.message }));
    await client.connect();
    return new RedisTemplates(client, prefix);
  }

  async list(): Promise<TemplateSummary[]> {
    const all = await this.#client.hGetAll(this.#key);
    const found = Object.entries(all).map(([id, text]) => this.#parse(id, text));
    return found.flatMap((t) => (t ? [{ id: t.id, name: t.name, savedAt: t.savedAt, shared: t.shared }] : [])).sort(newestFirst);
  }

  async get(id: string): Promise<SavedTemplate | undefined> {
    if (!TEMPLATE_ID.test(id)) return undefined;
    const text = await this.#client.hGet(this.#key, id);
    return text ? this.#parse(id, text) : undefined;
  }

  async save(template: SavedTemplate): Promise<void> {
    if (!TEMPLATE_ID.test(template.id)) throw new Error('Invalid template id');
    await this.#client.hSet(this.#key, template.id, JSON.stringify(template));
  }

  async delete(id: string): Promise<void> {
    await this.#client.hDel(this.#key, id);
  }

  async close(): Promise<void> {
    await this.#client.close().catch(() => this.#client.destroy());
  }

  #parse(id: string, text: string): SavedTemplate | undefined {
    const template = parseStoredTemplate(text);
    if (template && template.id === id) return template;
    logger.warn('template_unreadable', { id });
    return undefined;
  }
}
