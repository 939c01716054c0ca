/**
 * Issue 14, "nobody with the join code, or without it, can stall a server":
 * `npm run bench:attack -- [--participants 500] [--attacks snapshots,code-guessing,…] [--workers N]
 * [--attack-posts 9000] [--series-posts 4000]`.
 * Runs the usual scenario (bench/scenario.ts: join storm, Samtal 2 collecting, voting burst,
 * reveal) once without an attack, then once per attack with the attack running from the
 * end of the join storm to the end of the voting burst (bench/attack-worker.ts), from
 * another loopback address than the phones. The server runs as a venue behind one NAT
 * would need it (ADDRESS_LIMIT_FACTOR=3: the phones share 127.0.0.1). Prints, per run:
 * the phones' vote acknowledgement p50/p99, `/healthz` p99 and max while the attack runs,
 * the server's RSS before, at the end of and 10 s after the attack, and its event-loop
 * delay p99 while voting.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { ATTACKS, type AttackName, type AttackResult, type AttackSetup } from './attack-types.js';
import { serverEntry, startServer, stopAll, type ServerHandle } from './procs.js';
import { runScenario, type ScenarioOptions, type ScenarioResult } from './scenario.js';
import { Latencies, type Summary } from './stats.js';

const { values: args } = parseArgs({
  options: {
    participants: { type: 'string', default: '500' },
    attacks: { type: 'string', default: ATTACKS.join(',') },
    workers: { type: 'string', default: String(cpus().length) },
    seed: { type: 'string', default: '1' },
    // The forged workshops of the imports and exports attacks, and the series-reads meeting.
    'attack-posts': { type: 'string', default: '9000' },
    'series-posts': { type: 'string', default: '4000' }
  }
});

const participants = Number(args.participants);
if (!Number.isInteger(participants) || participants < 10) throw new Error(`--participants must be a whole number ≥ 10, got ${args.participants}`);
const chosen = (args.attacks ?? '').split(',').filter(Boolean);
for (const name of chosen) if (!(ATTACKS as readonly string[]).includes(name)) throw new Error(`unknown attack ${name}; known: ${ATTACKS.join(', ')}`);
const say = (line: string) => process.stdout.write(line + '\n');
/** The attacker's address: another loopback address than the phones' 127.0.0.1. */
const ATTACKER = '127.0.0.2';
const MB = 1024 * 1024;

const base: ScenarioOptions = {
  participants,
  votes: 3,
  joinWindowMs: (participants / 250) * 1000,
  postWindowMs: Math.max(10, participants / 100) * 1000,
  voteWindowMs: 10_000,
  seed: Number(args.seed),
  timeoutMs: Math.max(60_000, participants * 40),
  roundId: 'samtal-2',
  topicIds: ['dialog'],
  workers: Number(args.workers),
  raw: false,
  liveTallies: false
};

const entry = new URL('./attack-worker.ts', import.meta.url).href;
const bootstrap = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;

interface Run {
  name: string;
  result: ScenarioResult;
  healthz: Summary;
  rssMB: { before: number; end: number; after: number };
  attack?: AttackResult & { seconds: number };
}

/** `/healthz` every 100 ms while the attack runs, from the bench's main thread. */
function pollHealth(url: string): { stop(): Summary } {
  const latencies = new Latencies();
  let stopped = false;
  void (async () => {
    while (!stopped) {
      const started = performance.now();
      await fetch(`${url}/healthz`).then((r) => r.arrayBuffer()).catch(() => undefined);
      latencies.record(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop() {
      stopped = true;
      return latencies.summary();
    }
  };
}

const rssOf = async (server: ServerHandle) => Math.round((await server.probe('read')).rss / MB);

async function run(attack: AttackName | undefined): Promise<Run> {
  const server = await startServer({ kind: 'samrad', env: { ADDRESS_LIMIT_FACTOR: '3' } });
  let worker: Worker | undefined;
  let health: ReturnType<typeof pollHealth> | undefined;
  let started = 0;
  let attackResult: Run['attack'];
  const rssMB = { before: 0, end: 0, after: 0 };
  let healthz: Summary | undefined;
  try {
    say(`${attack ?? 'no attack'}: server pid ${server.pid}`);
    const hooks: ScenarioOptions['hooks'] = {
      joined: async (url, code) => {
        rssMB.before = await rssOf(server);
        health = pollHealth(url);
        started = performance.now();
        if (!attack) return;
        worker = new Worker(bootstrap, { eval: true, workerData: { attack, url, code, from: ATTACKER, posts: Number(args['attack-posts']), seriesPosts: Number(args['series-posts']) } satisfies AttackSetup });
        await new Promise<void>((resolve, reject) => {
          worker!.once('message', () => resolve());
          worker!.once('error', reject);
        });
        say(`  ${attack} running from ${ATTACKER}`);
      },
      voted: async () => {
        const seconds = (performance.now() - started) / 1000;
        healthz = health!.stop();
        rssMB.end = await rssOf(server);
        if (worker) {
          worker.postMessage('stop');
          const result = await new Promise<AttackResult>((resolve) => worker!.on('message', (m: { result?: AttackResult }) => m.result && resolve(m.result)));
          attackResult = { ...result, seconds };
          await worker.terminate();
          worker = undefined;
        }
      }
    };
    const result = await runScenario([server], { ...base, hooks }, say);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    rssMB.after = Math.round((await server.probe('gc')).rss / MB);
    return { name: attack ?? 'no attack', result, healthz: healthz!, rssMB, attack: attackResult };
  } finally {
    health?.stop();
    await worker?.terminate();
    await server.stop();
  }
}

const f = (n: number) => n.toFixed(1);

function report(runs: Run[]): void {
  const [quiet] = runs;
  say('\n| attack | vote ack p50 / p99 ms | p99 ÷ no attack | /healthz p99 / max ms | RSS MB before → end → 10 s after | event-loop delay p99 ms (voting) | attacker sent, answers |');
  say('|---|---|---|---|---|---|---|');
  for (const r of runs) {
    const a = r.result.vote.ack;
    const answers = r.attack ? `${r.attack.sent} in ${f(r.attack.seconds)} s: ${Object.entries(r.attack.outcomes).map(([k, v]) => `${k} ${v}`).join(', ')}` : '–';
    say(
      `| ${r.name} | ${f(a.p50)} / ${f(a.p99)} | ${f(a.p99 / quiet!.result.vote.ack.p99)}× | ${f(r.healthz.p99)} / ${f(r.healthz.max)} | ${r.rssMB.before} → ${r.rssMB.end} → ${r.rssMB.after} | ${f(r.result.vote.cost.eldP99)} | ${answers} |`
    );
  }
  for (const r of runs) {
    const { collect, vote } = r.result;
    say(`${r.name}: failures post ${JSON.stringify(collect.failures)} vote ${JSON.stringify(vote.failures)}, votes not shown ${vote.notShown}, lost phones ${r.result.health.lostPhones}`);
  }
}

let code = 1;
try {
  say(`Samråd attack bench: ${participants} participants, ${base.votes} votes each over ${base.voteWindowMs / 1000} s; attacks: ${chosen.join(', ')}`);
  say(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, server entry ${serverEntry('samrad')}`);
  const runs: Run[] = [await run(undefined)];
  for (const attack of chosen as AttackName[]) runs.push(await run(attack));
  report(runs);
  code = 0;
} catch (error) {
  process.stderr.write(`attack bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
} finally {
  await stopAll();
}
process.exit(code);
