import { createHash } from 'node:crypto';
import { createClient } from 'redis';
import type { EntryDraft, LogEntry } from '../../src/lib/domain/types.js';
import { logger } from '../logger.js';
import { deliverSafely, LogUnavailableError, WorkshopGoneError, type SubscriptionFailure, type WorkshopLog } from './workshop-log.js';

const newClient = (url: string) => createClient({ url });
type Client = ReturnType<typeof newClient>;

/**
 * Appends atomically: the next seq comes from a counter and becomes the stream entry's
 * id (`0-<seq>`), so stream order and seq are one and the same, for every process. A
 * deleted workshop leaves a tombstone (KEYS[4]) for a while, so that a command still in
 * flight in some process cannot start its log again.
 */
const APPEND = `
if redis.call('EXISTS', KEYS[4]) == 1 then return redis.error_reply('SAMRAD_GONE') end
local seq = redis.call('INCR', KEYS[2])
redis.call('XADD', KEYS[1], '0-' .. seq, 'e', ARGV[1])
if seq == 1 then redis.call('SADD', KEYS[3], ARGV[2]) end
return seq`;

/** How long a deleted workshop refuses appends: far longer than any command is in flight. */
const TOMBSTONE_SECONDS = 7 * 24 * 60 * 60;

const APPEND_SHA = createHash('sha1').update(APPEND).digest('hex');

const seqOf = (streamId: string) => Number(streamId.slice(streamId.indexOf('-') + 1));

/**
 * The distributed log: one Redis Stream per workshop. Any process may append; every
 * process that serves a workshop tails its stream (a blocking XREAD on a connection of its
 * own) and applies the entries in stream order. Durability is Redis's: with
 * `appendfsync always` an acknowledged XADD is on disk; see docs/architecture.md.
 */
export class RedisLog implements WorkshopLog {
  readonly #client: Client;
  readonly #prefix: string;
  readonly #tails = new Set<{ stop(): void }>();
  #closed = false;

  private constructor(client: Client, prefix: string) {
    this.#client = client;
    this.#prefix = prefix;
  }

  static async connect(url: string, prefix = 'samrad'): Promise<RedisLog> {
    const client = newClient(url);
    client.on('error', (error: Error) => logger.warn('redis_error', { error: error.message }));
    await client.connect();
    return new RedisLog(client, prefix);
  }

  #keys(workshopId: string) {
    // One hash tag per workshop keeps a workshop's keys in one cluster slot.
    return {
      stream: `${this.#prefix}:{${workshopId}}:log`,
      seq: `${this.#prefix}:{${workshopId}}:seq`,
      deleted: `${this.#prefix}:{${workshopId}}:deleted`,
      all: `${this.#prefix}:workshops`
    };
  }

  async list(): Promise<string[]> {
    return (await this.#client.sMembers(this.#keys('').all)).sort();
  }

  async read(workshopId: string, afterSeq = 0): Promise<LogEntry[]> {
    const rows = await this.#client.xRange(this.#keys(workshopId).stream, `(0-${afterSeq}`, '+');
    return (rows ?? []).flatMap((row) => (row ? [this.#entry(row.id, row.message as Record<string, string>)] : []));
  }

  #entry(id: string, message: Record<string, string>): LogEntry {
    const draft = JSON.parse(message.e ?? '{}') as EntryDraft;
    return { seq: seqOf(id), at: draft.at, actor: draft.actor, commandId: draft.commandId, command: draft.command };
  }

  async append(workshopId: string, draft: EntryDraft): Promise<LogEntry> {
    if (this.#closed) throw new LogUnavailableError('The log is closed');
    const keys = this.#keys(workshopId);
    const entry = { at: draft.at, actor: draft.actor, commandId: draft.commandId, command: draft.command };
    const options = { keys: [keys.stream, keys.seq, keys.all, keys.deleted], arguments: [JSON.stringify(entry), workshopId] };
    try {
      // EVALSHA sends 40 bytes instead of the script; EVAL once when Redis has not seen it.
      const seq = await this.#client.evalSha(APPEND_SHA, options).catch((error: Error) => {
        if (!String(error?.message).startsWith('NOSCRIPT')) throw error;
        return this.#client.eval(APPEND, options);
      });
      return { seq: Number(seq), ...entry };
    } catch (error) {
      if (String((error as Error)?.message).includes('SAMRAD_GONE')) throw new WorkshopGoneError(workshopId);
      throw new LogUnavailableError('Appending to Redis failed', { cause: error });
    }
  }

  async lastSeq(workshopId: string): Promise<number> {
    // The counter and the stream move together in one script: the counter is the last entry's seq.
    return Number((await this.#client.get(this.#keys(workshopId).seq)) ?? 0);
  }

  async lastActivity(workshopId: string): Promise<number | undefined> {
    const [last] = (await this.#client.xRevRange(this.#keys(workshopId).stream, '+', '-', { COUNT: 1 })) ?? [];
    return last ? this.#entry(last.id, last.message as Record<string, string>).at : undefined;
  }

  async delete(workshopId: string): Promise<void> {
    const keys = this.#keys(workshopId);
    // The tombstone first, so no append can slip in between; it holds the id only.
    await this.#client.set(keys.deleted, '1', { EX: TOMBSTONE_SECONDS });
    // The stream and its counter share a slot with the tombstone; the list of workshops is apart.
    await this.#client.del([keys.stream, keys.seq]);
    await this.#client.sRem(keys.all, workshopId);
  }

  subscribe(workshopId: string, afterSeq: number, listener: (entry: LogEntry) => void, onFailure?: SubscriptionFailure): () => void {
    const stream = this.#keys(workshopId).stream;
    // A blocking read may wait as long as the workshop is quiet: no command timeout here.
    const reader = this.#client.duplicate({ commandOptions: { timeout: 0 } });
    reader.on('error', () => {}); // reported by the loop below
    let stopped = false;
    let next = afterSeq;
    const tail = {
      stop: () => {
        stopped = true;
        reader.destroy();
      }
    };
    this.#tails.add(tail);
    const loop = async () => {
      let backoff = 50;
      while (!stopped) {
        try {
          if (!reader.isOpen) await reader.connect();
          const reply = await reader.xRead({ key: stream, id: `0-${next}` }, { BLOCK: 0, COUNT: 1000 });
          backoff = 50;
          for (const { messages } of (reply as Array<{ messages: Array<{ id: string; message: Record<string, string> }> }> | null) ?? []) {
            for (const { id, message } of messages) {
              const entry = this.#entry(id, message);
              if (entry.seq <= next) continue;
              next = entry.seq;
              if (!deliverSafely(listener, entry, onFailure)) {
                tail.stop();
                this.#tails.delete(tail);
                return;
              }
            }
          }
        } catch (error) {
          if (stopped) return;
          logger.warn('redis_tail_retry', { workshopId, error: (error as Error).message });
          await new Promise((r) => setTimeout(r, backoff));
          backoff = Math.min(backoff * 2, 2_000);
        }
      }
    };
    void loop();
    return () => {
      tail.stop();
      this.#tails.delete(tail);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const tail of this.#tails) tail.stop();
    this.#tails.clear();
    await this.#client.close().catch(() => this.#client.destroy());
  }
}
