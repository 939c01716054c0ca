import { AGREEMENT_LIMITS } from '../../src/lib/domain/agreement/limits.js';
import type { AgreementCommand, AgreementEntry } from '../../src/lib/domain/agreement/types.js';
import type { EntryDraft, LogEntry } from '../../src/lib/domain/types.js';
import type { WorkshopLog } from '../log/workshop-log.js';
import { ERASED, type KeyStore } from '../privacy/key-store.js';
import { deriveKey, newKey, openFields, sealFields, type Sealed, type StandIns } from '../privacy/sealing.js';

/** What replays in place of an erased sender's words: non-empty, so the rules accept the entry as they did live. */
const ERASED_TEXT = '(erased)';

/** The personal fields of the commands the public sends, sealed under the sender's own key. */
const STAND_INS: Partial<Record<AgreementCommand['type'], StandIns>> = {
  'comment:add': { text: ERASED_TEXT, name: ERASED_TEXT, association: ERASED_TEXT, contact: '' },
  'join:add': { association: ERASED_TEXT, contactName: ERASED_TEXT, contact: ERASED_TEXT }
};

type StoredAgreementCommand = AgreementCommand & { sealed?: Sealed };
type AgreementDraft = Omit<AgreementEntry, 'seq'>;

/**
 * The agreements' ordered logs: the same log implementations as the workshops' (the file log
 * under DATA_DIR/agreements, or Redis under its own prefix), one log per agreement, named by
 * its public code. The workshop log is typed for workshop commands; this is the one place
 * that stores agreement entries in it.
 *
 * A comment's words and sender, and a join's association and contact person, are sealed
 * (AES-256-GCM) under a key of the sender's own, kept in the key store apart from the log:
 * erasing the sender tombstones that key, so nothing readable is left on disk while the log
 * stays append-only (as for participants: docs/architecture.md, "Erasure").
 */
export class AgreementLog {
  readonly #log: WorkshopLog;
  readonly #keys: KeyStore;

  constructor(log: WorkshopLog, keys: KeyStore) {
    this.#log = log;
    this.#keys = keys;
  }

  /** The key store names its files and hashes by this: never the same as a workshop id. */
  #space = (code: string) => `agreement-${code}`;

  #context = (code: string, entry: Pick<AgreementDraft, 'commandId' | 'command'>, authorId: string) => `agreement\n${code}\n${authorId}\n${entry.commandId}\n${entry.command.type}`;

  async append(code: string, draft: AgreementDraft): Promise<AgreementEntry> {
    const fields = STAND_INS[draft.command.type];
    let command: StoredAgreementCommand = draft.command;
    if (fields && draft.actor.role === 'public') {
      const { authorId } = draft.actor;
      const master = await this.#keys.keyOf(this.#space(code), authorId);
      // After an erasure the sender has no key: what they still send is sealed under one never stored.
      const key = master === ERASED ? newKey() : deriveKey(master, draft.command.type);
      command = sealFields(draft.command, fields, AGREEMENT_LIMITS.commentText, key, this.#context(code, draft, authorId), authorId, draft.command.type);
    }
    const written = await this.#log.append(code, { ...draft, command } as unknown as EntryDraft);
    return { ...(written as unknown as AgreementEntry), command: draft.command };
  }

  /** The durable entries after `afterSeq`, opened (stand-ins where the sender was erased). */
  async read(code: string, afterSeq = 0): Promise<AgreementEntry[]> {
    const entries = (await this.#log.read(code, afterSeq)) as unknown as Array<AgreementEntry & { command: StoredAgreementCommand }>;
    const senders = [...new Set(entries.flatMap((e) => (e.command.sealed ? [e.command.sealed.s] : [])))];
    if (senders.length > 0) await this.#keys.load(this.#space(code), senders);
    return entries.map((entry) => {
      const sealed = entry.command.sealed;
      if (!sealed) return entry;
      const master = this.#keys.cached(this.#space(code), sealed.s);
      const key = master instanceof Buffer ? deriveKey(master, sealed.l) : undefined;
      const command = openFields(entry.command, STAND_INS[entry.command.type] ?? {}, key, this.#context(code, entry, sealed.s));
      return { ...entry, command };
    });
  }

  lastSeq(code: string): Promise<number> {
    return this.#log.lastSeq(code);
  }

  lastActivity(code: string): Promise<number | undefined> {
    return this.#log.lastActivity(code);
  }

  /** Every agreement's code. */
  list(): Promise<string[]> {
    return this.#log.list();
  }

  /** Tombstones a sender's key: durable when it resolves; their sealed fields never open again. */
  forget(code: string, authorId: string): Promise<void> {
    return this.#keys.erase(this.#space(code), authorId, () => []);
  }

  /** The agreement's log and keys, for good. */
  async delete(code: string): Promise<void> {
    await this.#log.delete(code);
    await this.#keys.deleteWorkshop(this.#space(code));
  }

  async close(): Promise<void> {
    await this.#log.close();
    await this.#keys.close();
  }
}
