/**
 * Issue 14: does building a big workshop's exports stall the server?
 * `npm run bench:export -- [--posts 9000] [--series-posts 4000] [--files export.json,…] [--cpu-prof]`. Starts a server process with the probe, imports a
 * forged workshop of n kept posts and n profile changes (about 2n entries, under the import
 * caps), then downloads each export once (the first, uncached build) while `/healthz` is asked
 * every 10 ms. Prints, per export: the download time, the slowest /healthz answer and how many
 * /healthz answers arrived during the build, and the server's event-loop delay max (the
 * longest the loop was blocked). Then the series view of a meeting of n near-identical posts.
 * Figures only, no assertions. Per-address limits are off (ADDRESS_LIMIT_FACTOR=0).
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { exportJson, workshopExport } from '../server/exports/json.js';
import { forgedLog } from '../src/lib/domain/test-forged-logs.js';
import { alikeMeetingLog } from './attack-forged.js';
import { healthProbe } from './health-probe.js';
import { summarizeProfiles } from './profile-summary.js';
import { startServer, stopAll, tempDir, type ServerHandle } from './procs.js';

const { values: args } = parseArgs({
  options: {
    posts: { type: 'string', default: '9000' },
    'series-posts': { type: 'string', default: '4000' },
    files: { type: 'string', default: 'export.json,export.xlsx,export.csv,export.md' },
    'cpu-prof': { type: 'boolean', default: false }
  }
});
const posts = Number(args.posts);
const seriesPosts = Number(args['series-posts']);

async function measure(server: ServerHandle, name: string, work: () => Promise<unknown>): Promise<void> {
  // The garbage the import left is collected first: its pause is not the build's.
  await server.probe('gc');
  await server.probe('reset');
  const probe = healthProbe(server.url, 10);
  const start = performance.now();
  await work();
  const took = performance.now() - start;
  const health = await probe.stop();
  const { eld } = await server.probe('read');
  console.log(
    `${name.padEnd(44)} ${took.toFixed(0).padStart(6)} ms   /healthz max ${health.max.toFixed(0).padStart(5)} ms, ${String(health.answered).padStart(4)} answers   event-loop delay max ${eld.max.toFixed(0).padStart(5)} ms`
  );
}

const cpuProfDir = args['cpu-prof'] ? await tempDir('samrad-export-prof-') : undefined;
const server = await startServer({ kind: 'samrad', ...(cpuProfDir ? { cpuProfDir } : {}) });
try {
  const { url } = server;
  const post = (path: string, body: string, key?: string) =>
    fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body });
  const imported = async (entries: ReturnType<typeof forgedLog>) => {
    const response = await post('/api/import', exportJson(workshopExport(entries)));
    if (response.status !== 201) throw new Error(`import refused: ${response.status} ${await response.text()}`);
    return (await response.json()) as { workshopId: string; key: string };
  };

  const log = forgedLog('profile-updates', posts);
  const workshop = await imported(log);
  console.log(`Export builds of a workshop of ${posts} posts (${log.length} log entries), first download of each:`);
  for (const kind of (args.files ?? '').split(',')) {
    await measure(server, kind, async () => {
      const response = await fetch(`${url}/api/workshops/${workshop.workshopId}/${kind}`, { headers: { authorization: `Bearer ${workshop.key}` } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${kind}: ${response.status}`);
    });
  }

  const meeting = await imported(alikeMeetingLog(seriesPosts));
  const series = (await (await post('/api/series', JSON.stringify({ title: 'Bänk' }))).json()) as { id: string; key: string };
  await post(`/api/series/${series.id}/workshops`, JSON.stringify({ workshopId: meeting.workshopId, workshopKey: meeting.key }), series.key);
  await measure(server, `series view, ${seriesPosts} alike posts (first read)`, async () => {
    await (await fetch(`${url}/api/series/${series.id}`, { headers: { authorization: `Bearer ${series.key}` } })).arrayBuffer();
  });
  if (cpuProfDir) {
    // The profile is written when the server ends; the temporary directories go with stopAll().
    await server.stop();
    console.log('Server main thread, most self time:');
    for (const f of await summarizeProfiles(cpuProfDir, undefined, 15)) console.log(`  ${f.selfMs.toFixed(0).padStart(6)} ms ${f.percent.toFixed(1).padStart(5)} %  ${f.name}`);
  }
} finally {
  await stopAll();
}
