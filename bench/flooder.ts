/**
 * Issue 6, "a flooding client does not raise other participants' latency":
 * `npm run bench:flood -- [--participants 500] [--rate 2000] [--votes 3] [--vote-window 10] [--workers N]`.
 * Runs the usual scenario (bench/scenario.ts: join storm, Samtal 2 collecting, voting burst,
 * reveal) twice against a fresh server: without, then with ONE extra socket that joins as
 * a participant and floods from the end of the join storm to the end of the voting burst
 * (bench/flood-worker.ts: `--rate` events per second without waiting for acks — posts,
 * votes, retractions, malformed payloads, unknown events). Prints the normal phones'
 * ack latencies, how the flooder's events were answered and the server's CPU.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { FloodResult, FloodSetup } from './flood-worker.js';
import { machineBusySeconds, serverEntry, startServer, stopAll } from './procs.js';
import { runScenario, type ScenarioOptions, type ScenarioResult } from './scenario.js';
import type { Summary } from './stats.js';

const { values: args } = parseArgs({
  options: {
    participants: { type: 'string', default: '500' },
    rate: { type: 'string', default: '2000' },
    votes: { type: 'string', default: '3' },
    'vote-window': { type: 'string', default: '10' },
    workers: { type: 'string', default: String(cpus().length) },
    seed: { type: 'string', default: '1' }
  }
});

function positive(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${value}`);
  return n;
}

const participants = Math.floor(positive('participants', args.participants));
const rate = positive('rate', args.rate);
const say = (line: string) => process.stdout.write(line + '\n');

const base: ScenarioOptions = {
  participants,
  votes: Math.floor(positive('votes', args.votes)),
  joinWindowMs: (participants / 250) * 1000,
  postWindowMs: Math.max(10, participants / 100) * 1000,
  voteWindowMs: positive('vote-window', args['vote-window']) * 1000,
  seed: Math.floor(positive('seed', args.seed)),
  timeoutMs: Math.max(60_000, participants * 40),
  roundId: 'samtal-2',
  topicIds: ['dialog'],
  workers: Math.floor(positive('workers', args.workers)),
  raw: false,
  liveTallies: false
};

/** Workers run TypeScript through tsx's API, as in phone-pool.ts. */
const entry = new URL('./flood-worker.ts', import.meta.url).href;
const bootstrap = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;

interface Run {
  result: ScenarioResult;
  flood?: FloodResult & { seconds: number };
}

async function run(flood: boolean): Promise<Run> {
  const server = await startServer({ kind: 'samrad' });
  let worker: Worker | undefined;
  let floodStart = 0;
  let floodResult: (FloodResult & { seconds: number }) | undefined;
  try {
    say(`${flood ? 'WITH' : 'WITHOUT'} the flooder: server pid ${server.pid}`);
    const hooks: ScenarioOptions['hooks'] = flood
      ? {
          joined: async (url, code) => {
            worker = new Worker(bootstrap, { eval: true, workerData: { url, code, rate } satisfies FloodSetup });
            const started = await new Promise<boolean>((resolve, reject) => {
              worker!.once('message', (m: { started: boolean }) => resolve(m.started));
              worker!.once('error', reject);
            });
            if (!started) throw new Error('the flooder could not join');
            floodStart = performance.now();
            say(`  flooder joined, sending ${rate} events/s`);
          },
          voted: async () => {
            const seconds = (performance.now() - floodStart) / 1000;
            worker!.postMessage('stop');
            const result = await new Promise<FloodResult>((resolve) => worker!.on('message', (m: { result?: FloodResult }) => m.result && resolve(m.result)));
            floodResult = { ...result, seconds };
            await worker!.terminate();
            worker = undefined;
          }
        }
      : undefined;
    const result = await runScenario([server], { ...base, hooks }, say);
    return { result, flood: floodResult };
  } finally {
    await worker?.terminate();
    await server.stop();
  }
}

const ms = (s: Summary) => `p50 ${s.p50.toFixed(1)}  p95 ${s.p95.toFixed(1)}  p99 ${s.p99.toFixed(1)}  max ${s.max.toFixed(1)} ms (n ${s.count})`;

function describe(name: string, { result: r, flood }: Run): void {
  const cpu = r.collect.cost.serverCpuSeconds + r.vote.cost.serverCpuSeconds;
  const seconds = r.collect.cost.seconds + r.vote.cost.seconds;
  say(`\n${name}`);
  say(`  vote ack     ${ms(r.vote.ack)}`);
  say(`  post ack     ${ms(r.collect.ack)}`);
  say(`  vote→screen  ${ms(r.vote.toProjector)}`);
  say(`  reveal       ${ms(r.reveal.toPhones)}`);
  say(`  server CPU collecting+voting ${cpu.toFixed(1)} s over ${seconds.toFixed(1)} s (${((cpu / seconds) * 100).toFixed(0)}% of one core); voting: ${r.vote.cost.serverCpuSeconds.toFixed(1)} s, ELU ${(r.vote.cost.elu * 100).toFixed(0)}%, event-loop delay p99 ${r.vote.cost.eldP99.toFixed(1)} ms, max ${r.vote.cost.eldMax.toFixed(1)} ms`);
  const c = r.vote.cost;
  say(`  voting, CPU besides the server: bench (phones, flooder, observers) ${c.benchCpuSeconds.toFixed(1)} s, bench event-loop delay p99 ${c.benchEldP99.toFixed(1)} ms, other processes ${c.otherCpuSeconds.toFixed(1)} s, on ${cpus().length} cores over ${c.seconds.toFixed(1)} s`);
  say(`  failures: post ${JSON.stringify(r.collect.failures)} vote ${JSON.stringify(r.vote.failures)}, votes not shown ${r.vote.notShown}, lost phones ${r.health.lostPhones}, server log ${JSON.stringify(r.health.serverLog)}`);
  if (flood) {
    const limited = flood.outcomes.rate_limited ?? 0;
    say(`  flooder: ${flood.sent} events in ${flood.seconds.toFixed(1)} s (${Math.round(flood.sent / flood.seconds)}/s), ${flood.acked} answered, rate_limited ${limited} (${((limited / Math.max(1, flood.acked)) * 100).toFixed(1)}%), disconnected by the server: ${flood.disconnected ? 'yes' : 'no'}`);
    say(`  flooder's answers: ${JSON.stringify(flood.outcomes)}`);
  }
}

let code = 1;
try {
  say(`Samråd flood bench: ${participants} participants + ${rate} events/s from one socket, ${base.votes} votes each over ${base.voteWindowMs / 1000} s`);
  say(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, server entry ${serverEntry('samrad')}`);
  const busy0 = await machineBusySeconds();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  say(`Other jobs before the start: ${Math.round((((await machineBusySeconds()) - busy0) / 2 / cpus().length) * 100)}% of the machine`);
  const without = await run(false);
  const withFlood = await run(true);
  describe('Without the flooder', without);
  describe('With the flooder', withFlood);
  const a = without.result.vote.ack;
  const b = withFlood.result.vote.ack;
  say(`\nVote ack, with ÷ without: p50 ${(b.p50 / a.p50).toFixed(2)}×, p95 ${(b.p95 / a.p95).toFixed(2)}×, p99 ${(b.p99 / a.p99).toFixed(2)}×`);
  code = 0;
} catch (error) {
  process.stderr.write(`flood bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
} finally {
  await stopAll();
}
process.exit(code);
