import { deltaFor, type AudienceDelta, type DeltaContext } from '../../src/lib/domain/deltas.js';
import { SAMPLE_GROUPS } from '../../src/lib/domain/sample.js';
import { AUDIENCES, type Audience } from '../../src/lib/domain/views.js';
import { logger } from '../logger.js';
import type { Hub } from './hub.js';
import type { WorkshopRuntime } from './workshop-runtime.js';

export interface TickerTarget {
  /** Whether anyone connected to this process is in the room (phones: of that sample group); empty rooms are skipped. */
  hasMembers(workshopId: string, audience: Audience, group?: number): boolean;
  send(workshopId: string, audience: Audience, delta: AudienceDelta, group?: number): void;
}

/** The rooms deltas go to: the projector's, the console's, and one per sample group of phones. */
type Stream = { audience: Audience; group?: number };
const STREAMS: readonly Stream[] = AUDIENCES.flatMap((audience): Stream[] =>
  audience === 'participant' ? Array.from({ length: SAMPLE_GROUPS }, (_, group) => ({ audience, group })) : [{ audience }]
);

/**
 * At most once per interval, sends each changed workshop's audiences one compact delta
 * per room. Votes in between are folded together, so the cost of a tick follows the
 * number of changed posts, not the number of votes. It also ends countdowns that ran out:
 * the end goes into the log like any command, so every process and every replay agrees.
 */
export function startTicker(hub: Hub, target: TickerTarget, intervalMs: number, clock: () => number = Date.now): { stop(): void; tick(): void } {
  const tick = () => {
    const now = clock();
    for (const runtime of hub.runtimes()) {
      expireTimer(hub, runtime, now);
      if (runtime.changes.empty && !runtime.onlineChanged) continue;
      const changes = runtime.takeChanges();
      const online = runtime.onlineChanged ? runtime.online : undefined;
      runtime.onlineChanged = false;
      const context: DeltaContext = { now, online };
      for (const { audience, group } of STREAMS) {
        if (!target.hasMembers(runtime.id, audience, group)) continue;
        const delta = deltaFor(runtime.state, audience, changes, runtime.version(audience, group), context, group);
        if (!delta) continue;
        runtime.setVersion(audience, group, delta.to);
        target.send(runtime.id, audience, delta, group);
      }
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), tick };
}

function expireTimer(hub: Hub, runtime: WorkshopRuntime, now: number): void {
  const timer = runtime.state.timer;
  if (!timer || timer.expired || timer.endsAt === null || now < timer.endsAt || runtime.expirySent === timer.id) return;
  runtime.expirySent = timer.id;
  // Several processes may send this; the command id makes the second a no-op.
  hub
    .submit(runtime, { role: 'system' }, `expire-${timer.id}`, { type: 'timer:expire', timerId: timer.id })
    .catch((error: unknown) => {
      runtime.expirySent = null;
      logger.warn('timer_expiry_failed', { workshopId: runtime.id, error: String(error) });
    });
}
