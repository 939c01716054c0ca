import { io as connect } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { cid, client, closeClients, send, type TestSocket } from './helpers.js';
import { startServerProcess, type ServerProcess } from './process.js';
import { workshopOnProcess } from './process-workshop.js';

/**
 * SIGTERM while phones post: the process closes their transports (so they reconnect by
 * themselves), finishes its group commit and exits 0 — not by its forced exit after 10 s,
 * which exits 1. After a restart on the same DATA_DIR every acknowledged post is there.
 */
let running: ServerProcess | undefined;
const phones: TestSocket[] = [];
afterAll(() => {
  closeClients();
  for (const phone of phones) phone.disconnect();
  running?.child.kill('SIGKILL');
});

/** A phone as browsers connect: HTTP long-polling first, then the upgrade to WebSocket. */
function pollingPhone(url: string): Promise<TestSocket> {
  const socket: TestSocket = connect(url, { forceNew: true, reconnectionDelay: 50, reconnectionDelayMax: 200 });
  phones.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

describe('graceful stop', () => {
  it('on SIGTERM closes the sockets, keeps every acknowledged post and exits 0', async () => {
    const started = await workshopOnProcess('samrad-stop-');
    running = started.running;
    const { env, created, facilitator } = started;
    const url = running.url;
    await send(facilitator, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });

    const sockets = [await client(url), await pollingPhone(url)];
    const tokens: string[] = [];
    for (const socket of sockets) tokens.push((await send(socket, 'participant:join', { code: created.code })).token);
    const reasons = sockets.map((socket) => new Promise<string>((resolve) => socket.once('disconnect', resolve)));

    // Posts in flight; SIGTERM once some are acknowledged. The rest may be answered or lost with the connection.
    const acked: string[] = [];
    let sigterm!: () => void;
    const enough = new Promise<void>((resolve) => (sigterm = resolve));
    for (const [i, socket] of sockets.entries()) {
      for (let n = 0; n < 20; n++) {
        socket.emit('post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: `Inlägg ${i}-${n}` }, (ack: { ok: boolean; postId?: string }) => {
          if (ack.ok) acked.push(ack.postId!);
          if (acked.length >= 5) sigterm();
        });
      }
    }
    await enough;
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    // Closed transports, not a server-side disconnect: socket.io clients reconnect after these.
    expect(await Promise.all(reasons)).toEqual(['transport close', 'transport close']);
    const acknowledged = [...acked];
    expect(acknowledged.length).toBeGreaterThanOrEqual(5);

    running = await startServerProcess(env);
    const rejoined = await Promise.all(
      sockets.map(async (socket, i) => {
        if (!socket.connected) await new Promise((resolve) => socket.io.once('reconnect', resolve));
        return send(socket, 'participant:join', { code: created.code, token: tokens[i] });
      })
    );
    for (const ack of rejoined) expect(ack.ok).toBe(true);
    const seen = await client(url);
    const facilitated = await send(seen, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    expect(facilitated.snapshot.posts.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(acknowledged));
  });
});
