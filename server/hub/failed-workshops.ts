import { logger } from '../logger.js';

/**
 * A workshop whose log this process cannot apply (a rule throws on one of its entries).
 * Callers answer it as unavailable — never as "not found": its log is intact on disk and
 * comes back once the code that applies it is fixed and the server restarted.
 */
export class WorkshopFailedError extends Error {
  constructor(readonly workshopId: string) {
    super(`Workshop ${workshopId} cannot be applied from its log`);
    this.name = 'WorkshopFailedError';
  }
}

type FailureListener = (workshopId: string) => void;

/**
 * The workshops that failed in this process, each reported once (an `error` line with the
 * entry that threw), and the listeners that tell their sockets. Nothing else on the server
 * is affected: other workshops go on, and no promise is left waiting (see WorkshopRuntime.fail).
 */
export class FailedWorkshops {
  readonly #failed = new Set<string>();
  readonly #listeners = new Set<FailureListener>();

  /** Called with the workshop's id whenever one fails while loaded. */
  onFailed(listener: FailureListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  has(workshopId: string): boolean {
    return this.#failed.has(workshopId);
  }

  /** Throws WorkshopFailedError for a failed workshop. */
  check(workshopId: string): void {
    if (this.#failed.has(workshopId)) throw new WorkshopFailedError(workshopId);
  }

  /** Records and reports a failure; `seq` and `command` say which entry could not be applied. */
  record(workshopId: string, error: unknown, where: { seq?: number; command?: string; loaded: boolean }): WorkshopFailedError {
    if (!this.#failed.has(workshopId)) {
      this.#failed.add(workshopId);
      logger.error('workshop_failed', { workshopId, ...where, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      if (where.loaded) for (const listener of this.#listeners) listener(workshopId);
    }
    return new WorkshopFailedError(workshopId);
  }

  /** A deleted workshop is no longer failed (nor anything else). */
  forget(workshopId: string): void {
    this.#failed.delete(workshopId);
  }
}
