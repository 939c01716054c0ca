import { createClient } from 'redis';
import { logger } from '../logger.js';
import { ERASED, type KeyStore, type KeyValue } from './key-store.js';
import { newKey } from './sealing.js';

const newClient = (url: string) => createClient({ url });
type Client = ReturnType<typeof newClient>;

/** Sets the key unless there is one (or a tombstone); answers what is there now. */
const KEY_OF = `
redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
return redis.call('HGET', KEYS[1], ARGV[1])`;

/** Tombstones a participant's key and stores the derived keys kept, in one step; 0 if already erased. */
const ERASE = `
local master = redis.call('HGET', KEYS[1], ARGV[1])
if master == '${ERASED}' then return 0 end
for i = 2, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('HSET', KEYS[1], ARGV[1], '${ERASED}')
return 1`;

/** How soon after an erasure Redis is asked to rewrite its append-only file (and snapshot). */
export const REWRITE_AFTER_MS = 10_000;

const decode = (value: string): KeyValue => (value === ERASED ? ERASED : Buffer.from(value, 'base64'));

/**
 * Keys in Redis: one hash per workshop (`samrad:{id}:keys`, in the slot of its log), shared
 * by every process. A process keeps what it has read in memory; a name missing there is
 * asked for again (another process may have made it since).
 *
 * Redis's own files keep what was deleted until they are rewritten: the append-only file
 * holds every command since its last rewrite, an RDB snapshot what was there when it was
 * taken. So after an erasure this store asks Redis, within REWRITE_AFTER_MS, to rewrite the
 * append-only file (BGREWRITEAOF, when AOF is on) and to take a new snapshot (BGSAVE, when
 * snapshots are configured); docs/data-protection.md says what the operator must do where
 * those commands are not allowed.
 */
export class RedisKeys implements KeyStore {
  readonly #client: Client;
  readonly #prefix: string;
  readonly #cache = new Map<string, Map<string, KeyValue>>();
  readonly #rewriteAfterMs: number;
  #rewrite: NodeJS.Timeout | undefined;
  /** The last rewrite asked for, for tests and the operator's log. */
  rewritten: Promise<void> = Promise.resolve();

  private constructor(client: Client, prefix: string, rewriteAfterMs: number) {
    this.#client = client;
    this.#prefix = prefix;
    this.#rewriteAfterMs = rewriteAfterMs;
  }

  static async connect(url: string, options: { prefix?: string; rewriteAfterMs?: number } = {}): Promise<RedisKeys> {
    const client = newClient(url);
    client.on('error', (error: Error) => logger.warn('redis_error', { error: error.message }));
    await client.connect();
    return new RedisKeys(client, options.prefix ?? 'samrad', options.rewriteAfterMs ?? REWRITE_AFTER_MS);
  }

  #hash(workshopId: string): string {
    return `${this.#prefix}:{${workshopId}}:keys`;
  }

  #memory(workshopId: string): Map<string, KeyValue> {
    let memory = this.#cache.get(workshopId);
    if (!memory) this.#cache.set(workshopId, (memory = new Map()));
    return memory;
  }

  async load(workshopId: string, names: readonly string[]): Promise<void> {
    const memory = this.#memory(workshopId);
    const missing = [...new Set(names)].filter((name) => !memory.has(name));
    if (missing.length === 0) return;
    const values = await this.#client.hmGet(this.#hash(workshopId), missing);
    missing.forEach((name, i) => {
      const value = values[i];
      if (typeof value === 'string') memory.set(name, decode(value));
    });
  }

  cached(workshopId: string, name: string): KeyValue | undefined {
    return this.#cache.get(workshopId)?.get(name);
  }

  async keyOf(workshopId: string, participantId: string): Promise<KeyValue> {
    const memory = this.#memory(workshopId);
    const known = memory.get(participantId);
    if (known) return known;
    const stored = String(await this.#client.eval(KEY_OF, { keys: [this.#hash(workshopId)], arguments: [participantId, newKey().toString('base64')] }));
    const value = decode(stored);
    memory.set(participantId, value);
    return value;
  }

  async erase(workshopId: string, participantId: string, keep: (master: Buffer) => Array<[string, Buffer]>): Promise<void> {
    const memory = this.#memory(workshopId);
    await this.load(workshopId, [participantId]);
    const master = memory.get(participantId);
    if (master === ERASED) return;
    const kept = master ? keep(master) : [];
    const args = [participantId, ...kept.flatMap(([label, key]) => [`${participantId}/${label}`, key.toString('base64')])];
    const erased = Number(await this.#client.eval(ERASE, { keys: [this.#hash(workshopId)], arguments: args }));
    for (const [label, key] of kept) memory.set(`${participantId}/${label}`, key);
    memory.set(participantId, ERASED);
    if (erased === 1) this.#scheduleRewrite();
  }

  #scheduleRewrite(): void {
    if (this.#rewrite) return;
    this.#rewrite = setTimeout(() => {
      this.#rewrite = undefined;
      this.rewritten = this.rewriteFiles().catch((error: Error) => logger.warn('redis_rewrite_failed', { error: error.message }));
    }, this.#rewriteAfterMs);
    this.#rewrite.unref();
  }

  /** Asks Redis to rewrite its files without what was deleted: the AOF when on, a snapshot when configured. */
  async rewriteFiles(): Promise<void> {
    const persistence = await this.#client.info('persistence');
    if (/aof_enabled:1/.test(persistence)) await this.#client.bgRewriteAof();
    const save = await this.#client.configGet('save').catch(() => ({}) as Record<string, string>);
    if (save.save?.trim()) await this.#client.sendCommand(['BGSAVE', 'SCHEDULE']);
    logger.info('redis_rewrite_asked', {});
  }

  async deleteWorkshop(workshopId: string): Promise<void> {
    this.#cache.delete(workshopId);
    await this.#client.del(this.#hash(workshopId));
  }

  async close(): Promise<void> {
    // A rewrite still waiting is asked for now, not lost with the process.
    if (this.#rewrite) {
      clearTimeout(this.#rewrite);
      this.#rewrite = undefined;
      await this.rewriteFiles().catch((error: Error) => logger.warn('redis_rewrite_failed', { error: error.message }));
    }
    await this.#client.close().catch(() => this.#client.destroy());
  }
}
