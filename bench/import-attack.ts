/**
 * Issue 14, findings 1 and 3, through a real server process: `npm run bench:import --
 * [--posts 9000] [--series-posts 2000]`. Imports a forged export.json (n posts and n
 * withdrawals, with a true digest, so it is accepted), downloads its export.json three
 * times, then reads a series holding it; all the while /healthz is asked every 20 ms. Prints
 * each step's time and the slowest /healthz answer during it. Figures only, no assertions.
 * Per-address limits are off (ADDRESS_LIMIT_FACTOR=0) so that every step runs.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { exportJson, workshopExport } from '../server/exports/json.js';
import { forgedLog } from '../src/lib/domain/test-forged-logs.js';
import { alikeMeetingLog } from './attack-forged.js';
import { healthProbe } from './health-probe.js';
import { startServer, stopAll } from './procs.js';

const { values: args } = parseArgs({ options: { posts: { type: 'string', default: '9000' }, 'series-posts': { type: 'string', default: '2000' } } });

async function step<T>(url: string, name: string, work: () => Promise<T>): Promise<T> {
  const probe = healthProbe(url, 20);
  const start = performance.now();
  const result = await work();
  const took = performance.now() - start;
  const worst = (await probe.stop()).max;
  console.log(`${name.padEnd(52)} ${took.toFixed(0).padStart(6)} ms   /healthz max ${worst.toFixed(0).padStart(6)} ms`);
  return result;
}

const server = await startServer({ kind: 'samrad' });
try {
  const { url } = server;
  const post = (path: string, body: string, key?: string) =>
    fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body });

  for (const n of [Number(args.posts), 20_000]) {
    // The parts for people reading the file are not needed by an import: left empty, as a forger would.
    const doc = workshopExport(forgedLog('withdrawals', n));
    const body = exportJson({ ...doc, workshop: { ...doc.workshop, posts: [], participants: [], moderation: [] } });
    const response = await step(url, `import ${n} posts + ${n} withdrawals (${(body.length / 1e6).toFixed(1)} MB)`, async () => {
      // A server that answers before it has read the whole body may close the upload (EPIPE).
      const r = await post('/api/import', body).catch((error: Error) => error);
      if (r instanceof Error) return { status: 0, json: { error: `upload ended: ${String((r.cause as Error | undefined)?.message ?? r.message)}` } };
      return { status: r.status, json: (await r.json()) as { workshopId?: string; key?: string; error?: string } };
    });
    console.log(`  → ${response.status} ${response.json.error ?? ''}`);
    if (!response.json.workshopId) continue;
    for (let i = 1; i <= 3; i++) {
      await step(url, `  export.json of it, download ${i}`, async () => {
        const r = await fetch(`${url}/api/workshops/${response.json.workshopId}/export.json`, { headers: { authorization: `Bearer ${response.json.key}` } }).catch((error: Error) => error);
        if (r instanceof Error) console.log(`  → failed: ${String((r.cause as Error | undefined)?.message ?? r.message)}`);
        else await r.arrayBuffer();
      });
    }
  }

  const meeting = await post('/api/import', exportJson(workshopExport(alikeMeetingLog(Number(args['series-posts'])))));
  const imported = (await meeting.json()) as { workshopId: string; key: string };
  const series = (await (await post('/api/series', JSON.stringify({ title: 'Bänk' }))).json()) as { id: string; key: string };
  await post(`/api/series/${series.id}/workshops`, JSON.stringify({ workshopId: imported.workshopId, workshopKey: imported.key }), series.key);
  for (let i = 1; i <= 3; i++) {
    await step(url, `series view over ${args['series-posts']} alike posts, read ${i}`, async () => {
      await (await fetch(`${url}/api/series/${series.id}`, { headers: { authorization: `Bearer ${series.key}` } })).arrayBuffer();
    });
  }
} finally {
  await stopAll();
}
