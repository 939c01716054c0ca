import { AUDIENCES, deltaFor, type Audience, type AudienceDelta } from '../../src/lib/domain/views.js';
import type { Hub } from './hub.js';

export interface TickerTarget {
  /** Whether anyone connected to this process is in the room; empty rooms are skipped. */
  hasMembers(workshopId: string, audience: Audience): boolean;
  send(workshopId: string, audience: Audience, delta: AudienceDelta): void;
}

/**
 * At most once per interval, sends each changed workshop's audiences one compact delta
 * per room. Votes in between are folded together, so the cost of a tick follows the
 * number of changed posts, not the number of votes.
 */
export function startTicker(hub: Hub, target: TickerTarget, intervalMs: number): { stop(): void; tick(): void } {
  const tick = () => {
    for (const runtime of hub.runtimes()) {
      if (runtime.changes.empty) continue;
      const changes = runtime.takeChanges();
      for (const audience of AUDIENCES) {
        if (!target.hasMembers(runtime.id, audience)) continue;
        const delta = deltaFor(runtime.state, audience, changes, runtime.versions[audience]);
        if (!delta) continue;
        runtime.versions[audience] = delta.to;
        target.send(runtime.id, audience, delta);
      }
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), tick };
}
