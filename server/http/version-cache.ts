import { LRUCache } from 'lru-cache';

interface Kept<V> {
  version: string;
  value: V;
}

/**
 * Built answers kept per version of what they were built from (a workshop's `seq`, or the
 * seqs of a series' members): asking again for an unchanged workshop costs a lookup, not
 * a rebuild. Bounded in entries and bytes, least recently used first out (lru-cache), so a
 * caller who makes many versions cannot grow it without end. While a build runs, everyone
 * who asks for the same key and version waits for that build: a hundred requests at once
 * for a big export cost one build, not a hundred.
 */
export class VersionCache<V> {
  readonly #kept: LRUCache<string, Kept<V>>;
  readonly #building = new Map<string, Promise<V>>();

  constructor({ maxEntries, maxBytes, sizeOf }: { maxEntries: number; maxBytes?: number; sizeOf?: (value: V) => number }) {
    this.#kept =
      maxBytes === undefined
        ? new LRUCache({ max: maxEntries })
        : // A value over maxBytes is not kept at all (lru-cache's maxEntrySize defaults to maxSize).
          new LRUCache({ max: maxEntries, maxSize: maxBytes, sizeCalculation: (kept) => Math.max(1, sizeOf?.(kept.value) ?? 0) });
  }

  /** The value for `key` at `version`: the kept one when the version matches, the running build's, else a fresh `build()`. */
  get(key: string, version: string, build: () => V | Promise<V>): Promise<V> {
    const kept = this.#kept.get(key);
    if (kept && kept.version === version) return Promise.resolve(kept.value);
    const building = JSON.stringify([key, version]);
    const running = this.#building.get(building);
    if (running) return running;
    const started = (async () => build())().then(
      (value) => {
        this.#building.delete(building);
        this.#kept.set(key, { version, value });
        return value;
      },
      (error: unknown) => {
        this.#building.delete(building);
        throw error;
      }
    );
    this.#building.set(building, started);
    return started;
  }

  /** Forgets everything kept under `key` (e.g. a series whose members changed). */
  delete(key: string): void {
    this.#kept.delete(key);
  }

  /** Forgets every key the predicate picks (e.g. of workshops deleted since). */
  deleteWhere(predicate: (key: string) => boolean): void {
    for (const key of [...this.#kept.keys()]) if (predicate(key)) this.#kept.delete(key);
  }

  get size(): number {
    return this.#kept.size;
  }
}
