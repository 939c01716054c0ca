import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/secrets.js';
import { cid, client, closeClients, createWorkshop, send, startServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  closeClients();
  await server?.stop();
});

describe('rotating the facilitator key', () => {
  it('gives the asking console a new key; the old one stops working and other consoles are logged out', async () => {
    const created = await createWorkshop(server.url);
    const mine = await client(server.url);
    const other = await client(server.url);
    for (const socket of [mine, other]) expect((await send(socket, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
    const participant = await client(server.url);
    expect((await send(participant, 'participant:join', { code: created.code })).ok).toBe(true);

    const told = new Promise<{ workshopId: string }>((resolve) => other.once('facilitator:key-rotated', resolve));
    const commandId = cid();
    const rotated = await send(mine, 'facilitator:rotate-key', { commandId });
    expect(rotated.ok).toBe(true);
    expect(rotated.key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(rotated.key).not.toBe(created.key);
    // The other console is told, gets no more of the workshop, and is no longer a facilitator.
    expect(await told).toEqual({ workshopId: created.workshopId });
    const seenByOther: unknown[] = [];
    other.on('workshop:changed', (delta) => void seenByOther.push(delta));
    expect(await send(other, 'sync:request', {})).toEqual({ ok: false, error: 'not_joined' });
    expect(await send(other, 'post:hide', { commandId: cid(), postId: 'p1', hidden: true })).toEqual({ ok: false, error: 'not_joined' });
    expect(await send(other, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).toEqual({ ok: false, error: 'unauthorized' });

    // The console that asked keeps working, and the new key opens the workshop.
    const mineSees = new Promise<void>((resolve) => mine.once('workshop:changed', () => resolve()));
    expect((await send(mine, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } })).ok).toBe(true);
    expect((await send(mine, 'sync:request', {})).ok).toBe(true);
    await mineSees;
    expect(seenByOther).toEqual([]);
    expect((await send(await client(server.url), 'facilitator:join', { workshopId: created.workshopId, key: rotated.key })).ok).toBe(true);
    // Participants are not touched.
    expect(participant.connected).toBe(true);
    expect((await send(participant, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'Fortfarande med' })).ok).toBe(true);

    // Saving a template asks for the key too.
    const save = (key: string) =>
      fetch(`${server.url}/api/templates`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ workshopId: created.workshopId, key, name: 'Mall' }) });
    expect((await save(created.key)).status).toBe(401);
    expect((await save(rotated.key)).status).toBe(201);

    // A re-sent rotation (its acknowledgement lost) gets the same key, not a third one.
    expect(await send(mine, 'facilitator:rotate-key', { commandId })).toEqual({ ok: true, key: rotated.key });
    expect((await send(await client(server.url), 'facilitator:join', { workshopId: created.workshopId, key: rotated.key })).ok).toBe(true);

    // The log holds the new key's hash, never a key.
    const log = await readFile(join(server.dataDir, 'workshops', `${created.workshopId}.jsonl`), 'utf8');
    expect(log).toContain(hashSecret(rotated.key));
    expect(log).not.toContain(rotated.key);
    expect(log).not.toContain(created.key);
  });

  it('is for the facilitator only', async () => {
    const created = await createWorkshop(server.url);
    const participant = await client(server.url);
    await send(participant, 'participant:join', { code: created.code });
    expect(await send(participant, 'facilitator:rotate-key', { commandId: cid() })).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(await client(server.url), 'facilitator:rotate-key', { commandId: cid() })).toEqual({ ok: false, error: 'not_joined' });
    expect((await send(await client(server.url), 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  });
});

