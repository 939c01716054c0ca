import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createApplication } from '../../server/app.js';
import { readConfig } from '../../server/config.js';
import { openStorage } from '../../server/storage.js';
import { closeClients, startServer, type TestServer } from './helpers.js';
import { buildScenario, filesUnder, KEPT_TEXT, MARKERS, NEIGHBOUR_ASSOCIATION, occurrences, workshopOf } from './erasure-scenario.js';

/**
 * Erasure reaches the disk (file log): after the acknowledgement no file under DATA_DIR
 * holds anything that gives back what the erased participant wrote or was called, while
 * everyone else's posts and votes replay exactly as before, also after a restart.
 */
const servers: TestServer[] = [];
const start = async (dataDir?: string) => {
  const server = await startServer(dataDir);
  servers.push(server);
  return server;
};
afterAll(async () => {
  closeClients();
  for (const server of servers) await server.stop().catch(() => undefined);
});

const markers = Object.values(MARKERS);

describe('erasure with the file log', () => {
  it.each(['participant', 'facilitator'] as const)('erased by the %s: leaves no readable byte of the participant under DATA_DIR, and the same workshop for everyone else after a restart', async (by) => {
    const server = await start();
    const scenario = await buildScenario(server.url);
    const { workshopId } = scenario.created;

    // The control: before the erasure, a server started on a copy of DATA_DIR reads every marker back.
    const before = await mkdtemp(join(tmpdir(), 'samrad-before-erasure-'));
    await cp(server.dataDir, before, { recursive: true });
    const copy = await start(before);
    const readable = workshopOf(copy, workshopId).text + JSON.stringify(copy.application.hub.loaded(workshopId)!.state.evaluations.get(scenario.erasedId));
    for (const marker of [MARKERS.name, MARKERS.association, MARKERS.plain, MARKERS.edit, MARKERS.signupName, MARKERS.contact, MARKERS.comment]) expect(readable).toContain(marker);
    // The participant's key, as stored: what must be gone afterwards.
    const keyLine = (await readFile(join(server.dataDir, 'keys', `${workshopId}.jsonl`), 'utf8')).split('\n').find((line) => line.includes(`"n":"${scenario.erasedId}"`));
    const key = (JSON.parse(keyLine!) as { k: string }).k;
    // Markers are sealed in the log from the start; the key is what opened them.
    expect(occurrences(await filesUnder(server.dataDir), markers)).toEqual([]);
    expect(occurrences(await filesUnder(server.dataDir), [key, Buffer.from(key, 'base64')])).toHaveLength(1);

    expect(await (by === 'participant' ? scenario.erase() : scenario.eraseByFacilitator())).toEqual({ ok: true });

    const live = workshopOf(server, workshopId);
    for (const marker of markers) expect(live.text).not.toContain(marker);
    expect(live.tallies).toEqual(scenario.othersTallies);
    expect(live.state.posts.get(scenario.keptPostId)!.text).toBe(KEPT_TEXT);
    expect([...live.state.associations.values()].map((a) => a.name)).toEqual(expect.arrayContaining([NEIGHBOUR_ASSOCIATION]));
    expect(live.text).not.toContain(MARKERS.association);

    // At once after the acknowledgement: neither the markers nor the key in any file.
    const files = await filesUnder(server.dataDir);
    expect(files.map((f) => f.path).some((path) => path.endsWith(`${workshopId}.jsonl`))).toBe(true);
    expect(occurrences(files, [...markers, key, Buffer.from(key, 'base64')])).toEqual([]);

    // A restart on the same DATA_DIR replays to exactly the same workshop.
    await server.stop();
    const again = await start(server.dataDir);
    const replayed = workshopOf(again, workshopId);
    expect(replayed.serialized).toEqual(live.serialized);
    expect(replayed.tallies).toEqual(scenario.othersTallies);
    expect(replayed.state.posts.get(scenario.keptPostId)!.text).toBe(KEPT_TEXT);
    // And so does a replay of the log as export.json gives it (the worker's replay, digest checked on import).
    const entries = await again.application.hub.entries(workshopId);
    expect(JSON.stringify(entries)).not.toMatch(/MRK(name|assoc|post|edit|comment|signup|contact)/);
    expect(JSON.stringify(entries)).toContain(KEPT_TEXT);
  });
});

describe('an erasure interrupted before its key was erased', () => {
  it('is refused as unavailable, and finished from the log when the server starts again', async () => {
    // A server whose key store fails at the erasure: as if it had crashed right after the log entry was durable.
    const dataDir = await mkdtemp(join(tmpdir(), 'samrad-it-'));
    const config = { ...readConfig({ DATA_DIR: dataDir, PORT: '0' }), tickMs: 20, presenceMs: 50 };
    const storage = await openStorage(config);
    const application = await createApplication({ config, storage: { ...storage, forget: () => Promise.reject(new Error('crashed')) } });
    await new Promise<void>((resolve) => application.server.listen(0, '127.0.0.1', resolve));
    const broken: TestServer = { url: `http://127.0.0.1:${(application.server.address() as AddressInfo).port}`, dataDir, application, stop: () => application.close() };
    servers.push(broken);
    const scenario = await buildScenario(broken.url);
    const { workshopId } = scenario.created;
    const keyFile = join(dataDir, 'keys', `${workshopId}.jsonl`);
    const keyLine = (await readFile(keyFile, 'utf8')).split('\n').find((line) => line.includes(`"n":"${scenario.erasedId}"`))!;
    const key = (JSON.parse(keyLine) as { k: string }).k;

    expect(await scenario.erase()).toEqual({ ok: false, error: 'unavailable' });
    // Applied (the participant is gone from the state), but the key is still on disk.
    expect(workshopOf(broken, workshopId).text).not.toContain(MARKERS.name);
    expect(occurrences(await filesUnder(dataDir), [key])).toHaveLength(1);
    await broken.stop();

    const again = await start(dataDir);
    await expect.poll(async () => occurrences(await filesUnder(dataDir), [key, ...markers]), { timeout: 5_000, interval: 20 }).toEqual([]);
    expect(workshopOf(again, workshopId).tallies).toEqual(scenario.othersTallies);
    expect(workshopOf(again, workshopId).state.posts.get(scenario.keptPostId)!.text).toBe(KEPT_TEXT);
  });
});
