/**
 * The participants of one worker thread: real socket.io-clients (websocket transport).
 * A phone keeps only what the bench measures (version, how many posts it has seen, the
 * phase stage, when the revealed tallies arrived, bytes and frames received), never the
 * posts themselves: 5,000 phones × 5,000 posts would measure the bench, not the server.
 * Every method takes and returns plain data, so phone-worker.ts can call it by message.
 * Phones are numbered globally (0 … N-1) across all workers.
 */
import { io } from 'socket.io-client';
import { frameBytes, Phone, type Ack, type Delta } from './phone.js';
import { now, waitUntil } from './stats.js';

export type Failures = Record<string, number>;
const count = (failures: Failures, reason: string, n = 1) => (failures[reason] = (failures[reason] ?? 0) + n);

export interface Vote {
  phone: number;
  postId: string;
  /** Milliseconds after the start of the burst. */
  offset: number;
}

/** Waits until `at` (a now() time) without blocking; returns at once when it has passed. */
const at = (time: number, run: () => void) => setTimeout(run, Math.max(0, time - now()));

export class Phones {
  readonly #phones: Phone[];
  readonly #byIndex: Map<number, Phone>;
  readonly #urls: string[];
  readonly #ackTimeoutMs: number;

  constructor(indices: number[], urls: string[], ackTimeoutMs: number) {
    this.#phones = indices.map((i) => new Phone(i));
    this.#byIndex = new Map(this.#phones.map((p) => [p.index, p]));
    this.#urls = urls;
    this.#ackTimeoutMs = ackTimeoutMs;
  }

  /**
   * Phone i starts at startAt + i × spacing, connects to server i mod (number of servers)
   * (round-robin over processes) and joins. Resolves with each join's connect+ack time.
   */
  async joinStorm(code: string, startAt: number, spacingMs: number, timeoutMs: number) {
    const latencies: number[] = [];
    const failures: Failures = {};
    let done = 0;
    let lastAck = 0;
    const timers = this.#phones.map((phone) =>
      at(startAt + phone.index * spacingMs, () => {
        const began = now();
        const finish = (reason?: string) => {
          done++;
          if (reason) return void count(failures, reason);
          phone.joined = true;
          lastAck = now();
          latencies.push(lastAck - began);
        };
        const socket = io(this.#urls[phone.index % this.#urls.length]!, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: timeoutMs });
        phone.socket = socket;
        socket.io.engine.on('packet', (packet: { data?: unknown }) => {
          const bytes = frameBytes(packet);
          phone.bytes += bytes;
          phone.frames++;
          if (phone.revealArmed && phone.revealAt === undefined) phone.revealBytes = Math.max(phone.revealBytes, bytes);
        });
        socket.on('workshop:changed', (delta: Delta) => phone.onDelta(delta));
        socket.on('disconnect', () => (phone.lost = phone.joined));
        socket.once('connect_error', (error: Error) => finish(`connect_error: ${error.message}`));
        socket.once('connect', () => {
          const payload = { code, name: `Deltagare ${phone.index + 1}`, association: `Förening ${(phone.index % 102) + 1}` };
          socket.timeout(this.#ackTimeoutMs).emit('participant:join', payload, (err: Error | null, ack: Ack) => {
            if (err) return finish('join ack timeout');
            if (!ack.ok) return finish(`join ${ack.error}`);
            const snapshot = ack.snapshot as { version: number; posts: unknown[] };
            phone.version = snapshot.version;
            phone.postsSeen = snapshot.posts.length;
            finish();
          });
        });
      })
    );
    const endBy = startAt + this.#phones.length * spacingMs + timeoutMs;
    if (!(await waitUntil(() => done === this.#phones.length, endBy - now(), 10))) count(failures, 'not finished in time', this.#phones.length - done);
    for (const timer of timers) clearTimeout(timer);
    return { latencies, failures, joined: this.#phones.filter((p) => p.joined).length, lastAck };
  }

  /** Every live phone posts once, phone i at startAt + i × spacing; resolves with the post ids. */
  async postOnce(roundId: string, topicIds: string[], startAt: number, spacingMs: number, timeoutMs: number) {
    const latencies: number[] = [];
    const failures: Failures = {};
    const active = this.#phones.filter((p) => p.live);
    let done = 0;
    const timers = active.map((phone) =>
      at(startAt + phone.index * spacingMs, () => {
        const began = now();
        const text = `Aktivitet ${phone.index + 1}: öppna träffar där föreningar och staden för dialog om lokala frågor`;
        phone.socket!.timeout(this.#ackTimeoutMs).emit('post:create', { commandId: `post-${phone.index}`, roundId, topicIds, text }, (err: Error | null, ack: Ack) => {
          done++;
          if (err) return void count(failures, 'post ack timeout');
          if (!ack.ok) return void count(failures, `post ${ack.error}`);
          latencies.push(now() - began);
          phone.postId = ack.postId as string;
        });
      })
    );
    const endBy = startAt + this.#phones.length * spacingMs + timeoutMs;
    if (!(await waitUntil(() => done === active.length, endBy - now(), 10))) count(failures, 'not finished in time', active.length - done);
    for (const timer of timers) clearTimeout(timer);
    const postIds: Array<[number, string]> = active.flatMap((p) => (p.postId ? [[p.index, p.postId] as [number, string]] : []));
    return { latencies, failures, postIds };
  }

  /**
   * Sends every vote at startAt + its offset. `onAck` gets the post, the ack time and the
   * ack latency at once (the projector check runs elsewhere); failures are counted by code.
   */
  async vote(votes: readonly Vote[], startAt: number, timeoutMs: number, onAck: (postId: string, ackAt: number, latencyMs: number) => void): Promise<Failures> {
    const failures: Failures = {};
    const sorted = [...votes].sort((a, b) => a.offset - b.offset);
    let next = 0;
    let done = 0;
    const send = (vote: Vote) => {
      const socket = this.#byIndex.get(vote.phone)?.socket;
      if (!socket?.connected) return void (done++, count(failures, 'not connected'));
      const began = now();
      socket.timeout(this.#ackTimeoutMs).emit('vote:cast', { commandId: `vote-${vote.phone}-${vote.postId}`, postId: vote.postId }, (err: Error | null, ack: Ack) => {
        done++;
        if (err) return void count(failures, 'vote ack timeout');
        if (!ack.ok) return void count(failures, `vote ${ack.error}`);
        const ackAt = now();
        onAck(vote.postId, ackAt, ackAt - began);
      });
    };
    // One timer at a time, to the next due vote; every due vote goes out in that turn.
    await new Promise<void>((resolve) => {
      const fire = () => {
        while (next < sorted.length && startAt + sorted[next]!.offset <= now()) send(sorted[next++]!);
        if (next >= sorted.length) return resolve();
        at(startAt + sorted[next]!.offset, fire);
      };
      at(startAt, fire);
    });
    if (!(await waitUntil(() => done === sorted.length, timeoutMs, 10))) count(failures, 'not finished in time', sorted.length - done);
    return failures;
  }

  resetCounters(): void {
    for (const phone of this.#phones) (phone.bytes = 0), (phone.frames = 0);
  }

  /** Bytes and frames each live phone received since the last reset. */
  counters(): { bytes: number[]; frames: number[] } {
    const live = this.#phones.filter((p) => p.live);
    return { bytes: live.map((p) => p.bytes), frames: live.map((p) => p.frames) };
  }

  /** How many live phones have not yet seen `posts` posts (and stage `stage`, when given). */
  behind(posts: number, stage?: string): number {
    return this.#phones.filter((p) => p.live && (p.postsSeen < posts || (stage !== undefined && p.stage !== stage))).length;
  }

  armReveal(): void {
    for (const phone of this.#phones) phone.revealArmed = true;
  }

  /** Live phones still waiting for the revealed tallies. */
  unrevealed(): number {
    return this.#phones.filter((p) => p.live && p.revealAt === undefined).length;
  }

  revealed(): { at: number[]; bytes: number[] } {
    const got = this.#phones.filter((p) => p.revealAt !== undefined);
    return { at: got.map((p) => p.revealAt!), bytes: got.map((p) => p.revealBytes) };
  }

  /**
   * Live tallies are about to be switched on: counts are expected from now on. Every
   * `sampleEvery`-th phone (by global index) notes when each count arrives.
   */
  armLive(sampleEvery: number): void {
    for (const phone of this.#phones) {
      phone.liveTallies = true;
      if (phone.index % sampleEvery === 0) phone.seen = new Map();
    }
  }

  /** Live phones that have not yet received a setup change (the whole workshop info). */
  withoutInfo(): number {
    return this.#phones.filter((p) => p.live && p.infos === 0).length;
  }

  /**
   * Vote → count on a sampled phone: `acks` holds each post's vote ack times in order; the
   * k-th ack is shown once the phone has a count ≥ k. Counts seen before their ack give 0.
   * `countOnly`: just how many are not shown yet (cheap to poll).
   */
  liveLatencies(acks: Record<string, number[]>, countOnly = false): { latencies: number[]; notSeen: number; phones: number } {
    const latencies: number[] = [];
    let notSeen = 0;
    const sampled = this.#phones.filter((p) => p.seen && p.live);
    for (const phone of sampled) {
      for (const [postId, times] of Object.entries(acks)) {
        const seen = phone.seen!.get(postId);
        times.forEach((ackAt, k) => {
          const seenAt = seen?.[k + 1];
          if (seenAt === undefined) notSeen++;
          else if (!countOnly) latencies.push(Math.max(0, seenAt - ackAt));
        });
      }
    }
    return { latencies, notSeen, phones: sampled.length };
  }

  health(): { gaps: number; tallyLeaks: number; lost: number } {
    let gaps = 0;
    let tallyLeaks = 0;
    let lost = 0;
    for (const p of this.#phones) (gaps += p.gaps), (tallyLeaks += p.tallyLeaks), (lost += p.lost ? 1 : 0);
    return { gaps, tallyLeaks, lost };
  }

  close(): void {
    for (const phone of this.#phones) {
      phone.joined = false;
      phone.socket?.disconnect();
    }
  }
}
