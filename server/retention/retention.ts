import type { Hub } from '../hub/hub.js';
import { logger } from '../logger.js';
import { sweepOtherStores, type OtherStores } from './store-retention.js';
import type { WorkshopDeleter } from './workshop-deleter.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a workshop is deleted: `days` after its last change (the log time of its last
 * entry). Counting from the last change rather than from creation means a workshop still
 * in use is never deleted under its facilitator; opening the console or the projector
 * changes nothing and so does not postpone it.
 */
export const deleteAt = (lastActivity: number, days: number) => lastActivity + days * DAY_MS;

export interface RetentionOptions {
  days: number;
  intervalMs: number;
  clock?: () => number;
  /** Series, saved templates and accessibility reports: swept with the same days (store-retention.ts). */
  others?: OtherStores;
}

export interface Retention {
  /** Deletes every workshop past its retention; resolves with their ids. */
  sweep(now?: number): Promise<string[]>;
  stop(): void;
}

/**
 * Deletes workshops past their retention, when asked (at start) and then every
 * `intervalMs`. With several processes each sweeps; deleting twice is harmless.
 */
export function startRetention(hub: Hub, deleter: WorkshopDeleter, options: RetentionOptions): Retention {
  const clock = options.clock ?? Date.now;
  let queue: Promise<unknown> = Promise.resolve();

  async function sweepOnce(now: number): Promise<string[]> {
    const deleted: string[] = [];
    for (const workshopId of await hub.workshopIds()) {
      try {
        const last = await hub.lastActivity(workshopId);
        // No entries yet: a workshop being created this very moment. Left alone.
        if (last === undefined || deleteAt(last, options.days) > now) continue;
        if (await deleter.delete(workshopId, 'retention')) deleted.push(workshopId);
      } catch (error) {
        logger.warn('retention_failed', { workshopId, error: String(error) });
      }
    }
    if (deleted.length) logger.info('retention_swept', { deleted: deleted.length });
    if (options.others) await sweepOtherStores(options.others, options.days, now).catch((error: unknown) => logger.warn('retention_failed', { error: String(error) }));
    return deleted;
  }

  // One sweep at a time: a second waits for the first.
  const sweep = (now?: number) => {
    const next = queue.then(() => sweepOnce(now ?? clock()));
    queue = next.catch(() => []);
    return next;
  };
  const timer = setInterval(() => void sweep().catch((error: unknown) => logger.warn('retention_failed', { error: String(error) })), options.intervalMs);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
