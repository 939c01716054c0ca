/**
 * One run of the workshop scenario against a set of server processes (ours or the relay):
 * join storm → heap per participant → Samtal 2 collecting, everyone posts once →
 * voting burst → reveal. Every wait is bounded; what did not finish is counted, not hidden.
 * With live tallies, the facilitator switches them on for the round just before voting.
 */
import { Facilitator, Projector } from './observers.js';
import { PhonePool } from './phone-pool.js';
import type { Failures, Vote } from './phones.js';
import { heapUsed, phase, round, serverLog, type PhaseCost } from './measure.js';
import type { ServerHandle } from './procs.js';
import { Latencies, now, perParticipant, random, waitUntil, type Summary } from './stats.js';

export interface ScenarioOptions {
  participants: number;
  votes: number;
  joinWindowMs: number;
  postWindowMs: number;
  voteWindowMs: number;
  seed: number;
  /** Upper bound for every wait (acks, deliveries). */
  timeoutMs: number;
  roundId: string;
  topicIds: string[];
  /** Worker threads for the phones (the main thread keeps projector and facilitator). */
  workers: number;
  /** Keep every vote's [ms since burst start, ack latency ms], e.g. to plot where the tail is. */
  raw: boolean;
  /** Phones follow the round's counts while voting (the facilitator turns it on before voting). */
  liveTallies: boolean;
  /** Optional callbacks for scripts that add load around the scenario (bench/flooder.ts). */
  hooks?: ScenarioHooks;
}

export interface ScenarioHooks {
  /** After the join storm, before collecting: the workshop's server and join code. */
  joined?(url: string, code: string): void | Promise<void>;
  /** After the voting burst (every vote acked and shown), before the reveal. */
  voted?(): void | Promise<void>;
}

/** Phones that note when each count arrives, with live tallies (about this many, spread over all). */
const LIVE_SAMPLE = 100;
/** The round the bench does not use, moved to its results as a marker that posting has reached every phone. */
const SYNC_ROUND = 'samtal-1';

export interface Received {
  bytes: { mean: number; max: number };
  frames: { mean: number; max: number };
}

export interface ScenarioResult {
  participants: number;
  processes: number;
  join: { joined: number; joinsPerSecond: number; seconds: number; ack: Summary; failures: Failures; cost: PhaseCost };
  heap: { beforeMB: number; afterMB: number; kbPerParticipant: number; gcAvailable: boolean };
  phaseChange: Received;
  /** The change to voting: in a large round, each phone's share of it (sample.ts). */
  votingChange: Received;
  collect: { posts: number; ack: Summary; failures: Failures; received: Received; drained: boolean; cost: PhaseCost };
  vote: { votes: number; ack: Summary; raw?: Array<[number, number]>; toProjector: Summary; notShown: number; failures: Failures; received: Received; cost: PhaseCost };
  reveal: { toPhones: Summary; missing: number; frameBytes: { mean: number; max: number }; received: Received; cost: PhaseCost };
  /** lostPhones: joined, then disconnected by the server (e.g. ping timeout) before the end. */
  /** Live tallies only: the switch's delta, and vote ack → the count on a sample of phones. */
  live?: { switchReceived: Received; sampledPhones: number; toPhones: Summary; notSeen: number };
  health: { phoneGaps: number; projectorGaps: number; tallyLeaksBeforeReveal: number; lostPhones: number; serverLog: Record<string, number> };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function received(phones: PhonePool): Promise<Received> {
  const { bytes, frames } = await phones.counters();
  return { bytes: perParticipant(bytes), frames: perParticipant(frames) };
}

/** Each phone votes for `votes` distinct posts other than its own, at uniform random times. */
function voteSchedule(postIds: Array<string | undefined>, votes: number, windowMs: number, seed: number): Vote[] {
  const next = random(seed);
  const posts = postIds.filter((id): id is string => Boolean(id));
  const schedule: Vote[] = [];
  postIds.forEach((own, phone) => {
    if (!own) return;
    const chosen = new Set<string>();
    for (let tries = 0; chosen.size < Math.min(votes, posts.length - 1) && tries < votes * 20; tries++) {
      const postId = posts[Math.floor(next() * posts.length)]!;
      if (postId !== own) chosen.add(postId);
    }
    for (const postId of chosen) schedule.push({ phone, postId, offset: next() * windowMs });
  });
  return schedule;
}

export async function runScenario(servers: ServerHandle[], options: ScenarioOptions, say: (line: string) => void, redisPid?: number): Promise<ScenarioResult> {
  const [first] = servers;
  if (!first) throw new Error('no server');
  const { participants: n, timeoutMs } = options;

  const response = await fetch(`${first.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ templateId: 'lokal-overenskommelse', title: 'Bench' })
  });
  if (response.status !== 201) throw new Error(`creating the workshop failed: ${response.status}`);
  const created = (await response.json()) as { workshopId: string; code: string; key: string };

  const facilitator = await Facilitator.join(first.url, created.workshopId, created.key);
  const projector = await Projector.join(first.url, created.code);
  const phones = new PhonePool(
    n,
    options.workers,
    servers.map((s) => s.url),
    timeoutMs
  );
  try {
    await phones.ready();
    // JOIN STORM, with the heap measured around it (after gc) on every process.
    const heapBefore = await heapUsed(servers);
    say(`  join storm: ${n} phones over ${(options.joinWindowMs / 1000).toFixed(1)} s`);
    let end = await phase(servers, redisPid);
    const joins = await phones.joinStorm(created.code, options.joinWindowMs, timeoutMs);
    const joinCost = await end();
    const heapAfter = await heapUsed(servers);
    await options.hooks?.joined?.(first.url, created.code);

    // SAMTAL 2, COLLECTING: the phase change, then every phone posts once.
    await phones.resetCounters();
    await facilitator.setPhase(options.roundId, 'collecting');
    await waitUntil(async () => (await phones.behind(0, 'collecting')) === 0, timeoutMs);
    const phaseChange = await received(phones);
    say(`  posting: ${joins.joined} posts over ${(options.postWindowMs / 1000).toFixed(1)} s`);
    await phones.resetCounters();
    end = await phase(servers, redisPid);
    const posting = await phones.postOnce(options.roundId, options.topicIds, options.postWindowMs, timeoutMs);
    const posts = posting.postIds.filter(Boolean).length;
    // Phones of a large round get a share of its posts, not all (src/lib/domain/sample.ts), so
    // "every phone has every post" is no longer the end of posting. Instead the facilitator
    // moves another, empty round to its results once the projector has every post: deltas
    // reach a phone in order, so a phone that shows that stage has had everything before it.
    const drained = await waitUntil(async () => projector.postCount >= posts, timeoutMs);
    await facilitator.setPhase(SYNC_ROUND, 'results');
    await waitUntil(async () => (await phones.behind(0, 'results')) === 0, timeoutMs);
    const collectCost = await end();
    const collectReceived = await received(phones);

    // LIVE TALLIES: the facilitator switches them on; every phone gets the info and the round's counts.
    let switchReceived: Received | undefined;
    if (options.liveTallies) {
      await phones.armLive(Math.max(1, Math.floor(n / LIVE_SAMPLE)));
      await phones.resetCounters();
      await facilitator.liveTallies(options.roundId);
      await waitUntil(async () => (await phones.withoutInfo()) === 0, timeoutMs);
      switchReceived = await received(phones);
    }

    // VOTING BURST: phase change first (not counted in the burst), then the votes.
    await phones.resetCounters();
    await facilitator.setPhase(options.roundId, 'voting');
    await waitUntil(async () => (await phones.behind(0, 'voting')) === 0, timeoutMs);
    const votingChange = await received(phones);
    const schedule = voteSchedule(posting.postIds, options.votes, options.voteWindowMs, options.seed);
    say(`  voting: ${schedule.length} votes over ${(options.voteWindowMs / 1000).toFixed(1)} s`);
    const voteAck = new Latencies();
    const raw: Array<[number, number]> = [];
    const acks: Record<string, number[]> = {};
    const burstStart = now();
    await phones.resetCounters();
    end = await phase(servers, redisPid);
    const voteFailures = await phones.vote(schedule, timeoutMs, (postId, ackAt, latency) => {
      voteAck.record(latency);
      if (options.raw) raw.push([Math.round(ackAt - latency - burstStart), Math.round(latency * 100) / 100]);
      projector.voteAcked(postId, ackAt);
      if (options.liveTallies) (acks[postId] ??= []).push(ackAt);
    });
    await waitUntil(() => projector.pendingVotes === 0, timeoutMs);
    // Acks of one post come from several threads: the k-th by time is shown by a count ≥ k.
    for (const times of Object.values(acks)) times.sort((a, b) => a - b);
    if (options.liveTallies) await waitUntil(async () => (await phones.liveLatencies(acks, true)).notSeen === 0, timeoutMs, 100);
    const voteCost = await end();
    const voteReceived = await received(phones);
    const toSample = options.liveTallies ? await phones.liveLatencies(acks) : undefined;
    await options.hooks?.voted?.();

    // REVEAL: from the phase:set ack to each phone receiving the tallies.
    say('  reveal');
    await phones.armReveal();
    await phones.resetCounters();
    end = await phase(servers, redisPid);
    const ackAt = await facilitator.setPhase(options.roundId, 'results');
    await waitUntil(async () => (await phones.unrevealed()) === 0, timeoutMs);
    const revealCost = await end();
    const revealed = await phones.revealed();
    const toPhones = new Latencies();
    for (const at of revealed.at) toPhones.record(at - ackAt);
    const revealReceived = await received(phones);
    const missing = await phones.unrevealed();

    const health = await phones.health();
    return {
      participants: n,
      processes: servers.length,
      join: { joined: joins.joined, joinsPerSecond: Math.round(joins.joinsPerSecond), seconds: round(joins.seconds), ack: joins.latencies.summary(), failures: joins.failures, cost: joinCost },
      heap: {
        beforeMB: mb(heapBefore.bytes),
        afterMB: mb(heapAfter.bytes),
        kbPerParticipant: round((heapAfter.bytes - heapBefore.bytes) / 1024 / Math.max(1, joins.joined)),
        gcAvailable: heapBefore.gc
      },
      phaseChange,
      votingChange,
      collect: { posts, ack: posting.latencies.summary(), failures: posting.failures, received: collectReceived, drained, cost: collectCost },
      vote: {
        votes: schedule.length,
        ack: voteAck.summary(),
        ...(options.raw ? { raw } : {}),
        toProjector: projector.voteToScreen.summary(),
        notShown: projector.pendingVotes,
        failures: voteFailures,
        received: voteReceived,
        cost: voteCost
      },
      reveal: {
        toPhones: toPhones.summary(),
        missing,
        frameBytes: perParticipant(revealed.bytes),
        received: revealReceived,
        cost: revealCost
      },
      ...(toSample && switchReceived
        ? { live: { switchReceived, sampledPhones: toSample.phones, toPhones: toSample.latencies.summary(), notSeen: toSample.notSeen } }
        : {}),
      health: { phoneGaps: health.gaps, projectorGaps: projector.gaps, tallyLeaksBeforeReveal: health.tallyLeaks, lostPhones: health.lost, serverLog: serverLog(servers) }
    };
  } finally {
    await phones.close();
    projector.close();
    facilitator.close();
  }
}
