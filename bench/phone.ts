/**
 * One bench participant's state: what it read from the deltas it received (version, how
 * many posts, the phase stage, when tallies arrived), never the posts themselves.
 * With live tallies on, a sampled phone also notes when each count of each post arrived.
 */
import type { Socket } from 'socket.io-client';
import { now } from './stats.js';

/** What a phone reads from a `workshop:changed` delta (ours and the relay's share it). */
export interface Delta {
  from: number;
  to: number;
  /** The relay sends the phase itself; ours sends it inside `progress` (or `info` when the setup changed). */
  phase?: { stage?: string };
  progress?: { phase?: { stage?: string } };
  info?: { phase?: { stage?: string } };
  posts?: unknown[];
  tallies?: Record<string, number>;
  /** Phones get a revealed round's shown results (the top per principle) this way, and a live round's counts when live tallies are switched on. */
  roundTallies?: Record<string, Record<string, number>>;
}

export interface Ack {
  ok: boolean;
  error?: string;
  [key: string]: unknown;
}

/**
 * Bytes of one received WebSocket frame: the engine.io packet (1 type character + the
 * socket.io packet, UTF-8) plus the 2/4/10-byte frame header. TCP/IP headers not counted.
 */
export function frameBytes(packet: { data?: unknown }): number {
  const data = packet.data;
  const payload = 1 + (typeof data === 'string' ? Buffer.byteLength(data) : data instanceof ArrayBuffer ? data.byteLength : 0);
  return payload + (payload < 126 ? 2 : payload < 65_536 ? 4 : 10);
}

export class Phone {
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
  /** Tallies that reached a phone before the reveal (or before live tallies were switched on): the audience rules forbid it. */
  tallyLeaks = 0;
  /** Deltas with the whole workshop info (a setup change) received. */
  infos = 0;
  /** Live tallies are on: counts are expected from now on, and the reveal is the phase change. */
  liveTallies = false;
  /** Sampled phones only: seen.get(postId)[value] = when this phone first had a count ≥ value. */
  seen: Map<string, number[]> | undefined;

  constructor(readonly index: number) {}

  /** Joined and still connected: the phones a phase waits for. */
  get live(): boolean {
    return this.joined && !this.lost;
  }

  onDelta(delta: Delta): void {
    if (delta.to <= this.version) return;
    if (delta.from !== this.version) this.resync();
    this.version = delta.to;
    if (delta.info) this.infos++;
    if (delta.posts) this.postsSeen += delta.posts.length;
    const stage = delta.phase?.stage ?? delta.progress?.phase?.stage ?? delta.info?.phase?.stage;
    if (stage) this.stage = stage;
    const talliesArrived =
      (delta.tallies && Object.keys(delta.tallies).length > 0) ||
      Object.values(delta.roundTallies ?? {}).some((shown) => Object.keys(shown).length > 0);
    if (talliesArrived) {
      if (this.revealArmed && !this.liveTallies) this.revealAt ??= now();
      else if (!this.liveTallies) this.tallyLeaks++;
      if (this.seen) {
        const at = now();
        if (delta.tallies) this.counts(delta.tallies, at);
        for (const shown of Object.values(delta.roundTallies ?? {})) this.counts(shown, at);
      }
    }
    // Live: the phone has every count already; the reveal only tells it the round is over.
    if (this.revealArmed && this.liveTallies && this.stage === 'results') this.revealAt ??= now();
  }

  /** Notes when each count value first arrived (a jump of two marks both values). */
  counts(tallies: Record<string, number>, at: number): void {
    for (const [postId, value] of Object.entries(tallies)) {
      let times = this.seen!.get(postId);
      if (!times) this.seen!.set(postId, (times = [at]));
      for (let v = times.length; v <= value; v++) times[v] = at;
    }
  }

  /** A version gap: ask for a snapshot, as the browser does. */
  resync(): void {
    this.gaps++;
    this.socket?.timeout(30_000).emit('sync:request', {}, (err: Error | null, ack: Ack) => {
      const snapshot = ack?.snapshot as { version: number; posts: unknown[]; tallies?: Record<string, number> } | undefined;
      if (err || !snapshot) return;
      this.version = snapshot.version;
      this.postsSeen = snapshot.posts.length;
      if (this.seen && snapshot.tallies) this.counts(snapshot.tallies, now());
    });
  }
}
