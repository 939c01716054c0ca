import { access, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';
import { FileLog } from '../../server/log/file-log.js';
import { DAY_MS } from '../../server/retention/retention.js';
import { setupFromTemplate } from '../../src/lib/domain/template.js';
import { cid, client, closeClients, createWorkshop, send, sendUnchecked, startServer, type TestServer, type TestSocket } from './helpers.js';

/**
 * Deleting workshops in the embedded mode: by the facilitator now, and by retention
 * (RETENTION_DAYS after the last change) at start and on the schedule.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  closeClients();
  await server?.stop();
});

const exists = (path: string) => access(path).then(() => true, () => false);
const logPath = (dataDir: string, workshopId: string) => join(dataDir, 'workshops', `${workshopId}.jsonl`);
const deletedNotice = (socket: TestSocket) => new Promise<{ workshopId: string }>((resolve) => socket.once('workshop:deleted', resolve));

/** A workshop with a console, a projector and a participant who posted. */
async function meeting() {
  const created = await createWorkshop(server.url);
  const console_ = await client(server.url);
  const joined = await send(console_, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
  await send(console_, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
  const screen = await client(server.url);
  await send(screen, 'screen:join', { code: created.code });
  const phone = await client(server.url);
  const participant = await send(phone, 'participant:join', { code: created.code, name: 'Vera' });
  expect((await send(phone, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'Tas bort' })).ok).toBe(true);
  return { created, console: console_, joined, screen, phone, token: participant.token as string };
}

/** Everything that must hold once a workshop is gone, seen from outside. */
async function expectGone(m: Awaited<ReturnType<typeof meeting>>) {
  expect(server.application.hub.loaded(m.created.workshopId)).toBeUndefined();
  expect(await exists(logPath(server.dataDir, m.created.workshopId))).toBe(false);
  expect(await send(m.phone, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'Efteråt' })).toEqual({ ok: false, error: 'not_joined' });
  expect(await send(m.screen, 'sync:request', {})).toEqual({ ok: false, error: 'not_joined' });
  const fresh = await client(server.url);
  expect(await send(fresh, 'participant:join', { code: m.created.code, token: m.token })).toEqual({ ok: false, error: 'workshop_not_found' });
  expect(await send(fresh, 'facilitator:join', { workshopId: m.created.workshopId, key: m.created.key })).toEqual({ ok: false, error: 'unauthorized' });
  expect((await fetch(`${server.url}/api/codes/${m.created.code}/qr.svg`)).status).toBe(404);
}

describe('deleting a workshop now', () => {
  it('removes everything and tells every socket in it', async () => {
    const m = await meeting();
    const other = await meeting();
    const notices = [m.console, m.screen, m.phone].map(deletedNotice);
    expect(await send(m.console, 'workshop:delete', { commandId: cid(), confirm: true })).toEqual({ ok: true });
    for (const notice of await Promise.all(notices)) expect(notice).toEqual({ workshopId: m.created.workshopId });
    await expectGone(m);
    // A re-sent delete (its acknowledgement lost) is answered ok.
    expect(await send(m.console, 'workshop:delete', { commandId: cid(), confirm: true })).toEqual({ ok: true });
    // Other workshops are untouched.
    expect((await send(other.phone, 'sync:request', {})).ok).toBe(true);
    expect(await exists(logPath(server.dataDir, other.created.workshopId))).toBe(true);
  });

  it('must be confirmed, and only the facilitator may', async () => {
    const m = await meeting();
    expect(await sendUnchecked(m.console, 'workshop:delete', { commandId: cid() })).toEqual({ ok: false, error: 'invalid_payload' });
    expect(await sendUnchecked(m.console, 'workshop:delete', { commandId: cid(), confirm: false })).toEqual({ ok: false, error: 'invalid_payload' });
    expect(await send(m.phone, 'workshop:delete', { commandId: cid(), confirm: true })).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(m.screen, 'workshop:delete', { commandId: cid(), confirm: true })).toEqual({ ok: false, error: 'forbidden' });
    expect(server.application.hub.loaded(m.created.workshopId)).toBeDefined();
  });
});

describe('retention', () => {
  it('is RETENTION_DAYS whole days, 180 unless set', () => {
    expect(readConfig({}).retentionDays).toBe(180);
    expect(readConfig({ RETENTION_DAYS: '30' }).retentionDays).toBe(30);
    for (const value of ['0', '-5', '1.5', 'forever']) expect(() => readConfig({ RETENTION_DAYS: value })).toThrow(/RETENTION_DAYS/);
  });

  it('tells the console when the workshop will be deleted: RETENTION_DAYS after its last change', async () => {
    const m = await meeting();
    const state = server.application.hub.loaded(m.created.workshopId)!.state;
    expect(m.joined.retention.days).toBe(180);
    // The console joined before anything changed (joining changes nothing); the phase was set after.
    expect(m.joined.retention.deleteAt).toBe(state.createdAt + 180 * DAY_MS);
    const again = await send(m.console, 'facilitator:join', { workshopId: m.created.workshopId, key: m.created.key });
    expect(again.retention.deleteAt).toBe(state.updatedAt + 180 * DAY_MS);
  });

  it('deletes, on schedule, only the workshops whose last change is older than that', async () => {
    const m = await meeting();
    const lastChange = server.application.hub.loaded(m.created.workshopId)!.state.updatedAt;
    expect(await server.application.retention.sweep(lastChange + 179 * DAY_MS)).toEqual([]);
    expect(server.application.hub.loaded(m.created.workshopId)).toBeDefined();

    const notice = deletedNotice(m.phone);
    const deleted = await server.application.retention.sweep(lastChange + 180 * DAY_MS + 1);
    expect(deleted).toContain(m.created.workshopId);
    expect(await notice).toEqual({ workshopId: m.created.workshopId });
    await expectGone(m);
  });

  it('deletes old workshops at start, before anyone can connect', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'samrad-retention-'));
    const log = new FileLog(dataDir);
    const setup = setupFromTemplate('lokal-overenskommelse')!;
    const create = (workshopId: string, code: string, at: number) =>
      log.append(workshopId, { at, actor: { role: 'system' }, commandId: 'create', command: { type: 'workshop:create', workshopId, code, keyHash: 'a'.repeat(64), setup } });
    await create('old', 'KQ7RXW', Date.now() - 200 * DAY_MS);
    await create('recent', 'KQ7RXY', Date.now() - 10 * DAY_MS);
    await log.close();

    const restarted = await startServer(dataDir);
    try {
      expect(await exists(logPath(dataDir, 'old'))).toBe(false);
      expect(restarted.application.hub.loaded('old')).toBeUndefined();
      expect(restarted.application.hub.loaded('recent')).toBeDefined();
      expect(await send(await client(restarted.url), 'participant:join', { code: 'KQ7RXW' })).toEqual({ ok: false, error: 'workshop_not_found' });
    } finally {
      await restarted.stop();
    }
  });
});
