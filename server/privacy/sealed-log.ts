import { actorKey } from '../../src/lib/domain/execute.js';
import type { EntryDraft, LogEntry } from '../../src/lib/domain/types.js';
import { deliverSafely, type SubscriptionFailure, type WorkshopLog } from '../log/workshop-log.js';
import { ERASED, type KeyStore } from './key-store.js';
import { deriveKey, newKey, openCommand, sealCommand, sealsAnything, type StoredCommand } from './sealing.js';

const PROFILE = 'profile';

/** Whose key seals an entry, and which of their keys: a profile, or one post's words. */
interface Target {
  subject: string;
  label: string;
}

/**
 * A log whose participants' personal fields are stored sealed (crypto-shredding; see
 * docs/architecture.md, "Erasure"). It wraps the file log or the Redis log and is itself a
 * WorkshopLog: everything above it sees entries as they were sent, or with stand-ins
 * (sealing.ts) where the participant has been erased.
 *
 * - A participant's profile, sign-up and evaluation comment are sealed under a key derived
 *   from their own key (`profile`); each post's words under a key derived for that post
 *   (`post:<commandId>`), and a facilitator's correction of that post under the same one.
 * - Erasing the participant (`forget`) tombstones their key and keeps only the derived keys
 *   of posts that stay (others' duplicates were merged into them): nothing that opens the
 *   rest is left, while the log itself stays append-only and untouched.
 */
export class SealedLog implements WorkshopLog {
  readonly #inner: WorkshopLog;
  readonly #keys: KeyStore;
  /** Per workshop: each participant's post (`p<seq>`) and the key its words are sealed under. */
  readonly #posts = new Map<string, Map<string, Target>>();
  /** Per workshop: each sealed join's participant id and the token hash it came with. */
  readonly #joins = new Map<string, Map<string, string>>();
  /** Per workshop: the last append still waiting for a key, which later appends wait behind. */
  readonly #turns = new Map<string, Promise<void>>();

  constructor(inner: WorkshopLog, keys: KeyStore) {
    this.#inner = inner;
    this.#keys = keys;
  }

  #target(workshopId: string, draft: EntryDraft): Target | undefined {
    const { actor, command } = draft;
    if (!sealsAnything(command.type)) return undefined;
    if (actor.role === 'participant') {
      return { subject: actor.participantId, label: command.type === 'post:create' ? `post:${draft.commandId}` : PROFILE };
    }
    // A facilitator's correction of a participant's post: sealed as the post is.
    if (command.type === 'post:edit') return this.#posts.get(workshopId)?.get(command.postId);
    return undefined;
  }

  #context = (workshopId: string, entry: Pick<EntryDraft, 'actor' | 'commandId' | 'command'>) =>
    `${workshopId}\n${actorKey(entry.actor)}\n${entry.commandId}\n${entry.command.type}`;

  /**
   * Appends reach the log in the order they were made (an import relies on it), even when
   * one must first wait for its key to be made: then the ones after it wait their turn.
   */
  append(workshopId: string, draft: EntryDraft): Promise<LogEntry> {
    const target = this.#target(workshopId, draft);
    const waiting = this.#turns.get(workshopId);
    const master = target && this.#keys.cached(workshopId, target.subject);
    if (!waiting && (!target || master instanceof Buffer)) return this.#write(workshopId, draft, target && master instanceof Buffer ? deriveKey(master, target.label) : undefined, target);
    let written: Promise<LogEntry> | undefined;
    // Keys are fetched (or made: one write and one fdatasync for a burst) at once; only the
    // appends themselves wait their turn.
    const key = target ? this.#sealingKey(workshopId, target) : Promise.resolve(undefined);
    const turn = Promise.all([key, waiting]).then(([sealingKey]) => {
      written = this.#write(workshopId, draft, sealingKey, target);
    });
    const settled = turn.catch(() => undefined);
    this.#turns.set(workshopId, settled);
    void settled.then(() => this.#turns.get(workshopId) === settled && this.#turns.delete(workshopId));
    return turn.then(() => written!);
  }

  async #sealingKey(workshopId: string, target: Target): Promise<Buffer> {
    const master = await this.#keys.keyOf(workshopId, target.subject);
    if (master !== ERASED) return deriveKey(master, target.label);
    // After an erasure the participant has no key: whatever they still send is sealed under
    // one that is never stored (it stands in as erased), not kept readable.
    const kept = `${target.subject}/${target.label}`;
    await this.#keys.load(workshopId, [kept]);
    const value = this.#keys.cached(workshopId, kept);
    return value instanceof Buffer ? value : newKey();
  }

  async #write(workshopId: string, draft: EntryDraft, key: Buffer | undefined, target: Target | undefined): Promise<LogEntry> {
    if (!key || !target) return this.#inner.append(workshopId, draft);
    const command = sealCommand(draft.command, key, this.#context(workshopId, draft), target.subject, target.label);
    const written = await this.#inner.append(workshopId, { ...draft, command });
    return { ...written, command: draft.command };
  }

  /**
   * Loads what opening these entries needs and is not in memory: each participant's key,
   * then, for those erased (or unknown), the derived keys kept for single posts.
   */
  async #loadKeys(workshopId: string, entries: readonly LogEntry[]): Promise<void> {
    const sealed = entries.flatMap(({ command }) => (command as StoredCommand).sealed ?? []);
    const missing = (name: string) => this.#keys.cached(workshopId, name) === undefined;
    const masters = [...new Set(sealed.map((s) => s.s))].filter(missing);
    if (masters.length > 0) await this.#keys.load(workshopId, masters);
    const derived = sealed.filter((s) => !(this.#keys.cached(workshopId, s.s) instanceof Buffer)).map((s) => `${s.s}/${s.l}`);
    if (derived.length > 0) await this.#keys.load(workshopId, derived.filter(missing));
  }

  /** Whether opening this entry needs a key that is not in memory. */
  #lacksKey(workshopId: string, entry: LogEntry): boolean {
    const sealed = (entry.command as StoredCommand).sealed;
    if (!sealed) return false;
    const master = this.#keys.cached(workshopId, sealed.s);
    return !(master instanceof Buffer) && this.#keys.cached(workshopId, `${sealed.s}/${sealed.l}`) === undefined;
  }

  /** Entries as they were sent (stand-ins where erased); keys must be loaded. */
  #open(workshopId: string, entry: LogEntry): LogEntry {
    const stored = entry.command as StoredCommand;
    const sealed = stored.sealed;
    if (!sealed) return entry;
    if (stored.type === 'participant:join') {
      let tokens = this.#joins.get(workshopId);
      if (!tokens) this.#joins.set(workshopId, (tokens = new Map()));
      tokens.set(stored.participantId, stored.tokenHash);
    }
    if (entry.command.type === 'post:create') {
      let posts = this.#posts.get(workshopId);
      if (!posts) this.#posts.set(workshopId, (posts = new Map()));
      posts.set(`p${entry.seq}`, { subject: sealed.s, label: sealed.l });
    }
    const master = this.#keys.cached(workshopId, sealed.s);
    const key = master instanceof Buffer ? deriveKey(master, sealed.l) : this.#keys.cached(workshopId, `${sealed.s}/${sealed.l}`);
    return { ...entry, command: openCommand(stored, key === ERASED ? undefined : key, this.#context(workshopId, entry)) };
  }

  async read(workshopId: string, afterSeq?: number): Promise<LogEntry[]> {
    const entries = await this.#inner.read(workshopId, afterSeq);
    await this.#loadKeys(workshopId, entries);
    return entries.map((entry) => this.#open(workshopId, entry));
  }

  /**
   * Entries in order, opened. An entry whose key is not in memory yet (made by another
   * process) waits for it, and the entries after it wait in line.
   */
  subscribe(workshopId: string, afterSeq: number, listener: (entry: LogEntry) => void, onFailure?: SubscriptionFailure): () => void {
    const queue: LogEntry[] = [];
    let loading = false;
    let ended = false;
    const pump = () => {
      while (!ended && !loading && queue.length > 0) {
        if (this.#lacksKey(workshopId, queue[0]!)) {
          loading = true;
          void this.#loadKeys(workshopId, [queue[0]!])
            .catch(() => undefined) // unreadable now: opened with stand-ins below rather than stopping the workshop
            .then(() => {
              loading = false;
              const entry = queue.shift();
              if (entry && !deliverSafely(listener, this.#open(workshopId, entry), onFailure)) ended = true;
              pump();
            });
          return;
        }
        if (!deliverSafely(listener, this.#open(workshopId, queue.shift()!), onFailure)) ended = true;
      }
    };
    const stop = this.#inner.subscribe(workshopId, afterSeq, (entry) => {
      if (ended) return;
      queue.push(entry);
      pump();
    });
    return () => {
      ended = true;
      stop();
    };
  }

  /**
   * Erases what the log holds of one participant: their key goes, except the derived keys of
   * the posts `keep` names (posts that stay, e.g. others' duplicates were merged into them).
   * Durable when it resolves; doing it again changes nothing.
   */
  async forget(workshopId: string, participantId: string, keep: (postId: string) => boolean): Promise<void> {
    const kept = [...(this.#posts.get(workshopId) ?? [])].filter(([postId, target]) => target.subject === participantId && keep(postId)).map(([, target]) => target.label);
    await this.#keys.erase(workshopId, participantId, (master) => kept.map((label) => [label, deriveKey(master, label)]));
    // A join from the same phone that was refused (it raced a setup change) was sealed under
    // an id of its own, never joined and so never erased: its profile goes now too.
    const joins = this.#joins.get(workshopId);
    const token = joins?.get(participantId);
    for (const [other, tokenHash] of joins ?? []) if (other !== participantId && tokenHash === token) await this.#keys.erase(workshopId, other, () => []);
  }

  lastSeq(workshopId: string): Promise<number> {
    return this.#inner.lastSeq(workshopId);
  }

  lastActivity(workshopId: string): Promise<number | undefined> {
    return this.#inner.lastActivity(workshopId);
  }

  list(): Promise<string[]> {
    return this.#inner.list();
  }

  async delete(workshopId: string): Promise<void> {
    await this.#inner.delete(workshopId);
    this.#posts.delete(workshopId);
    this.#joins.delete(workshopId);
    await this.#keys.deleteWorkshop(workshopId);
  }

  async close(): Promise<void> {
    await this.#inner.close();
    await this.#keys.close();
  }
}
