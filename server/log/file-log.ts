import { mkdir, open, readdir, readFile, rm, truncate, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntryDraft, LogEntry } from '../../src/lib/domain/types.js';
import { syncDirectory } from '../durable-file.js';
import { deliverSafely, LogUnavailableError, WorkshopGoneError, type SubscriptionFailure, type WorkshopLog } from './workshop-log.js';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Group commit window under load (see LogFile.lastCommitAt). */
const COMMIT_WINDOW_MS = 1;
const BUSY_WITHIN_MS = 5;

interface Pending {
  entry: LogEntry;
  resolve: (entry: LogEntry) => void;
  reject: (error: Error) => void;
}

interface Subscription {
  next: number;
  listener: (entry: LogEntry) => void;
  onFailure: SubscriptionFailure | undefined;
  catchingUp: boolean;
  queued: LogEntry[];
  /** Its listener threw: it gets nothing more. */
  ended: boolean;
}

/** One workshop's file: an append-only JSON-lines log with group commit. */
class LogFile {
  seq = 0;
  durableSeq = 0;
  pending: Pending[] = [];
  flushing = false;
  /** When the last group commit finished (performance.now()), to tell a busy log from a quiet one. */
  lastCommitAt = -Infinity;
  /** The running group commit, if any. */
  flushed: Promise<void> = Promise.resolve();
  failed: Error | undefined;
  constructor(readonly handle: FileHandle) {}
}

/**
 * The embedded log: one append-only JSON-lines file per workshop under DATA_DIR/workshops.
 * Appends that arrive while a write is in flight are written together and made durable
 * with one fdatasync (group commit); nobody is acknowledged before that returns. On open,
 * a torn last line (a crash mid-write, never acknowledged) is cut off.
 */
export class FileLog implements WorkshopLog {
  readonly #dir: string;
  readonly #files = new Map<string, Promise<LogFile>>();
  readonly #subscriptions = new Map<string, Set<Subscription>>();
  /** Workshops deleted while this process ran: appends to them are refused at once. */
  readonly #gone = new Set<string>();
  #closed = false;

  /** `folder`: where under DATA_DIR the logs go (`workshops`; the agreements' logs use their own). */
  constructor(dataDir: string, folder = 'workshops') {
    this.#dir = join(dataDir, folder);
  }

  #path(workshopId: string): string {
    if (!ID.test(workshopId)) throw new LogUnavailableError(`Invalid workshop id`);
    return join(this.#dir, `${workshopId}.jsonl`);
  }

  async list(): Promise<string[]> {
    await mkdir(this.#dir, { recursive: true });
    const names = await readdir(this.#dir);
    return names.filter((n) => n.endsWith('.jsonl')).map((n) => n.slice(0, -'.jsonl'.length)).sort();
  }

  async read(workshopId: string, afterSeq = 0): Promise<LogEntry[]> {
    const open = this.#files.get(workshopId);
    if (open) await open; // a torn tail is cut before anyone reads
    const { entries } = await this.#readFile(workshopId);
    // Only what is durable: entries written but still waiting for fdatasync are not returned.
    const file = open ? await open : undefined;
    const limit = file ? file.durableSeq : Infinity;
    return entries.filter((e) => e.seq > afterSeq && e.seq <= limit);
  }

  async #readFile(workshopId: string): Promise<{ entries: LogEntry[]; goodBytes: number; totalBytes: number }> {
    let buffer: Buffer;
    try {
      buffer = await readFile(this.#path(workshopId));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], goodBytes: 0, totalBytes: 0 };
      throw error;
    }
    const entries: LogEntry[] = [];
    let offset = 0;
    while (offset < buffer.length) {
      const end = buffer.indexOf(0x0a, offset);
      if (end === -1) break; // torn tail: written without its newline, so never acknowledged
      const line = buffer.subarray(offset, end).toString('utf8');
      let entry: LogEntry;
      try {
        entry = JSON.parse(line) as LogEntry;
      } catch (error) {
        if (end === buffer.length - 1) break; // a torn last line
        throw new LogUnavailableError(`Corrupt log line in ${workshopId} at byte ${offset}`, { cause: error });
      }
      if (entry.seq !== entries.length + 1) throw new LogUnavailableError(`Out-of-order seq in ${workshopId} at byte ${offset}`);
      entries.push(entry);
      offset = end + 1;
    }
    return { entries, goodBytes: offset, totalBytes: buffer.length };
  }

  #file(workshopId: string): Promise<LogFile> {
    let file = this.#files.get(workshopId);
    if (!file) {
      file = this.#open(workshopId);
      this.#files.set(workshopId, file);
      file.catch(() => this.#files.delete(workshopId));
    }
    return file;
  }

  async #open(workshopId: string): Promise<LogFile> {
    await mkdir(this.#dir, { recursive: true });
    const path = this.#path(workshopId);
    const { entries, goodBytes, totalBytes } = await this.#readFile(workshopId);
    if (goodBytes < totalBytes) await truncate(path, goodBytes);
    const created = totalBytes === 0;
    const file = new LogFile(await open(path, 'a'));
    file.seq = file.durableSeq = entries.length;
    if (created) await this.#syncDirectory(); // so the new file's name survives a crash too
    return file;
  }

  #syncDirectory(): Promise<void> {
    return syncDirectory(this.#dir);
  }

  async append(workshopId: string, draft: EntryDraft): Promise<LogEntry> {
    if (this.#closed) throw new LogUnavailableError('The log is closed');
    // A command still in flight for a deleted workshop must not start its log again.
    if (this.#gone.has(workshopId)) throw new WorkshopGoneError(workshopId);
    const file = await this.#file(workshopId);
    if (this.#gone.has(workshopId)) throw new WorkshopGoneError(workshopId); // deleted while the file was opening
    if (file.failed) throw new LogUnavailableError('The log file cannot be written', { cause: file.failed });
    const entry: LogEntry = { seq: ++file.seq, at: draft.at, actor: draft.actor, commandId: draft.commandId, command: draft.command };
    return new Promise<LogEntry>((resolve, reject) => {
      file.pending.push({ entry, resolve, reject });
      if (!file.flushing) {
        file.flushing = true;
        // A quiet log writes at once (after this turn's I/O callbacks, so commands read in
        // the same turn join the batch). A busy one — the last commit ended moments ago —
        // waits COMMIT_WINDOW_MS for more entries: one fdatasync for many votes instead of
        // one per vote, for at most that much more acknowledgement latency.
        const busy = performance.now() - file.lastCommitAt < BUSY_WITHIN_MS;
        const wait = (resolve: () => void) => (busy ? setTimeout(resolve, COMMIT_WINDOW_MS) : setImmediate(resolve));
        file.flushed = new Promise<void>(wait).then(() => this.#flush(workshopId, file));
      }
    });
  }

  async #flush(workshopId: string, file: LogFile): Promise<void> {
    try {
      await this.#commitPending(workshopId, file);
    } finally {
      // Whatever happened, the next append starts a new commit instead of waiting for this one.
      file.flushing = false;
    }
  }

  async #commitPending(workshopId: string, file: LogFile): Promise<void> {
    while (file.pending.length > 0) {
      const batch = file.pending.splice(0);
      try {
        await file.handle.write(batch.map((p) => JSON.stringify(p.entry) + '\n').join(''));
        await file.handle.datasync();
      } catch (error) {
        // What was written may be torn: refuse further appends until a restart re-reads the file.
        file.failed = error as Error;
        const failure = new LogUnavailableError('Writing the log failed', { cause: error });
        for (const p of [...batch, ...file.pending.splice(0)]) p.reject(failure);
        break;
      }
      for (const { entry } of batch) {
        file.durableSeq = entry.seq;
        this.#deliver(workshopId, entry);
      }
      for (const p of batch) p.resolve(p.entry);
      file.lastCommitAt = performance.now();
    }
  }

  subscribe(workshopId: string, afterSeq: number, listener: (entry: LogEntry) => void, onFailure?: SubscriptionFailure): () => void {
    const sub: Subscription = { next: afterSeq + 1, listener, onFailure, catchingUp: true, queued: [], ended: false };
    let subs = this.#subscriptions.get(workshopId);
    if (!subs) this.#subscriptions.set(workshopId, (subs = new Set()));
    subs.add(sub);
    // Catch up on what is already durable, then hand over to live delivery.
    void this.read(workshopId, afterSeq)
      .catch(() => [] as LogEntry[])
      .then((entries) => {
        for (const entry of entries) this.#deliverTo(sub, entry);
        sub.catchingUp = false;
        for (const entry of sub.queued.splice(0)) this.#deliverTo(sub, entry);
      });
    return () => subs.delete(sub);
  }

  #deliver(workshopId: string, entry: LogEntry): void {
    for (const sub of this.#subscriptions.get(workshopId) ?? []) {
      if (sub.catchingUp) sub.queued.push(entry);
      else this.#deliverTo(sub, entry);
    }
  }

  #deliverTo(sub: Subscription, entry: LogEntry): void {
    if (sub.ended || entry.seq < sub.next) return;
    sub.next = entry.seq + 1;
    if (!deliverSafely(sub.listener, entry, sub.onFailure)) {
      sub.ended = true;
      sub.queued.length = 0;
    }
  }

  async lastSeq(workshopId: string): Promise<number> {
    const open = this.#files.get(workshopId);
    if (open) return (await open).durableSeq;
    return (await this.#readFile(workshopId)).entries.length;
  }

  async lastActivity(workshopId: string): Promise<number | undefined> {
    return (await this.read(workshopId)).at(-1)?.at;
  }

  async delete(workshopId: string): Promise<void> {
    const path = this.#path(workshopId);
    this.#gone.add(workshopId);
    const open = this.#files.get(workshopId);
    this.#files.delete(workshopId);
    this.#subscriptions.delete(workshopId);
    const file = await open?.catch(() => undefined);
    if (file) {
      // Let a group commit in progress finish writing before the file goes.
      await file.flushed;
      await file.handle.close().catch(() => undefined);
    }
    await rm(path, { force: true });
    await this.#syncDirectory().catch(() => undefined);
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const filePromise of this.#files.values()) {
      const file = await filePromise.catch(() => undefined);
      if (!file) continue;
      await file.flushed;
      await file.handle.close().catch(() => undefined);
    }
    this.#files.clear();
    this.#subscriptions.clear();
  }
}
