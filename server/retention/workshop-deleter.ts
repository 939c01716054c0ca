import { emptyRooms, type SamradServer } from '../edge/rooms.js';
import type { Hub } from '../hub/hub.js';
import { logger } from '../logger.js';
import type { SeriesStore } from '../series/series-store.js';
import type { DeletionNotices } from './deletion-notices.js';
import { removeFromSeries } from './store-retention.js';

export type DeletionReason = 'facilitator' | 'retention';

/**
 * Deletes workshops: the log (file or Redis stream), the join code and, in every process,
 * the loaded state. Every socket in the workshop's rooms hears `workshop:deleted` and is
 * taken out of them; what it sends after that is answered `not_joined`.
 */
export class WorkshopDeleter {
  readonly #hub: Hub;
  readonly #io: SamradServer;
  readonly #notices: DeletionNotices;

  readonly #series: SeriesStore | undefined;

  constructor(hub: Hub, io: SamradServer, notices: DeletionNotices, series?: SeriesStore) {
    this.#hub = hub;
    this.#series = series;
    this.#io = io;
    this.#notices = notices;
    notices.onDeleted((workshopId) => this.#forget(workshopId));
  }

  /** Deletes a workshop now; false when there was nothing left to delete. */
  async delete(workshopId: string, reason: DeletionReason): Promise<boolean> {
    const existed = await this.#hub.delete(workshopId);
    this.#forget(workshopId);
    // Every series it was in lets go of it too (a failure here leaves an id the series shows as gone).
    if (this.#series) await removeFromSeries(this.#series, workshopId).catch((error: unknown) => logger.warn('series_cleanup_failed', { workshopId, error: String(error) }));
    await this.#notices.publish(workshopId).catch((error: unknown) => {
      // The others still refuse its commands (its log is gone); they unload it when they restart.
      logger.warn('deletion_notice_failed', { workshopId, error: String(error) });
    });
    if (existed) logger.info('workshop_deleted', { workshopId, reason });
    return existed;
  }

  /** This process's part: unload, tell the sockets here, empty the rooms here. Safe to repeat. */
  #forget(workshopId: string): void {
    this.#hub.unload(workshopId);
    emptyRooms(this.#io, workshopId, 'workshop:deleted');
  }

  close(): Promise<void> {
    return this.#notices.close();
  }
}
