import type { EntryDraft, LogEntry } from '../../src/lib/domain/types.js';

/**
 * The ordered, durable log of every workshop: the single source of truth. Every change
 * is appended here first; state is what you get by applying the entries in order.
 * Implementations: the file log (embedded default) and the Redis log (several processes).
 * Each must pass the contract suite in tests/integration/log-contract.ts.
 */
export interface WorkshopLog {
  /** Ids of every workshop that has a log. */
  list(): Promise<string[]>;
  /** The durable entries after `afterSeq`, in order. */
  read(workshopId: string, afterSeq?: number): Promise<LogEntry[]>;
  /**
   * Appends an entry and resolves with it (seq assigned) once it is durable. The first
   * entry of a workshop creates its log. Subscribers receive it too, in order; a caller
   * that needs the entry's effect waits until its own subscriber has applied that seq.
   */
  append(workshopId: string, draft: EntryDraft): Promise<LogEntry>;
  /**
   * Calls `listener` with every durable entry after `afterSeq`, each once, in seq order.
   *
   * A listener that throws ends its own subscription at that entry, and nothing else: the
   * log calls `onFailure` once (with the error and the entry), delivers nothing more to
   * that listener, and goes on for every other subscriber and workshop; the append that
   * carried the entry still resolves, because the entry is durable. What the failure means
   * for the workshop is the subscriber's to decide (the hub marks it failed).
   */
  subscribe(workshopId: string, afterSeq: number, listener: (entry: LogEntry) => void, onFailure?: SubscriptionFailure): () => void;
  /**
   * The seq of the last durable entry (0 when there is none): what a process must have
   * applied to decide on the whole log rather than on what it has seen so far.
   */
  lastSeq(workshopId: string): Promise<number>;
  /** Log time of the last durable entry; undefined when the workshop has no entries. */
  lastActivity(workshopId: string): Promise<number | undefined>;
  /**
   * Removes a workshop's log for good (retention, or its facilitator deleting it). Later
   * appends to it, other than a new workshop:create, fail with WorkshopGoneError, so a
   * command still in flight cannot bring a deleted workshop half back.
   */
  delete(workshopId: string): Promise<void>;
  /** Flushes what is pending and releases files or connections. */
  close(): Promise<void>;
}

/** Told once when a subscription's listener threw on `entry`; the subscription has ended. */
export type SubscriptionFailure = (error: Error, entry: LogEntry) => void;

/**
 * Runs a listener on one entry; false (after telling `onFailure`) when it threw. The one
 * place both logs turn a listener's exception into the contract's failure semantics.
 */
export function deliverSafely(listener: (entry: LogEntry) => void, entry: LogEntry, onFailure: SubscriptionFailure | undefined): boolean {
  try {
    listener(entry);
    return true;
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    try {
      onFailure?.(error, entry);
    } catch {
      // A failing failure handler must not take the log down with it.
    }
    return false;
  }
}

export class LogUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'LogUnavailableError';
  }
}

/** An append to a workshop whose log was deleted (or never existed). */
export class WorkshopGoneError extends Error {
  constructor(workshopId: string) {
    super(`Workshop ${workshopId} has no log`);
    this.name = 'WorkshopGoneError';
  }
}
