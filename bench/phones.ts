/**
 * The participants of one worker thread: real socket.io-clients (websocket transport).
 * A phone keeps only what the bench measures (version, how many posts it has seen, the
 * phase stage, when the revealed tallies arrived, bytes and frames received), never the
 * posts themselves: 5,000 phones × 5,000 posts would measure the bench, not the server.
 * Every method takes and returns plain data, so phone-worker.ts can call it by message.
 * Phones are numbered globally (0 … N-1) across all workers.
 */
import { io, type Socket } from 'socket.io-client';
import { now, waitUntil } from './stats.js';

/** What a phone reads from a `workshop:changed` delta (ours and the relay's share it). */
interface Delta {
  from: number;
  to: number;
  phase?: { stage?: string };
  posts?: unknown[];
  tallies?: Record<string, number>;
  /** Phones get a revealed round's shown results (the top per principle) this way. */
  roundTallies?: Record<string, Record<string, number>>;
}

interface Ack {
  ok: boolean;
  error?: string;
  [key: string]: unknown;
}

export type Failures = Record<string, number>;
const count = (failures: Failures, reason: string, n = 1) => (failures[reason] = (failures[reason] ?? 0) + n);

/**
 * Bytes of one received WebSocket frame: the engine.io packet (1 type character + the
 * socket.io packet, UTF-8) plus the 2/4/10-byte frame header. TCP/IP headers not counted.
 */
function frameBytes(packet: { data?: unknown }): number {
  const data = packet.data;
  const payload = 1 + (typeof data === 'string' ? Buffer.byteLength(data) : data instanceof ArrayBuffer ? data.byteLength : 0);
  return payload + (payload < 126 ? 2 : payload < 65_536 ? 4 : 10);
}

class Phone {
  socket: Socket | undefined;
  joined = false;
  lost = false;
  bytes = 0;
  frames = 0;
  version = 0;
  gaps = 0;
  postsSeen = 0;
  stage = '';
  postId: string | undefined;
  revealArmed = false;
  revealAt: number | undefined;
  /**
   * The largest frame between arming and the tallies' arrival: socket.io-client hands a
   * decoded packet over a tick later, so a ping may be counted after the reveal frame.
   */
  revealBytes = 0;
  /** Tallies that reached a phone before the reveal: the audience rules forbid it. */
  tallyLeaks = 0;

  constructor(readonly index: number) {}

  /** Joined and still connected: the phones a phase waits for. */
  get live(): boolean {
    return this.joined && !this.lost;
  }

  onDelta(delta: Delta): void {
    if (delta.to <= this.version) return;
    if (delta.from !== this.version) this.resync();
    this.version = delta.to;
    if (delta.posts) this.postsSeen += delta.posts.length;
    if (delta.phase?.stage) this.stage = delta.phase.stage;
    const talliesArrived =
      (delta.tallies && Object.keys(delta.tallies).length > 0) ||
      Object.values(delta.roundTallies ?? {}).some((shown) => Object.keys(shown).length > 0);
    if (talliesArrived) {
      if (!this.revealArmed) this.tallyLeaks++;
      else this.revealAt ??= now();
    }
  }

  /** A version gap: ask for a snapshot, as the browser does. */
  resync(): void {
    this.gaps++;
    this.socket?.timeout(30_000).emit('sync:request', {}, (err: Error | null, ack: Ack) => {
      const snapshot = ack?.snapshot as { version: number; posts: unknown[] } | undefined;
      if (err || !snapshot) return;
      this.version = snapshot.version;
      this.postsSeen = snapshot.posts.length;
    });
  }
}

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
