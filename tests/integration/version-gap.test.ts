import { describe, expect, it } from 'vitest';
import { applyDelta, type AudienceDelta } from '../../src/lib/domain/deltas.js';
import { snapshotFor, type AudienceSnapshot } from '../../src/lib/domain/views.js';
import { cid, client, createWorkshop, send, useServer } from './helpers.js';

const server = useServer();

describe('a client that misses a delta', () => {
  it('notices the version gap, asks for a snapshot and ends up with the server’s view', async () => {
    const created = await createWorkshop(server.url);
    const f = await client(server.url);
    await send(f, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    const screen = await client(server.url);
    const joined = await send(screen, 'screen:join', { code: created.code });
    let view: AudienceSnapshot = joined.snapshot;
    let dropped = 0;
    let resynced = 0;
    const settled: Array<() => void> = [];
    let onDropped!: () => void;
    const firstDropped = new Promise<void>((resolve) => (onDropped = resolve));
    screen.on('workshop:changed', (delta: AudienceDelta) => {
      // Lose the first delta on the way, as a flaky network or a missed tick would.
      if (dropped === 0) {
        dropped++;
        return onDropped();
      }
      if (!applyDelta(view, delta)) {
        void send(screen, 'sync:request', {}).then((ack) => {
          view = ack.snapshot;
          resynced++;
          settled.splice(0).forEach((r) => r());
        });
      }
    });

    await send(f, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
    await firstDropped;
    const p = await client(server.url);
    await send(p, 'participant:join', { code: created.code });
    await new Promise<void>((resolve) => settled.push(resolve));
    expect(dropped).toBe(1);
    expect(resynced).toBe(1);
    const runtime = server.application.hub.loaded(created.workshopId)!;
    const fresh = snapshotFor(runtime.state, 'screen', view.version, Date.now());
    // Server time and the presence count are not workshop state: compare the rest.
    const comparable = (s: AudienceSnapshot) => ({ ...s, now: 0, stats: { ...s.stats, online: 0 } });
    expect(comparable(view)).toEqual(comparable(fresh));
    expect(view.stats?.joined).toBe(1);
    expect(view.info.phase).toEqual({ kind: 'round', roundId: 'samtal-1', stage: 'collecting' });
  });
});
