import { actorKey } from '../../src/lib/domain/execute.js';
import type { Actor, Command, EntryDraft, ErrorCode, LogEntry, Outcome, WorkshopSetup } from '../../src/lib/domain/types.js';
import { createWorkshopState, isCreateEntry, replay } from '../../src/lib/domain/workshop.js';
import { execute } from '../../src/lib/domain/execute.js';
import { RULES_VERSION } from '../../src/lib/domain/rules-version.js';
import { refusalOf } from '../../src/lib/domain/trial.js';
import { erasedParticipant } from '../../src/lib/domain/commands/privacy.js';
import { logger } from '../logger.js';
import { WorkshopGoneError, type WorkshopLog } from '../log/workshop-log.js';
import type { WorkshopDirectory } from './directory.js';
import { FailedWorkshops, WorkshopFailedError } from './failed-workshops.js';
import { hashSecret, newJoinCode, newSecret, newWorkshopId, secretMatches } from '../secrets.js';
import { WorkshopRuntime } from './workshop-runtime.js';


export interface CreatedWorkshopRuntime {
  runtime: WorkshopRuntime;
  /** The facilitator key, shown once: only its hash is stored. */
  key: string;
}

/** How long a rotated key is remembered for a re-sent rotation (a lost acknowledgement). */
const ISSUED_KEY_MS = 10 * 60 * 1000;
/** Entries appended at once by an import. */
const IMPORT_BATCH = 500;

export interface HubOptions {
  log: WorkshopLog;
  directory: WorkshopDirectory;
  /** Embedded mode: load every workshop at start. Shared mode: load a workshop when a client asks for it. */
  loadAllAtStart: boolean;
  clock?: () => number;
  /** Told how long each command's append took to become durable (metrics). */
  appendTook?: (seconds: number) => void;
  /**
   * Erases from storage what the log holds of a participant whose erasure the workshop
   * applied, keeping what belongs to posts `keep` names (server/privacy/sealed-log.ts).
   * Durable when it resolves; doing it again changes nothing.
   */
  forget?: (workshopId: string, participantId: string, keep: (postId: string) => boolean) => Promise<void>;
}

/**
 * Holds the workshops this process serves and is the only way to change one: a command
 * is appended to the log, applied when the log delivers it back, and its outcome read
 * from the state. The same path serves every log implementation.
 */
export class Hub {
  readonly #log: WorkshopLog;
  readonly #directory: WorkshopDirectory;
  readonly #clock: () => number;
  readonly #loadAll: boolean;
  readonly #appendTook: (seconds: number) => void;
  readonly #forget: HubOptions['forget'];
  /** Erasures from storage in progress, by workshop and participant. */
  readonly #forgetting = new Map<string, Promise<void>>();
  readonly #byId = new Map<string, WorkshopRuntime>();
  readonly #byCode = new Map<string, WorkshopRuntime>();
  readonly #loading = new Map<string, Promise<WorkshopRuntime | undefined>>();
  /** Workshops deleted while this process ran (ids only): never loaded again. */
  readonly #gone = new Set<string>();
  /** Keys made by `rotateKey`, by workshop and command id, for a re-sent rotation. */
  readonly #issuedKeys = new Map<string, string>();
  /** Workshops whose log could not be applied here: answered as unavailable, reported once. */
  readonly failed = new FailedWorkshops();

  constructor(options: HubOptions) {
    this.#log = options.log;
    this.#directory = options.directory;
    this.#clock = options.clock ?? Date.now;
    this.#loadAll = options.loadAllAtStart;
    this.#appendTook = options.appendTook ?? (() => {});
    this.#forget = options.forget;
  }

  async start(): Promise<void> {
    if (!this.#loadAll) return;
    for (const id of await this.#log.list()) {
      // One workshop that cannot load (reported by #load) must not keep the others from starting.
      const runtime = await this.findById(id).catch(() => undefined);
      if (runtime) await this.#directory.claim(runtime.state.code, id);
      else await this.#claimFailed(id);
    }
    logger.info('workshops_loaded', { count: this.#byId.size });
  }

  /** A workshop already loaded in this process (sockets that joined it keep it loaded). */
  loaded(workshopId: string): WorkshopRuntime | undefined {
    return this.#byId.get(workshopId);
  }

  /**
   * Loads a workshop by replaying its log and follows new entries; undefined if it has none.
   * Rejects when it cannot be read now (storage unavailable) or cannot be applied
   * (WorkshopFailedError): callers answer "unavailable", never "not found".
   */
  findById(workshopId: string): Promise<WorkshopRuntime | undefined> {
    const loaded = this.#byId.get(workshopId);
    if (loaded) return Promise.resolve(loaded);
    if (this.failed.has(workshopId)) return Promise.reject(new WorkshopFailedError(workshopId));
    let loading = this.#loading.get(workshopId);
    if (!loading) {
      loading = this.#load(workshopId).finally(() => this.#loading.delete(workshopId));
      this.#loading.set(workshopId, loading);
    }
    return loading;
  }

  async findByCode(code: string): Promise<WorkshopRuntime | undefined> {
    const loaded = this.#byCode.get(code);
    if (loaded) return loaded;
    const workshopId = await this.#directory.lookup(code);
    return workshopId ? this.findById(workshopId) : undefined;
  }

  async #load(workshopId: string): Promise<WorkshopRuntime | undefined> {
    let entries: LogEntry[];
    try {
      entries = await this.#log.read(workshopId);
    } catch (error) {
      logger.error('workshop_load_failed', { workshopId, error: String(error) });
      throw error;
    }
    // Deleted while its log was being read: it stays deleted.
    if (entries.length === 0 || this.#gone.has(workshopId)) return undefined;
    let applying: LogEntry | undefined;
    let state;
    const erased: string[] = [];
    try {
      state = replay(entries, (state, entry) => {
        if (execute(state, (applying = entry)).outcome.ok && erasedParticipant(entry)) erased.push(erasedParticipant(entry)!);
      });
    } catch (error) {
      throw this.failed.record(workshopId, error, { seq: applying?.seq, command: applying?.command.type, loaded: false });
    }
    const runtime = new WorkshopRuntime(state);
    this.#track(runtime);
    // An erasure whose storage part did not finish (a crash right after it was applied) finishes now.
    for (const participantId of erased) void this.#erased(runtime, participantId).catch(() => undefined);
    return runtime;
  }

  /** A workshop that failed to load keeps its join code, so phones hear "unavailable", not "no such code". */
  async #claimFailed(workshopId: string): Promise<void> {
    if (!this.failed.has(workshopId)) return;
    const [first] = await this.#log.read(workshopId).catch(() => []);
    if (first && isCreateEntry(first)) await this.#directory.claim(first.command.code, workshopId);
  }

  #track(runtime: WorkshopRuntime): void {
    this.#byId.set(runtime.id, runtime);
    this.#byCode.set(runtime.state.code, runtime);
    runtime.unsubscribe = this.#log.subscribe(
      runtime.id,
      runtime.state.seq,
      (entry) => {
        runtime.apply(entry);
        const participantId = erasedParticipant(entry);
        if (participantId && runtime.state.outcomes.get(`${actorKey(entry.actor)}:${entry.commandId}`)?.ok) void this.#erased(runtime, participantId).catch(() => undefined);
      },
      (error, entry) => this.#fail(runtime, error, entry)
    );
  }

  /**
   * A participant's erasure was applied: what storage holds of them goes too, once, in
   * every process that applies it (the first to get there does it; see docs/architecture.md,
   * "Erasure"). The posts that stay are read from the state right after the erasure.
   */
  #erased(runtime: WorkshopRuntime, participantId: string): Promise<void> {
    if (!this.#forget) return Promise.resolve();
    const key = `${runtime.id}:${participantId}`;
    let running = this.#forgetting.get(key);
    if (!running) {
      running = this.#forget(runtime.id, participantId, (postId) => Boolean(runtime.state.posts.get(postId)?.text)).finally(() => this.#forgetting.delete(key));
      running.catch((error: unknown) => logger.error('erasure_failed', { workshopId: runtime.id, error: String(error) }));
      this.#forgetting.set(key, running);
    }
    return running;
  }

  /**
   * Applying a live entry threw. The entry is durable, but the state may be half changed:
   * the workshop is reported, dropped from memory, its waiting commands answered, and its
   * sockets told (through `failed.onFailed`); every other workshop goes on.
   */
  #fail(runtime: WorkshopRuntime, error: Error, entry: LogEntry): void {
    runtime.fail(error);
    this.#drop(runtime);
    this.failed.record(runtime.id, error, { seq: entry.seq, command: entry.command.type, loaded: true });
  }

  runtimes(): IterableIterator<WorkshopRuntime> {
    return this.#byId.values();
  }

  async create(setup: WorkshopSetup): Promise<CreatedWorkshopRuntime> {
    const workshopId = newWorkshopId();
    let code = newJoinCode();
    while (!(await this.#directory.claim(code, workshopId))) code = newJoinCode();
    const key = newSecret();
    const entry = await this.#log.append(workshopId, {
      at: this.#clock(),
      actor: { role: 'system' },
      commandId: 'create',
      command: { type: 'workshop:create', workshopId, code, keyHash: hashSecret(key), setup, rules: RULES_VERSION }
    });
    if (!isCreateEntry(entry)) throw new Error('unreachable');
    const runtime = new WorkshopRuntime(createWorkshopState(entry));
    this.#track(runtime);
    return { runtime, key };
  }

  /**
   * A new workshop from another one's log (an import): a new id, code and key; every
   * entry after the first appended as it was (time, actor, command id), so it replays to
   * the same state. Key rotations in it get the new key's hash. The caller has checked
   * that the entries replay as intended (server/exports/import.ts).
   */
  async createFromLog(entries: readonly LogEntry[]): Promise<CreatedWorkshopRuntime> {
    const [first, ...rest] = entries;
    if (!first || !isCreateEntry(first)) throw new Error('A workshop log must start with workshop:create');
    const workshopId = newWorkshopId();
    let code = newJoinCode();
    while (!(await this.#directory.claim(code, workshopId))) code = newJoinCode();
    const key = newSecret();
    const keyHash = hashSecret(key);
    const draft = ({ at, actor, commandId, command }: LogEntry): EntryDraft => ({ at, actor, commandId, command: command.type === 'key:rotate' ? { ...command, keyHash } : command });
    try {
      await this.#log.append(workshopId, { ...draft(first), command: { ...first.command, workshopId, code, keyHash } });
      // In batches, which the log commits together; each entry must land on its original seq.
      for (let i = 0; i < rest.length; i += IMPORT_BATCH) {
        const batch = rest.slice(i, i + IMPORT_BATCH);
        const written = await Promise.all(batch.map((entry) => this.#log.append(workshopId, draft(entry))));
        if (written.some((entry, j) => entry.seq !== batch[j]!.seq)) throw new Error(`Import of ${workshopId} out of order`);
      }
    } catch (error) {
      await this.delete(workshopId).catch(() => undefined);
      throw error;
    }
    const runtime = await this.findById(workshopId);
    if (!runtime) throw new Error(`Imported workshop ${workshopId} did not load`);
    return { runtime, key };
  }

  /** A workshop's whole durable log (for export.json). */
  entries(workshopId: string): Promise<LogEntry[]> {
    return this.#log.read(workshopId);
  }

  /**
   * Appends a command and resolves with its outcome once it is durable and applied. A
   * command id this actor already used returns the first outcome without a new entry. A
   * command the current state refuses is answered without being appended (see
   * `refusalOf`): refusals cost no log entry, keep nothing a stranger sent, and do not
   * count as a change. One that the state accepts here is still decided in log order.
   */
  async submit(runtime: WorkshopRuntime, actor: Actor, commandId: string, command: Command): Promise<Outcome> {
    const key = `${actorKey(actor)}:${commandId}`;
    const earlier = runtime.state.outcomes.get(key);
    if (earlier) return this.#erasedFromStorage(runtime, actor, command, earlier);
    const draft: EntryDraft = { at: this.#clock(), actor, commandId, command };
    const refusal = await this.#refusal(runtime, draft);
    if (refusal) return { ok: false, error: refusal };
    let entry;
    const started = process.hrtime.bigint();
    try {
      entry = await this.#log.append(runtime.id, draft);
      this.#appendTook(Number(process.hrtime.bigint() - started) / 1e9);
    } catch (error) {
      if (error instanceof WorkshopGoneError) return { ok: false, error: 'workshop_not_found' };
      throw error;
    }
    await runtime.applied(entry.seq);
    return this.#erasedFromStorage(runtime, actor, command, runtime.state.outcomes.get(key) ?? { ok: false, error: 'internal' });
  }

  /** An erasure is acknowledged only once storage has forgotten the participant too. */
  async #erasedFromStorage(runtime: WorkshopRuntime, actor: Actor, command: Command, outcome: Outcome): Promise<Outcome> {
    const participantId = erasedParticipant({ actor, command });
    if (!outcome.ok || !participantId) return outcome;
    try {
      await this.#erased(runtime, participantId);
      return outcome;
    } catch {
      return { ok: false, error: 'unavailable' };
    }
  }

  /**
   * Whether the workshop refuses a command as things stand. A refusal is checked against the
   * whole log first: another process may have appended what makes the command valid (the
   * facilitator's "Rösta" on another process, just before this vote).
   */
  async #refusal(runtime: WorkshopRuntime, draft: EntryDraft): Promise<ErrorCode | undefined> {
    const trial = () => refusalOf(runtime.state, { ...draft, seq: runtime.state.seq + 1 });
    if (!trial()) return undefined;
    const head = await this.#log.lastSeq(runtime.id);
    if (head > runtime.state.seq) await runtime.applied(head);
    return trial();
  }

  /**
   * Gives the workshop a new facilitator key and returns it; the log gets only its hash.
   * A re-sent rotation (same command id, e.g. after a timeout) gets the same key, so the
   * console that asked is never left holding one that does not work.
   */
  async rotateKey(runtime: WorkshopRuntime, commandId: string): Promise<{ ok: true; key: string } | { ok: false; error: ErrorCode }> {
    const issued = `${runtime.id}:${commandId}`;
    let key = this.#issuedKeys.get(issued);
    if (!key) {
      key = newSecret();
      this.#issuedKeys.set(issued, key);
      setTimeout(() => this.#issuedKeys.delete(issued), ISSUED_KEY_MS).unref();
    }
    const outcome = await this.submit(runtime, { role: 'facilitator' }, commandId, { type: 'key:rotate', keyHash: hashSecret(key) });
    if (!outcome.ok) return outcome;
    // Applied, but another rotation came after it (or this one was sent long ago): this key is already void.
    if (!secretMatches(key, runtime.state.keyHash)) return { ok: false, error: 'already_exists' };
    return { ok: true, key };
  }

  /**
   * Deletes a workshop with everything in it: its code first (no one new finds it), then
   * its log; then it is unloaded here. Other processes unload it when told (see
   * server/retention/workshop-deleter.ts). False when there was nothing to delete.
   */
  async delete(workshopId: string): Promise<boolean> {
    this.#gone.add(workshopId);
    const loaded = this.#byId.get(workshopId);
    let existed: boolean;
    try {
      const first = loaded ? undefined : (await this.#log.read(workshopId))[0];
      const code = loaded?.state.code ?? (first && isCreateEntry(first) ? first.command.code : undefined);
      if (code) await this.#directory.remove(code, workshopId);
      existed = Boolean(loaded || first);
      await this.#log.delete(workshopId);
    } catch (error) {
      // Not deleted after all (storage unavailable): it may be loaded and retried.
      this.#gone.delete(workshopId);
      throw error;
    }
    this.unload(workshopId);
    return existed;
  }

  /** Forgets a workshop in this process: no more log entries followed, no more deltas. */
  unload(workshopId: string): void {
    this.#gone.add(workshopId);
    this.failed.forget(workshopId);
    const runtime = this.#byId.get(workshopId);
    if (runtime) this.#drop(runtime);
  }

  #drop(runtime: WorkshopRuntime): void {
    runtime.unsubscribe();
    if (this.#byId.get(runtime.id) === runtime) this.#byId.delete(runtime.id);
    if (this.#byCode.get(runtime.state.code) === runtime) this.#byCode.delete(runtime.state.code);
  }

  /** Whether this process deleted (or was told of the deletion of) this workshop. */
  wasDeleted(workshopId: string): boolean {
    return this.#gone.has(workshopId);
  }

  /** Every workshop with a log, loaded here or not. */
  workshopIds(): Promise<string[]> {
    return this.#log.list();
  }

  /** Log time of a workshop's last change: from memory when loaded, else from its log. */
  async lastActivity(workshopId: string): Promise<number | undefined> {
    return this.#byId.get(workshopId)?.state.updatedAt ?? (await this.#log.lastActivity(workshopId));
  }

  async close(): Promise<void> {
    for (const runtime of this.#byId.values()) runtime.unsubscribe();
    await this.#log.close();
    await this.#directory.close();
  }
}
