import type { EntryDraft, LogEntry } from '../../src/lib/domain/types.js';

/**
 * The ordered, durable log of every workshop: the single source of truth. Every change
 * is appended here first; state is what you get by applying the entries in order.
 * Implementations: the file log (embedded default). Each must pass the contract suite in
 * tests/integration/log-contract.ts.
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
  /** Calls `listener` with every durable entry after `afterSeq`, each once, in seq order. */
  subscribe(workshopId: string, afterSeq: number, listener: (entry: LogEntry) => void): () => void;
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
