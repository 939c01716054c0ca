import { actorKey } from '../../src/lib/domain/execute.js';
import type { Actor, Command, Outcome, WorkshopSetup } from '../../src/lib/domain/types.js';
import { createWorkshopState, isCreateEntry, replay } from '../../src/lib/domain/workshop.js';
import { execute } from '../../src/lib/domain/execute.js';
import { logger } from '../logger.js';
import type { WorkshopLog } from '../log/workshop-log.js';
import { hashSecret, newJoinCode, newSecret, newWorkshopId } from '../secrets.js';
import { WorkshopRuntime } from './workshop-runtime.js';

export interface CreatedWorkshopRuntime {
  runtime: WorkshopRuntime;
  /** The facilitator key, shown once: only its hash is stored. */
  key: string;
}

/**
 * Holds every workshop this process serves and is the only way to change one: a command
 * is appended to the log, applied when the log delivers it back, and its outcome read
 * from the state. The same path serves every log implementation.
 */
export class Hub {
  readonly #log: WorkshopLog;
  readonly #clock: () => number;
  readonly #byId = new Map<string, WorkshopRuntime>();
  readonly #byCode = new Map<string, WorkshopRuntime>();

  constructor(log: WorkshopLog, clock: () => number = Date.now) {
    this.#log = log;
    this.#clock = clock;
  }

  /** Loads every workshop from the log (replaying it) and follows new entries. */
  async start(): Promise<void> {
    for (const id of await this.#log.list()) {
      try {
        const entries = await this.#log.read(id);
        if (entries.length === 0) continue;
        const state = replay(entries, execute);
        this.#track(new WorkshopRuntime(state));
      } catch (error) {
        logger.error('workshop_load_failed', { workshopId: id, error: String(error) });
      }
    }
    logger.info('workshops_loaded', { count: this.#byId.size });
  }

  #track(runtime: WorkshopRuntime): void {
    this.#byId.set(runtime.id, runtime);
    this.#byCode.set(runtime.state.code, runtime);
    runtime.unsubscribe = this.#log.subscribe(runtime.id, runtime.state.seq, (entry) => runtime.apply(entry));
  }

  byId(workshopId: string): WorkshopRuntime | undefined {
    return this.#byId.get(workshopId);
  }

  byCode(code: string): WorkshopRuntime | undefined {
    return this.#byCode.get(code);
  }

  runtimes(): IterableIterator<WorkshopRuntime> {
    return this.#byId.values();
  }

  async create(setup: WorkshopSetup): Promise<CreatedWorkshopRuntime> {
    const workshopId = newWorkshopId();
    let code = newJoinCode();
    while (this.#byCode.has(code)) code = newJoinCode();
    const key = newSecret();
    const entry = await this.#log.append(workshopId, {
      at: this.#clock(),
      actor: { role: 'system' },
      commandId: 'create',
      command: { type: 'workshop:create', workshopId, code, keyHash: hashSecret(key), setup }
    });
    if (!isCreateEntry(entry)) throw new Error('unreachable');
    const runtime = new WorkshopRuntime(createWorkshopState(entry));
    this.#track(runtime);
    return { runtime, key };
  }

  /**
   * Appends a command and resolves with its outcome once it is durable and applied. A
   * command id this actor already used returns the first outcome without a new entry.
   */
  async submit(runtime: WorkshopRuntime, actor: Actor, commandId: string, command: Command): Promise<Outcome> {
    const key = `${actorKey(actor)}:${commandId}`;
    const earlier = runtime.state.outcomes.get(key);
    if (earlier) return earlier;
    const entry = await this.#log.append(runtime.id, { at: this.#clock(), actor, commandId, command });
    await runtime.applied(entry.seq);
    return runtime.state.outcomes.get(key) ?? { ok: false, error: 'internal' };
  }

  async close(): Promise<void> {
    for (const runtime of this.#byId.values()) runtime.unsubscribe();
    await this.#log.close();
  }
}
