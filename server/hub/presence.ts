import type { SamradServer } from '../edge/rooms.js';
import { roomOf } from '../edge/rooms.js';
import { logger } from '../logger.js';
import type { Hub } from './hub.js';

/**
 * Counts participants online (distinct participants with a connected socket, across all
 * processes through the adapter) for workshops whose console or projector is open here.
 * Presence is not workshop data: it never goes into the log.
 */
export function startPresence(io: SamradServer, hub: Hub, intervalMs: number): { stop(): void; count(): Promise<void> } {
  const watched = (workshopId: string) =>
    ['facilitator', 'screen'].some((audience) => (io.sockets.adapter.rooms.get(roomOf(workshopId, audience as 'screen'))?.size ?? 0) > 0);

  let running = false;
  const count = async () => {
    if (running) return;
    running = true;
    try {
      for (const runtime of [...hub.runtimes()]) {
        if (!watched(runtime.id)) continue;
        const sockets = await io.in(roomOf(runtime.id, 'participant')).fetchSockets();
        const online = new Set(sockets.map((s) => s.data.participantId).filter(Boolean)).size;
        if (online !== runtime.online) {
          runtime.online = online;
          runtime.onlineChanged = true;
        }
      }
    } catch (error) {
      logger.warn('presence_failed', { error: String(error) });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void count(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), count };
}
