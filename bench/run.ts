/**
 * The load generator: `npm run bench -- [--participants 1000] [--processes 1|3] [--redis]
 * [--live-tallies] [--votes 3|5] [--join-rate 250] [--post-window S] [--vote-window 10]
 * [--workers 2] [--seed 1] [--no-floor] [--cpu-prof] [--raw] [--smoke]`.
 * Runs the workshop scenario against real Samråd server processes, then the same clients
 * and messages against the bare relay (the floor), prints both with their ratios and
 * writes everything to bench/results/<timestamp>-<participants>p.json.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { summarizeProfiles, type HotFunction } from './profile-summary.js';
import { machineBusySeconds, root, serverEntry, startRedis, startServer, stopAll, type RedisHandle, type ServerHandle } from './procs.js';
import { table, verdicts } from './report.js';
import { runScenario, type ScenarioOptions, type ScenarioResult } from './scenario.js';

const { values: args } = parseArgs({
  options: {
    participants: { type: 'string', default: '1000' },
    processes: { type: 'string', default: '1' },
    redis: { type: 'boolean', default: false },
    'live-tallies': { type: 'boolean', default: false },
    votes: { type: 'string', default: '3' },
    'join-rate': { type: 'string', default: '250' },
    // Seconds; default max(10, participants / 100): every post reaches every phone, so
    // 5,000 posts are ~4.6 GB for the phones to parse, too much for one core in 10 s.
    'post-window': { type: 'string' },
    'vote-window': { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    'no-floor': { type: 'boolean', default: false },
    raw: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    workers: { type: 'string', default: String(cpus().length) },
    smoke: { type: 'boolean', default: false }
  }
});

function positive(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${value}`);
  return n;
}

const smoke = args.smoke;
const participants = smoke ? 20 : Math.floor(positive('participants', args.participants));
const processes = Math.floor(positive('processes', args.processes));
if (processes > 1 && !args.redis) throw new Error('--processes > 1 needs --redis: the file log belongs to one process');
const votes = Math.floor(positive('votes', args.votes));
if (votes > 5) throw new Error('--votes: Samtal 2 has a budget of 5 votes');

const options: ScenarioOptions = {
  participants,
  votes,
  joinWindowMs: (participants / positive('join-rate', args['join-rate'])) * 1000,
  postWindowMs: (smoke ? 1 : args['post-window'] ? positive('post-window', args['post-window']) : Math.max(10, participants / 100)) * 1000,
  voteWindowMs: (smoke ? 2 : positive('vote-window', args['vote-window'])) * 1000,
  seed: Math.floor(positive('seed', args.seed)),
  timeoutMs: smoke ? 15_000 : Math.max(60_000, participants * 40),
  roundId: 'samtal-2',
  topicIds: ['dialog'],
  workers: Math.floor(positive('workers', args.workers)),
  raw: args.raw,
  liveTallies: args['live-tallies']
};

const say = (line: string) => process.stdout.write(line + '\n');

async function runOurs(cpuProfDir: string | undefined): Promise<ScenarioResult> {
  let redis: RedisHandle | undefined;
  const servers: ServerHandle[] = [];
  try {
    if (args.redis) redis = await startRedis();
    const env: Record<string, string> = redis ? { REDIS_URL: redis.url } : {};
    for (let i = 0; i < processes; i++) servers.push(await startServer({ kind: 'samrad', env, cpuProfDir }));
    say(`Samråd: ${processes} process(es)${redis ? ' + redis-server' : ', file log'}, pids ${servers.map((s) => s.pid).join(', ')}`);
    return await runScenario(servers, options, say, redis?.pid);
  } finally {
    for (const server of servers) await server.stop();
    await redis?.stop();
  }
}

async function runFloor(cpuProfDir: string | undefined): Promise<ScenarioResult> {
  const relay = await startServer({ kind: 'relay', cpuProfDir });
  try {
    say(`Floor: bare relay, 1 process, pid ${relay.pid}`);
    return await runScenario([relay], options, say);
  } finally {
    await relay.stop();
  }
}

function failures(result: ScenarioResult): number {
  const sum = (f: Record<string, number>) => Object.values(f).reduce((a, b) => a + b, 0);
  return sum(result.join.failures) + sum(result.collect.failures) + sum(result.vote.failures) + result.vote.notShown + result.reveal.missing + (result.live?.notSeen ?? 0) + result.health.tallyLeaksBeforeReveal + result.health.lostPhones +
    Object.entries(result.health.serverLog).reduce((n, [msg, count]) => n + (msg.startsWith('error') ? count : 0), 0);
}

async function main(): Promise<number> {
  say(`Samråd bench: ${participants} participants, ${votes} votes each, ${processes} process(es)${args.redis ? ' with Redis' : ''}, phones in ${options.workers} worker thread(s)`);
  say(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, server entry ${serverEntry('samrad')}`);
  const busy0 = await machineBusySeconds();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const otherLoad = Math.round((((await machineBusySeconds()) - busy0) / 2 / cpus().length) * 100);
  say(`Other jobs before the start: ${otherLoad}% of the machine${otherLoad > 20 ? ' — WARNING: figures will be disturbed' : ''}`);
  if (options.liveTallies) say(`--live-tallies: the facilitator turns live tallies on for ${options.roundId} before voting; phones get every count while voting`);
  // Profiles stay in a temporary directory (not in the repository) for later reading.
  const profDir = args['cpu-prof'] ? await mkdtemp(join(tmpdir(), 'samrad-cpu-prof-')) : undefined;
  const oursProf = profDir && join(profDir, 'samrad');
  const floorProf = profDir && join(profDir, 'floor');

  const ours = await runOurs(oursProf);
  const floor = args['no-floor'] ? undefined : await runFloor(floorProf);
  const profile: Record<string, HotFunction[]> = {};
  for (const [who, dir, r] of [['Samråd', oursProf, ours], ['floor', floorProf, floor]] as const) {
    if (!dir || !r) continue;
    for (const [name, cost] of Object.entries({ join: r.join.cost, burst: r.vote.cost, reveal: r.reveal.cost })) {
      profile[`${who} ${name}`] = await summarizeProfiles(dir, cost.window);
    }
  }

  say('');
  say(table(ours, floor));
  for (const [name, r] of Object.entries({ Samråd: ours, floor }) as Array<[string, ScenarioResult | undefined]>) {
    if (!r) continue;
    const live = r.live ? `, counts not seen on sampled phones ${r.live.notSeen}` : '';
    say(`${name}: failures join ${JSON.stringify(r.join.failures)} post ${JSON.stringify(r.collect.failures)} vote ${JSON.stringify(r.vote.failures)}, votes not shown ${r.vote.notShown}, reveal missing ${r.reveal.missing}${live}, ${JSON.stringify(r.health)}`);
  }
  for (const [name, hot] of Object.entries(profile)) {
    say(`\nServer CPU profile, ${name} (${profDir}), top self time:\n${hot.slice(0, 15).map((f) => `  ${f.selfMs.toFixed(0).padStart(7)} ms ${f.percent.toFixed(1).padStart(5)}%  ${f.name}`).join('\n')}`);
  }

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = join(root, 'bench/results');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${stamp}-${participants}p${processes > 1 ? `-${processes}proc` : ''}${args.redis ? '-redis' : ''}${options.liveTallies ? '-live' : ''}.json`);
  const machine = { cpus: cpus().length, model: cpus()[0]?.model.trim(), node: process.version };
  const liveTallies = options.liveTallies ? { roundId: options.roundId, switchedOn: 'before voting', sample: 'about 100 phones' } : undefined;
  const percentiles = 'hdr-histogram-js 3 (microsecond samples, 3 significant digits)';
  await writeFile(file, JSON.stringify({ date: new Date().toISOString(), machine, otherLoadBeforePercent: otherLoad, options, processes, redis: args.redis, liveTallies, percentiles, ours, floor, verdicts: verdicts(ours, floor), profile }, null, 2) + '\n');
  say(`\nJSON: ${file}`);

  const failed = failures(ours) + (floor ? failures(floor) : 0);
  if (failed > 0) say(`${failed} commands or deliveries failed (see above)`);
  return smoke && failed > 0 ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
} finally {
  await stopAll();
}
process.exit(code);
