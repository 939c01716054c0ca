import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFile, syncDirectory } from './durable-file.js';
import { logger } from './logger.js';

export interface JsonFileDirOptions<T extends { id: string }> {
  /** The folder, e.g. DATA_DIR/templates. */
  dir: string;
  /** Valid ids; anything else is never turned into a path. */
  idPattern: RegExp;
  /** Parses and validates one stored file; undefined when it is not a valid record. */
  parse: (text: string) => T | undefined;
  /** The log event for a file that cannot be read as a record. */
  unreadableEvent: string;
}

/**
 * Small records kept one JSON file each (<dir>/<id>.json). A write goes to a temporary
 * file, is made durable and renamed over the old one, so a crash leaves either the old
 * record or the new one, never half of one.
 */
export class JsonFileDir<T extends { id: string }> {
  readonly #options: JsonFileDirOptions<T>;

  constructor(options: JsonFileDirOptions<T>) {
    this.#options = options;
  }

  #path(id: string): string {
    if (!this.#options.idPattern.test(id)) throw new Error('Invalid id');
    return join(this.#options.dir, `${id}.json`);
  }

  /** The ids of the records present (none when the folder does not exist yet). */
  async ids(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.#options.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)).filter((id) => this.#options.idPattern.test(id));
  }

  async read(id: string): Promise<T | undefined> {
    if (!this.#options.idPattern.test(id)) return undefined;
    let text: string;
    try {
      text = await readFile(this.#path(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const record = this.#options.parse(text);
    // A file renamed by hand must not answer for another id.
    if (!record || record.id !== id) {
      logger.warn(this.#options.unreadableEvent, { id });
      return undefined;
    }
    return record;
  }

  /** Removes a record for good (its name synced away too); nothing when there is none. */
  async delete(id: string): Promise<void> {
    if (!this.#options.idPattern.test(id)) return;
    await rm(this.#path(id), { force: true });
    await syncDirectory(this.#options.dir).catch(() => undefined);
  }

  async write(record: T): Promise<void> {
    const path = this.#path(record.id);
    await mkdir(this.#options.dir, { recursive: true });
    await replaceFile(path, JSON.stringify(record));
  }
}
