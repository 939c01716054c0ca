import { mkdir, open, readFile, rm, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFile, syncDirectory } from '../durable-file.js';
import { ERASED, type KeyStore, type KeyValue } from './key-store.js';
import { newKey } from './sealing.js';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

interface Line {
  n: string;
  k: string;
}

/** One workshop's keys: in memory, and a JSON-lines file that new keys are appended to. */
class KeyFile {
  readonly keys = new Map<string, KeyValue>();
  /** Writes run one after another: appends of new keys, and the rewrite of an erasure. */
  queue: Promise<void> = Promise.resolve();
  /** New keys waiting to be written together (one write and one fdatasync for a burst of joins). */
  pending: Array<{ line: string; done: () => void; failed: (error: Error) => void }> = [];
  constructor(readonly path: string) {}
}

/**
 * Keys for the file log: DATA_DIR/keys/<workshopId>.jsonl, one `{"n":name,"k":base64}` line a
 * key (or `"k":"erased"`). A new key is appended and made durable before the entry it seals
 * is written. An erasure rewrites the file without the erased key: written to a temporary
 * file, fsynced, renamed over the old one and the folder fsynced, so after a crash the file
 * holds either the old keys or the new ones, and the old file's name no longer leads to them.
 * A torn last line (a crash while appending) is ignored: the entry its key was for was never
 * written.
 */
export class FileKeys implements KeyStore {
  readonly #dir: string;
  readonly #files = new Map<string, Promise<KeyFile>>();
  /** The same files once read, for `cached` (which cannot wait). */
  readonly #loaded = new Map<string, KeyFile>();

  constructor(dataDir: string) {
    this.#dir = join(dataDir, 'keys');
  }

  #file(workshopId: string): Promise<KeyFile> {
    if (!ID.test(workshopId)) return Promise.reject(new Error('Invalid workshop id'));
    let file = this.#files.get(workshopId);
    if (!file) {
      file = this.#read(join(this.#dir, `${workshopId}.jsonl`));
      this.#files.set(workshopId, file);
      void file.then((loaded) => this.#files.get(workshopId) === file && this.#loaded.set(workshopId, loaded), () => undefined);
      file.catch(() => this.#files.delete(workshopId));
    }
    return file;
  }

  async #read(path: string): Promise<KeyFile> {
    const file = new KeyFile(path);
    let text = '';
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    // A torn last line (a crash while appending) is cut off, as the log does, so that the
    // next key appended starts a line of its own.
    if (text && !text.endsWith('\n')) {
      text = text.slice(0, text.lastIndexOf('\n') + 1);
      await truncate(path, Buffer.byteLength(text));
    }
    for (const raw of text.split('\n')) {
      let line: Line;
      try {
        line = JSON.parse(raw) as Line;
      } catch {
        continue; // the empty end
      }
      if (typeof line?.n === 'string' && typeof line.k === 'string') file.keys.set(line.n, line.k === ERASED ? ERASED : Buffer.from(line.k, 'base64'));
    }
    return file;
  }

  async load(workshopId: string): Promise<void> {
    this.#loaded.set(workshopId, await this.#file(workshopId));
  }

  cached(workshopId: string, name: string): KeyValue | undefined {
    // Loaded before use (load / keyOf); a workshop not loaded here has no keys in memory.
    return this.#loaded.get(workshopId)?.keys.get(name);
  }

  async keyOf(workshopId: string, participantId: string): Promise<KeyValue> {
    const file = await this.#file(workshopId);
    const known = file.keys.get(participantId);
    if (known) return known;
    const key = newKey();
    file.keys.set(participantId, key);
    try {
      await this.#append(file, JSON.stringify({ n: participantId, k: key.toString('base64') }) + '\n');
    } catch (error) {
      if (file.keys.get(participantId) === key) file.keys.delete(participantId);
      throw error;
    }
    return key;
  }

  #append(file: KeyFile, line: string): Promise<void> {
    return new Promise((done, failed) => {
      file.pending.push({ line, done, failed });
      if (file.pending.length > 1) return; // joins the batch already queued
      file.queue = file.queue.then(async () => {
        const batch = file.pending.splice(0);
        try {
          await mkdir(this.#dir, { recursive: true, mode: 0o700 });
          const handle = await open(file.path, 'a', 0o600);
          try {
            await handle.write(batch.map((p) => p.line).join(''));
            await handle.datasync();
          } finally {
            await handle.close();
          }
          for (const p of batch) p.done();
        } catch (error) {
          for (const p of batch) p.failed(error as Error);
        }
      });
    });
  }

  async erase(workshopId: string, participantId: string, keep: (master: Buffer) => Array<[string, Buffer]>): Promise<void> {
    const file = await this.#file(workshopId);
    const master = file.keys.get(participantId);
    if (master === ERASED) return;
    for (const [label, key] of master ? keep(master) : []) file.keys.set(`${participantId}/${label}`, key);
    file.keys.set(participantId, ERASED);
    const done = file.queue.then(() => this.#rewrite(file));
    file.queue = done.catch(() => undefined);
    await done;
  }

  async #rewrite(file: KeyFile): Promise<void> {
    await mkdir(this.#dir, { recursive: true, mode: 0o700 });
    const lines = [...file.keys].map(([n, k]) => JSON.stringify({ n, k: k === ERASED ? ERASED : k.toString('base64') }) + '\n');
    await replaceFile(file.path, lines.join(''));
  }

  async deleteWorkshop(workshopId: string): Promise<void> {
    if (!ID.test(workshopId)) return;
    const file = await this.#files.get(workshopId)?.catch(() => undefined);
    this.#files.delete(workshopId);
    this.#loaded.delete(workshopId);
    if (file) await file.queue;
    await rm(join(this.#dir, `${workshopId}.jsonl`), { force: true });
    await syncDirectory(this.#dir).catch(() => undefined);
  }

  async close(): Promise<void> {
    for (const file of this.#files.values()) await (await file.catch(() => undefined))?.queue;
  }
}
