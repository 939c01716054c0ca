/**
 * Built answers kept per version of what they were built from (a workshop's `seq`, or the
 * seqs of a series' members): asking again for an unchanged workshop costs a lookup, not
 * a rebuild. Bounded in entries and bytes, least recently used first out, so a caller who
 * makes many versions cannot grow it without end.
 */
export class VersionCache<V> {
  readonly #entries = new Map<string, { version: string; value: V; bytes: number }>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  readonly #sizeOf: (value: V) => number;
  #bytes = 0;

  constructor({ maxEntries, maxBytes = Infinity, sizeOf = () => 0 }: { maxEntries: number; maxBytes?: number; sizeOf?: (value: V) => number }) {
    this.#maxEntries = maxEntries;
    this.#maxBytes = maxBytes;
    this.#sizeOf = sizeOf;
  }

  /** The value for `key` at `version`: the kept one when the version matches, else a fresh `build()`. */
  async get(key: string, version: string, build: () => V | Promise<V>): Promise<V> {
    const kept = this.#entries.get(key);
    if (kept && kept.version === version) {
      // Most recently used goes last.
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept.value;
    }
    const value = await build();
    this.#set(key, version, value);
    return value;
  }

  /** Forgets everything kept under `key` (e.g. a series whose members changed). */
  delete(key: string): void {
    const kept = this.#entries.get(key);
    if (!kept) return;
    this.#bytes -= kept.bytes;
    this.#entries.delete(key);
  }

  /** Forgets every key the predicate picks (e.g. of workshops deleted since). */
  deleteWhere(predicate: (key: string) => boolean): void {
    for (const key of [...this.#entries.keys()]) if (predicate(key)) this.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }

  #set(key: string, version: string, value: V): void {
    this.delete(key);
    const bytes = this.#sizeOf(value);
    if (bytes > this.#maxBytes) return;
    this.#entries.set(key, { version, value, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
      this.#bytes -= entry.bytes;
      this.#entries.delete(oldest);
    }
  }
}
