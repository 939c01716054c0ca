/**
 * Issue 6, "memory stays flat": `npm run bench:soak -- [--minutes 30] [--participants 500]
 * [--round-seconds 60] [--seed 1]`. One server, one workshop, `participants` phones for
 * `minutes` of steady, realistic activity: the facilitator runs round after round
 * (Samtal 1, Samtal 2, Samtal 1, …; each collecting → voting → results), phones post now and
 * then while collecting, vote up to their budget while voting and sometimes take a vote
 * back, and a few per cent of them drop and come back (same token) every minute; a
 * projector follows everything. Every 30 s it prints the server's heap (as found, and
 * after a forced gc), RSS, event-loop delay and the phones' ack latencies; at the end the
 * first / last / largest heap and whether the heap after gc grew more than 20 % after the
 * warm-up (the first 20 % of the run, at least one round). Posts accumulate as in a real
 * workshop, so some growth is content: the last line says how much per post.
 * The phones live on the main thread: their load (a few events per second each way) is light.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { Facilitator, Projector } from './observers.js';
import type { Ack } from './phone.js';
import { serverEntry, startServer, stopAll, type ServerHandle } from './procs.js';
import { Latencies, now, random, sleep } from './stats.js';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    participants: { type: 'string', default: '500' },
    'round-seconds': { type: 'string', default: '60' },
    seed: { type: 'string', default: '1' }
  }
});

function positive(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${value}`);
  return n;
}

const minutes = positive('minutes', args.minutes);
const participants = Math.floor(positive('participants', args.participants));
const roundMs = positive('round-seconds', args['round-seconds']) * 1000;
const next = random(Math.floor(positive('seed', args.seed)));
const say = (line: string) => process.stdout.write(line + '\n');
const SAMPLE_MS = 30_000;
/** Share of the phones that drop and come back per minute. */
const RECONNECTS_PER_MINUTE = 0.03;
/** Posts per phone per collecting stage, on average. */
const POSTS_PER_STAGE = 0.5;

type Stage = 'collecting' | 'voting' | 'results';
const failures: Record<string, number> = {};
const fail = (reason: string) => (failures[reason] = (failures[reason] ?? 0) + 1);
const acks = { post: new Latencies(), vote: new Latencies(), retract: new Latencies(), rejoin: new Latencies() };
let commandCount = 0;
const totals = { posts: 0, votes: 0, retracts: 0, reconnects: 0 };

class SoakPhone {
  socket: Socket | undefined;
  token: string | undefined;
  online = false;
  busy = false;
  /** Post ids seen per round (the latest few hundred: enough to vote on). */
  readonly seen = new Map<string, string[]>();
  /** This phone's votes per round, oldest first. */
  readonly votes = new Map<string, string[]>();

  constructor(
    readonly index: number,
    readonly url: string,
    readonly code: string
  ) {}

  async connect(): Promise<boolean> {
    const socket = io(this.url, { transports: ['websocket'], forceNew: true, reconnection: false });
    this.socket = socket;
    socket.on('workshop:changed', (delta: { posts?: Array<{ id: string; roundId: string }> }) => this.#posts(delta.posts));
    socket.on('disconnect', () => (this.online = false));
    const began = now();
    const connected = await new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true));
      socket.once('connect_error', () => resolve(false));
    });
    if (!connected) return void fail('connect_error'), false;
    const payload = { code: this.code, ...(this.token ? { token: this.token } : { name: `Deltagare ${this.index + 1}`, association: `Förening ${(this.index % 102) + 1}` }) };
    const ack = await this.#send('participant:join', payload);
    if (!ack?.ok) return void fail(`join ${ack?.error ?? 'timeout'}`), false;
    if (this.token) acks.rejoin.record(now() - began);
    this.token = ack.token as string;
    this.#posts((ack.snapshot as { posts: Array<{ id: string; roundId: string }> }).posts);
    this.online = true;
    return true;
  }

  #posts(posts: Array<{ id: string; roundId: string }> | undefined): void {
    for (const post of posts ?? []) {
      let list = this.seen.get(post.roundId);
      if (!list) this.seen.set(post.roundId, (list = []));
      list.push(post.id);
      if (list.length > 300) list.shift();
    }
  }

  async #send(event: string, payload: unknown): Promise<Ack | undefined> {
    try {
      return (await this.socket!.timeout(30_000).emitWithAck(event, payload)) as Ack;
    } catch {
      return undefined;
    }
  }

  /** One command, timed; the phone does one thing at a time, as a person does. */
  async #command(kind: 'post' | 'vote' | 'retract', event: string, payload: Record<string, unknown>): Promise<boolean> {
    this.busy = true;
    const began = now();
    const ack = await this.#send(event, { commandId: `${kind}-${this.index}-${++commandCount}`, ...payload });
    this.busy = false;
    if (!ack) return void fail(`${kind} ack timeout`), false;
    if (!ack.ok) return void fail(`${kind} ${ack.error}`), false;
    acks[kind].record(now() - began);
    return true;
  }

  async post(roundId: string, topicId: string): Promise<void> {
    const text = `Förslag ${totals.posts + 1} från deltagare ${this.index + 1}: träffas oftare och bjud in fler föreningar`;
    if (await this.#command('post', 'post:create', { roundId, topicIds: [topicId], text })) totals.posts++;
  }

  /** Votes while under `budget` in this round; at the budget it sometimes takes the oldest back. */
  async vote(roundId: string, budget: number): Promise<void> {
    const mine = this.votes.get(roundId) ?? [];
    this.votes.set(roundId, mine);
    if (mine.length >= budget) {
      if (next() < 0.1) {
        const postId = mine[0]!;
        if (await this.#command('retract', 'vote:retract', { postId })) mine.shift(), totals.retracts++;
      }
      return;
    }
    const seen = this.seen.get(roundId) ?? [];
    const postId = seen[Math.floor(next() * seen.length)];
    if (!postId || mine.includes(postId)) return;
    if (await this.#command('vote', 'vote:cast', { postId })) mine.push(postId), totals.votes++;
  }

  drop(): void {
    this.online = false;
    this.socket?.disconnect();
  }
}

interface Sample {
  at: number;
  heapMB: number;
  heapAfterGcMB: number;
  rssMB: number;
  eldP99: number;
  eldMax: number;
  posts: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function sample(server: ServerHandle, startedAt: number): Promise<Sample> {
  const found = await server.probe('read'); // heap as found, and the event-loop delay since the last sample
  const afterGc = await server.probe('gc');
  // Reset after the forced gc, so its pause is not counted in the next interval's delay.
  await server.probe('reset');
  return { at: (now() - startedAt) / 1000, heapMB: mb(found.heapUsed), heapAfterGcMB: mb(afterGc.heapUsed), rssMB: mb(afterGc.rss), eldP99: found.eld.p99, eldMax: found.eld.max, posts: totals.posts };
}

async function main(): Promise<void> {
  say(`Samråd soak: ${participants} participants for ${minutes} min, rounds of ${roundMs / 1000} s (collecting 50 %, voting 33 %, results 17 %)`);
  say(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, server entry ${serverEntry('samrad')}`);
  const server = await startServer({ kind: 'samrad' });
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ templateId: 'lokal-overenskommelse', title: 'Soak' })
  });
  if (response.status !== 201) throw new Error(`creating the workshop failed: ${response.status}`);
  const created = (await response.json()) as { workshopId: string; code: string; key: string };
  const facilitator = await Facilitator.join(server.url, created.workshopId, created.key);
  const projector = await Projector.join(server.url, created.code);
  const rounds = facilitator.info.rounds!;
  const topics = facilitator.info.topics!.map((t) => t.id);

  const phones = Array.from({ length: participants }, (_, i) => new SoakPhone(i, server.url, created.code));
  // Joins spread over a few seconds, as a hall arriving.
  await Promise.all(phones.map(async (phone, i) => (await sleep(i * 10), phone.connect())));
  say(`  joined: ${phones.filter((p) => p.online).length}`);

  const startedAt = now();
  const endAt = startedAt + minutes * 60_000;
  const samples: Sample[] = [await sample(server, startedAt)];
  const print = (s: Sample) =>
    say(
      `  ${(s.at / 60).toFixed(1).padStart(5)} min  heap ${s.heapMB.toFixed(1).padStart(6)} MB, after gc ${s.heapAfterGcMB.toFixed(1).padStart(6)} MB, RSS ${s.rssMB.toFixed(0).padStart(4)} MB, ` +
        `event-loop delay p99 ${s.eldP99.toFixed(1)} ms max ${s.eldMax.toFixed(1)} ms, posts ${s.posts}, online ${phones.filter((p) => p.online).length}, ` +
        `ack p99 post ${acks.post.summary().p99.toFixed(1)} vote ${acks.vote.summary().p99.toFixed(1)} ms, failures so far ${JSON.stringify(failures)}`
    );
  print(samples[0]!);

  let stage: Stage = 'results';
  let roundIndex = -1;
  let stageEndsAt = 0;
  let lastSample = startedAt;
  let roundsRun = 0;
  while (now() < endAt) {
    const t = now();
    // The facilitator: collecting → voting → results, then the next round.
    if (t >= stageEndsAt) {
      stage = stage === 'collecting' ? 'voting' : stage === 'voting' ? 'results' : 'collecting';
      if (stage === 'collecting') (roundIndex = (roundIndex + 1) % Math.min(2, rounds.length)), roundsRun++;
      stageEndsAt = t + roundMs * (stage === 'collecting' ? 0.5 : stage === 'voting' ? 1 / 3 : 1 / 6);
      await facilitator.setPhase(rounds[roundIndex]!.id, stage).catch((error: Error) => fail(error.message));
    }
    const round = rounds[roundIndex]!;
    // Every 100 ms each idle phone acts with a small chance.
    const collectingMs = roundMs * 0.5;
    for (const phone of phones) {
      if (!phone.online || phone.busy) continue;
      if (stage === 'collecting' && next() < (POSTS_PER_STAGE * 100) / collectingMs) void phone.post(round.id, topics[Math.floor(next() * topics.length)]!);
      if (stage === 'voting' && next() < 0.02) void phone.vote(round.id, round.budget.votes);
      if (next() < (RECONNECTS_PER_MINUTE * 100) / 60_000) {
        totals.reconnects++;
        phone.drop();
        void sleep(2_000 + next() * 8_000).then(() => phone.connect());
      }
    }
    if (t - lastSample >= SAMPLE_MS) {
      lastSample = t;
      const s = await sample(server, startedAt);
      samples.push(s);
      print(s);
      // Ack latencies are per interval; rejoins over the whole run.
      (acks.post = new Latencies()), (acks.vote = new Latencies()), (acks.retract = new Latencies());
    }
    await sleep(100);
  }
  const s = await sample(server, startedAt);
  samples.push(s);
  print(s);

  const warmUpEnd = Math.max(roundMs / 1000, (minutes * 60) / 5);
  const base = samples.find((x) => x.at >= warmUpEnd) ?? samples[0]!;
  const last = samples.at(-1)!;
  const max = samples.reduce((a, b) => (b.heapAfterGcMB > a.heapAfterGcMB ? b : a));
  const growth = (last.heapAfterGcMB - base.heapAfterGcMB) / base.heapAfterGcMB;
  const perPost = last.posts > base.posts ? ((last.heapAfterGcMB - base.heapAfterGcMB) * 1024) / (last.posts - base.posts) : 0;
  say(`\nRounds ${roundsRun}, posts ${totals.posts}, votes ${totals.votes}, retracted ${totals.retracts}, reconnects ${totals.reconnects} (rejoin ack p50 ${acks.rejoin.summary().p50.toFixed(1)} ms), projector posts ${projector.postCount}, projector gaps ${projector.gaps}`);
  say(`Failures: ${JSON.stringify(failures)}; server log: ${JSON.stringify(server.logged())}`);
  say(`Heap after gc: first ${samples[0]!.heapAfterGcMB} MB, after the warm-up (${(base.at / 60).toFixed(1)} min) ${base.heapAfterGcMB} MB, last ${last.heapAfterGcMB} MB, max ${max.heapAfterGcMB} MB (at ${(max.at / 60).toFixed(1)} min); RSS first ${samples[0]!.rssMB} MB, last ${last.rssMB} MB`);
  say(`Verdict: heap after gc ${growth > 0.2 ? 'GREW' : 'stayed flat:'} ${(growth * 100).toFixed(1)} % after the warm-up (limit 20 %); ${perPost.toFixed(1)} KB per post added meanwhile`);
  for (const phone of phones) phone.drop();
  projector.close();
  facilitator.close();
  await server.stop();
}

let code = 1;
try {
  await main();
  code = 0;
} catch (error) {
  process.stderr.write(`soak failed: ${error instanceof Error ? error.stack : String(error)}\n`);
} finally {
  await stopAll();
}
process.exit(code);
