import type { EntryDraft, LogEntry } from '../../src/lib/domain/types.js';
import { deliverSafely, LogUnavailableError, WorkshopGoneError, type SubscriptionFailure, type WorkshopLog } from './workshop-log.js';

/** Where a MemoryLog keeps its entries: share one between logs to play a restart. */
export class MemoryLogStore {
  readonly workshops = new Map<string, LogEntry[]>();
  readonly gone = new Set<string>();
}

interface Subscription {
  workshopId: string;
  next: number;
  listener: (entry: LogEntry) => void;
  onFailure: SubscriptionFailure | undefined;
}

/**
 * The log in memory, for fast tests of the hub and the domain against the same contract
 * as the real logs (tests/integration/log-contract.ts). Nothing survives the process:
 * never a storage for a server. Appends are "durable" when they resolve, delivered to
 * subscribers on a later turn, as the real logs deliver them.
 */
export class MemoryLog implements WorkshopLog {
  readonly #store: MemoryLogStore;
  readonly #subscriptions = new Set<Subscription>();
  #closed = false;

  constructor(store = new MemoryLogStore()) {
    this.#store = store;
  }

  async list(): Promise<string[]> {
    return [...this.#store.workshops.keys()].sort();
  }

  async read(workshopId: string, afterSeq = 0): Promise<LogEntry[]> {
    return (this.#store.workshops.get(workshopId) ?? []).filter((entry) => entry.seq > afterSeq).map((entry) => structuredClone(entry));
  }

  async append(workshopId: string, draft: EntryDraft): Promise<LogEntry> {
    if (this.#closed) throw new LogUnavailableError('The log is closed');
    if (this.#store.gone.has(workshopId) && draft.command.type !== 'workshop:create') throw new WorkshopGoneError(workshopId);
    let entries = this.#store.workshops.get(workshopId);
    if (!entries) this.#store.workshops.set(workshopId, (entries = []));
    const entry: LogEntry = structuredClone({ seq: entries.length + 1, at: draft.at, actor: draft.actor, commandId: draft.commandId, command: draft.command });
    entries.push(entry);
    setImmediate(() => this.#deliver(workshopId));
    return structuredClone(entry);
  }

  subscribe(workshopId: string, afterSeq: number, listener: (entry: LogEntry) => void, onFailure?: SubscriptionFailure): () => void {
    const sub: Subscription = { workshopId, next: afterSeq + 1, listener, onFailure };
    this.#subscriptions.add(sub);
    setImmediate(() => this.#deliver(workshopId));
    return () => this.#subscriptions.delete(sub);
  }

  #deliver(workshopId: string): void {
    const entries = this.#store.workshops.get(workshopId) ?? [];
    for (const sub of this.#subscriptions) {
      if (sub.workshopId !== workshopId) continue;
      while (this.#subscriptions.has(sub) && sub.next <= entries.length) {
        const entry = structuredClone(entries[sub.next - 1]!);
        sub.next++;
        if (!deliverSafely(sub.listener, entry, sub.onFailure)) this.#subscriptions.delete(sub);
      }
    }
  }

  async lastSeq(workshopId: string): Promise<number> {
    return this.#store.workshops.get(workshopId)?.length ?? 0;
  }

  async lastActivity(workshopId: string): Promise<number | undefined> {
    return this.#store.workshops.get(workshopId)?.at(-1)?.at;
  }

  async delete(workshopId: string): Promise<void> {
    this.#store.gone.add(workshopId);
    this.#store.workshops.delete(workshopId);
    for (const sub of this.#subscriptions) if (sub.workshopId === workshopId) this.#subscriptions.delete(sub);
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#subscriptions.clear();
  }
}
