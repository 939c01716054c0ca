import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApplication, type Application } from '../../server/app.js';
import { readConfig } from '../../server/config.js';
import { openStorage, type Storage } from '../../server/storage.js';
import type { EntryDraft } from '../../src/lib/domain/types.js';
import { cid, client, closeClients, createWorkshop, send, type TestSocket } from './helpers.js';

/**
 * What happens when the server cannot apply an entry of a workshop's log — written, say,
 * by a process running other code against the same log. The entry is durable; the
 * workshop is reported and answered as unavailable (never "not found", never hanging);
 * its sockets are told; every other workshop goes on, and a restart comes up.
 */

interface Running {
  url: string;
  application: Application;
  storage: Storage;
}

const running: Running[] = [];

async function start(dataDir: string): Promise<Running> {
  process.env.SAMRAD_QUIET = '1';
  const config = { ...readConfig({ DATA_DIR: dataDir, PORT: '0' }), tickMs: 20, presenceMs: 50 };
  // The storage is kept here so the test can write to the log as another process would.
  const storage = await openStorage(config);
  const application = await createApplication({ config, storage });
  await new Promise<void>((resolve) => application.server.listen(0, '127.0.0.1', resolve));
  const server = { url: `http://127.0.0.1:${(application.server.address() as AddressInfo).port}`, application, storage };
  running.push(server);
  return server;
}

afterEach(async () => {
  closeClients();
  for (const server of running.splice(0)) await server.application.close();
});

/** An entry this code cannot apply: `update:add` with a text that is no text at all. */
const unappliable = (): EntryDraft => ({
  at: Date.now(),
  actor: { role: 'facilitator' },
  commandId: 'from-other-code',
  command: { type: 'update:add', date: '2026-12-06', text: null as never }
});

async function joined(url: string, code: string): Promise<TestSocket> {
  const socket = await client(url);
  expect((await send(socket, 'participant:join', { code })).ok).toBe(true);
  return socket;
}

describe('a workshop whose log cannot be applied', () => {
  it('is reported and answered as unavailable, its sockets told, while other workshops go on; a restart comes up', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'samrad-failure-'));
    const server = await start(dataDir);
    const broken = await createWorkshop(server.url);
    const healthy = await createWorkshop(server.url);
    const inBroken = await joined(server.url, broken.code);
    const inHealthy = await joined(server.url, healthy.code);
    const facilitator = await client(server.url);
    expect((await send(facilitator, 'facilitator:join', { workshopId: healthy.workshopId, key: healthy.key })).ok).toBe(true);
    expect((await send(facilitator, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } })).ok).toBe(true);

    const told = new Promise<{ workshopId: string }>((resolve) => inBroken.once('workshop:failed', resolve));
    const entry = await server.storage.log.append(broken.workshopId, unappliable());
    expect(await told).toEqual({ workshopId: broken.workshopId });

    // The entry is durable; the workshop answers "unavailable", over sockets and HTTP alike.
    expect((await server.storage.log.read(broken.workshopId)).at(-1)?.seq).toBe(entry.seq);
    expect(await send(inBroken, 'sync:request', {})).toEqual({ ok: false, error: 'not_joined' });
    const again = await client(server.url);
    expect(await send(again, 'participant:join', { code: broken.code })).toEqual({ ok: false, error: 'unavailable' });
    const report = await fetch(`${server.url}/api/workshops/${broken.workshopId}/outcome`, { headers: { authorization: `Bearer ${broken.key}` } });
    expect(report.status).toBe(503);
    expect(await report.json()).toEqual({ error: 'unavailable' });

    // The other workshop and the server go on.
    expect((await send(inHealthy, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'Vi fortsätter' })).ok).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // After a restart (the same code, the same log) it is still unavailable, not unknown; the rest loads.
    await server.application.close();
    running.splice(running.indexOf(server), 1);
    const restarted = await start(dataDir);
    const phone = await client(restarted.url);
    expect(await send(phone, 'participant:join', { code: broken.code })).toEqual({ ok: false, error: 'unavailable' });
    const back = await send(phone, 'participant:join', { code: healthy.code });
    expect(back.ok).toBe(true);
    expect(back.snapshot.posts.map((p: { text: string }) => p.text)).toEqual(['Vi fortsätter']);
  });
});
