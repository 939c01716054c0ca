/**
 * Where the participants' keys live, apart from the log: a small file per workshop in
 * DATA_DIR/keys (file-keys.ts) or a Redis hash per workshop (redis-keys.ts). Names are a
 * participant's id (their key) or `<participantId>/<label>` (one derived key kept after
 * their erasure: the words of a post others' duplicates were merged into, which stays).
 *
 * Erasing a participant replaces their key with a tombstone, so no new key is ever made
 * for them, and is durable when it resolves: afterwards the store holds nothing that opens
 * their sealed fields, in memory or on disk (the file is rewritten, not appended to).
 */
export const ERASED = 'erased';
export type KeyValue = Buffer | typeof ERASED;

export interface KeyStore {
  /** Makes sure the names are in memory (what the store holds of them) before `cached` is asked. */
  load(workshopId: string, names: readonly string[]): Promise<void>;
  /** What the store held for a name when last loaded (undefined: nothing). */
  cached(workshopId: string, name: string): KeyValue | undefined;
  /** The participant's key, made and stored durably first if they have none; ERASED after their erasure. */
  keyOf(workshopId: string, participantId: string): Promise<KeyValue>;
  /**
   * Erases a participant's key, keeping the given derived keys (by label); nothing happens
   * when it is already erased. Resolves once durable.
   */
  erase(workshopId: string, participantId: string, keep: (master: Buffer) => Array<[label: string, key: Buffer]>): Promise<void>;
  /** A deleted workshop's keys go with it. */
  deleteWorkshop(workshopId: string): Promise<void>;
  close(): Promise<void>;
}
