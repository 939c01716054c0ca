import { describe, expect, it, vi } from 'vitest';
import { exportJson, workshopExport } from '../../server/exports/json.js';
import { forgedLog } from '../../src/lib/domain/test-forged-logs.js';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import { useServer } from './helpers.js';

/**
 * Issue 14: the first build of a big workshop's export (seconds of work) runs in a worker
 * thread, so the server keeps answering while it is built; requests for the same version
 * that arrive meanwhile wait for that one build.
 */
const server = useServer({ importsPerAddress: { points: 100, duration: 60 }, exportsPerAddress: { points: 100, duration: 60 } });

/** A big workshop, imported: 3,000 posts and 3,000 profile changes (about 6,000 entries). */
async function bigWorkshop(): Promise<CreatedWorkshop> {
  const body = exportJson(workshopExport(forgedLog('profile-updates', 3000)));
  const response = await fetch(`${server.url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedWorkshop;
}

const download = (created: CreatedWorkshop, file: string) =>
  fetch(`${server.url}/api/workshops/${created.workshopId}/${file}`, { headers: { authorization: `Bearer ${created.key}` } }).then(async (r) => ({
    status: r.status,
    bytes: (await r.arrayBuffer()).byteLength
  }));

/**
 * Watches the builds handed to the build thread: `started` resolves when one is handed over,
 * `finished` turns true when it is done, and the spy counts them.
 */
function watchBuilds() {
  const { builds } = server.application;
  const run = builds.run.bind(builds);
  const state = { finished: false, started: Promise.resolve(), spy: vi.spyOn(builds, 'run') };
  let handedOver: () => void = () => undefined;
  state.started = new Promise<void>((resolve) => (handedOver = resolve));
  state.spy.mockImplementation((job) => {
    const running = run(job);
    void running.then(() => (state.finished = true), () => undefined);
    handedOver();
    return running;
  });
  return state;
}

describe('exports of a big workshop', () => {
  it.each(['export.json', 'export.xlsx'])('%s: /healthz answers while the file is being built', { timeout: 60_000 }, async (file) => {
    const created = await bigWorkshop();
    const builds = watchBuilds();
    const exporting = download(created, file);
    await builds.started;
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    // Answered while the build was still running: it did not hold up the event loop (a build
    // on the event loop would have finished before any answer could come in).
    expect(builds.finished).toBe(false);
    const answer = await exporting;
    expect(answer.status).toBe(200);
    expect(answer.bytes).toBeGreaterThan(100_000);
    expect(builds.finished).toBe(true);
    builds.spy.mockRestore();
  });

  it('builds the file once when many ask for the same version at the same time', { timeout: 60_000 }, async () => {
    const created = await bigWorkshop();
    const { spy } = watchBuilds();
    const answers = await Promise.all(Array.from({ length: 8 }, () => download(created, 'export.json')));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((a) => a.bytes)).size).toBe(1);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
