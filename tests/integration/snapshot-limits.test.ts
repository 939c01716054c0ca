import { io as connect } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { cid, client, createWorkshop, send, useServer } from './helpers.js';

/**
 * A whole snapshot is the biggest answer the server gives; every join and resync asks
 * for one. Sockets per address, snapshots per socket and per address are limited, and a
 * snapshot is built once per room version and log position however many ask.
 */
const opens = (url: string) =>
  new Promise<'connected' | 'refused'>((resolve) => {
    const socket = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', () => (socket.close(), resolve('refused')));
    sockets.push(socket);
  });
const sockets: Array<ReturnType<typeof connect>> = [];

describe('sockets per address', () => {
  const server = useServer({ socketsPerAddress: { points: 5, duration: 0 } });

  it('refuses a socket past the address’s allowance, and takes one again when a socket closes', async () => {
    const first = await Promise.all(Array.from({ length: 5 }, () => opens(server.url)));
    expect(first).toEqual(Array(5).fill('connected'));
    expect(await opens(server.url)).toBe('refused');
    sockets[0]!.close();
    // The server counts a close when its engine sees it: a new socket is let in from then on.
    await expect.poll(() => opens(server.url)).toBe('connected');
    for (const socket of sockets.splice(0)) socket.close();
  });
});

describe('snapshots per socket and per address', () => {
  const server = useServer({ snapshotsPerSocket: { points: 4, duration: 60 }, snapshotsPerAddress: { points: 10, duration: 60 } });

  it('answers rate_limited past either allowance; commands go on', async () => {
    const created = await createWorkshop(server.url);
    const screen = await client(server.url);
    expect((await send(screen, 'screen:join', { code: created.code })).ok).toBe(true);
    const resyncs = await Promise.all(Array.from({ length: 6 }, () => send(screen, 'sync:request', {})));
    expect(resyncs.filter((ack) => ack.ok)).toHaveLength(3);
    expect(resyncs.filter((ack) => ack.error === 'rate_limited')).toHaveLength(3);

    // Two more sockets from the same address share its allowance of 10 (4 already taken).
    const phones = await Promise.all([client(server.url), client(server.url)]);
    const joins = await Promise.all(phones.map((phone) => send(phone, 'participant:join', { code: created.code })));
    expect(joins.every((ack) => ack.ok)).toBe(true);
    const more = await Promise.all(phones.flatMap((phone) => [1, 2, 3].map(() => send(phone, 'sync:request', {}))));
    expect(more.filter((ack) => ack.ok)).toHaveLength(4);
    expect(more.filter((ack) => ack.error === 'rate_limited')).toHaveLength(2);
    // Refused snapshots do not stop a participant's commands.
    expect(await send(phones[0]!, 'participant:update', { commandId: cid(), name: 'Vera', association: '' })).toEqual({ ok: true });
  });
});

describe('the snapshot cache', () => {
  const server = useServer();

  it('builds one snapshot per room version and log position, whoever asks, with the clock filled in per answer', async () => {
    const created = await createWorkshop(server.url);
    const runtime = (await server.application.hub.findById(created.workshopId))!;
    const a = runtime.snapshot('screen', 1000);
    const b = runtime.snapshot('screen', 2000);
    expect(b.posts).toBe(a.posts);
    expect([a.now, b.now]).toEqual([1000, 2000]);
    runtime.online = 7;
    expect(runtime.snapshot('screen', 3000).stats?.online).toBe(7);
    expect(a.stats?.online).not.toBe(7);

    // A new log entry: the next snapshot is built anew and shows it.
    const console_ = await client(server.url);
    await send(console_, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    await send(console_, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
    const c = runtime.snapshot('screen', 4000);
    expect(c.info).not.toBe(a.info);
    expect(c.info.phase).toEqual({ kind: 'round', roundId: 'samtal-1', stage: 'collecting' });
  });
});
