/**
 * The facilitator console and the projector, as the bench drives and watches them. The
 * projector keeps a full view the way the screen page does (snapshot + applyDelta) and
 * times each acknowledged vote until its post's tally shows it.
 */
import { io, type Socket } from 'socket.io-client';
import { applyDelta, type AudienceDelta } from '../src/lib/domain/deltas.js';
import { setupFromTemplate } from '../src/lib/domain/template.js';
import type { WorkshopSetup } from '../src/lib/domain/types.js';
import type { AudienceSnapshot } from '../src/lib/domain/views.js';
import { Latencies, now } from './stats.js';

interface Ack {
  ok: boolean;
  error?: string;
  [key: string]: unknown;
}

function connect(url: string): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export function send(socket: Socket, event: string, payload: unknown, timeoutMs = 30_000): Promise<Ack> {
  return socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<Ack>;
}

export class Facilitator {
  #commands = 0;
  private constructor(
    readonly socket: Socket,
    readonly info: Partial<AudienceSnapshot['info']>
  ) {}

  static async join(url: string, workshopId: string, key: string): Promise<Facilitator> {
    const socket = await connect(url);
    const ack = await send(socket, 'facilitator:join', { workshopId, key });
    if (!ack.ok) throw new Error(`facilitator:join failed: ${ack.error}`);
    return new Facilitator(socket, (ack.snapshot as AudienceSnapshot).info);
  }

  /**
   * Switches live tallies on for one round, as the console does: the current setup with
   * that round's `liveTallies` set. The relay's snapshot has no setup, so it gets the same
   * setup from the template the workshop was created from (same bytes to echo).
   */
  async liveTallies(roundId: string): Promise<void> {
    const { title, language, topics, rounds, agenda, sectors, evaluation, settings } = this.info;
    const setup: WorkshopSetup =
      title && language && topics && rounds && agenda && sectors && evaluation && settings
        ? structuredClone({ title, language, topics, rounds, agenda, sectors, evaluation, settings })
        : setupFromTemplate('lokal-overenskommelse', 'Bench')!;
    const round = setup.rounds.find((r) => r.id === roundId);
    if (!round) throw new Error(`no round ${roundId} in the setup`);
    round.liveTallies = true;
    const ack = await send(this.socket, 'setup:update', { commandId: `setup-${++this.#commands}`, setup, confirmRemoval: false });
    if (!ack.ok) throw new Error(`setup:update (live tallies) failed: ${ack.error}`);
  }

  /** Sets the phase; resolves with the time its acknowledgement arrived. */
  async setPhase(roundId: string, stage: string): Promise<number> {
    const ack = await send(this.socket, 'phase:set', { commandId: `phase-${++this.#commands}`, phase: { kind: 'round', roundId, stage } });
    if (!ack.ok) throw new Error(`phase:set ${stage} failed: ${ack.error}`);
    return now();
  }

  close(): void {
    this.socket.disconnect();
  }
}

export class Projector {
  snapshot: AudienceSnapshot;
  gaps = 0;
  /** Ack of a vote → its post's tally on the projector reaching the count acked so far. */
  readonly voteToScreen = new Latencies();
  readonly #acked = new Map<string, number>();
  /** When the tally of a post first reached each value: seen.get(post)[value] = time. */
  readonly #seen = new Map<string, number[]>();
  readonly #waiting = new Map<string, Array<{ need: number; ackAt: number }>>();

  private constructor(
    readonly socket: Socket,
    snapshot: AudienceSnapshot
  ) {
    this.snapshot = snapshot;
    socket.on('workshop:changed', (delta: AudienceDelta) => {
      if (!applyDelta(this.snapshot, delta)) return void this.#resync();
      if (delta.tallies) this.#tallies(delta.tallies);
    });
  }

  static async join(url: string, code: string): Promise<Projector> {
    const socket = await connect(url);
    const ack = await send(socket, 'screen:join', { code });
    if (!ack.ok) throw new Error(`screen:join failed: ${ack.error}`);
    return new Projector(socket, ack.snapshot as AudienceSnapshot);
  }

  #resync(): void {
    this.gaps++;
    void send(this.socket, 'sync:request', {}).then((ack) => {
      if (!ack.ok) return;
      this.snapshot = ack.snapshot as AudienceSnapshot;
      this.#tallies(this.snapshot.tallies);
    });
  }

  #tallies(tallies: Record<string, number>): void {
    const at = now();
    for (const [postId, value] of Object.entries(tallies)) {
      let seen = this.#seen.get(postId);
      if (!seen) this.#seen.set(postId, (seen = [at]));
      for (let v = seen.length; v <= value; v++) seen[v] = at;
      const waiting = this.#waiting.get(postId);
      while (waiting?.length && waiting[0]!.need <= value) this.voteToScreen.record(at - waiting.shift()!.ackAt);
    }
  }

  /** A participant's vote on this post was acknowledged at `ackAt`. */
  voteAcked(postId: string, ackAt: number): void {
    const need = (this.#acked.get(postId) ?? 0) + 1;
    this.#acked.set(postId, need);
    const seenAt = this.#seen.get(postId)?.[need];
    if (seenAt !== undefined) return this.voteToScreen.record(seenAt - ackAt); // shown before the ack arrived: 0
    let waiting = this.#waiting.get(postId);
    if (!waiting) this.#waiting.set(postId, (waiting = []));
    waiting.push({ need, ackAt });
  }

  get pendingVotes(): number {
    let pending = 0;
    for (const list of this.#waiting.values()) pending += list.length;
    return pending;
  }

  get postCount(): number {
    return this.snapshot.posts.length;
  }

  close(): void {
    this.socket.disconnect();
  }
}
