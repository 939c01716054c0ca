import { execute } from '../../src/lib/domain/execute.js';
import type { LogEntry, WorkshopState } from '../../src/lib/domain/types.js';
import { ChangeSet } from '../../src/lib/domain/deltas.js';
import { snapshotFor, type Audience, type AudienceSnapshot } from '../../src/lib/domain/views.js';

/** The delta stream a client follows: one per staff audience, one per sample group of phones. */
const streamOf = (audience: Audience, group?: number) => (audience === 'participant' && group !== undefined ? `participant:${group}` : audience);

/**
 * One workshop in memory: the state built by applying its log in order, what changed
 * since the last tick, and the version each audience room has been sent.
 */
export class WorkshopRuntime {
  readonly state: WorkshopState;
  /** Changes not yet sent to the audience rooms. */
  changes = new ChangeSet();
  /**
   * Version of each room's delta stream, bumped each time a delta is sent to it: the
   * projector's, the console's, and each sample group's of phones (`participant:<group>`).
   */
  readonly #versions = new Map<string, number>();
  readonly #waiters = new Map<number, Array<{ resolve: () => void; reject: (error: Error) => void }>>();
  /**
   * Set when applying a log entry threw: the state may be half changed, so nothing more is
   * served from it (see Hub: the workshop is reported and answered as unavailable).
   */
  failed: Error | undefined;
  unsubscribe: () => void = () => {};
  /** Participants connected now, as the presence count last found; not part of the log. */
  online = 0;
  /** The online count changed and the staff rooms have not been told yet. */
  onlineChanged = false;
  /** The timer whose expiry this process has already sent to the log. */
  expirySent: number | null = null;
  /** The last snapshot built for each room, and the room version and log position it shows. */
  readonly #snapshots = new Map<string, { version: number; seq: number; snapshot: AudienceSnapshot }>();

  constructor(state: WorkshopState) {
    this.state = state;
  }

  get id(): string {
    return this.state.id;
  }

  /** Applies the next log entry; entries arrive exactly once and in order from the log. */
  apply(entry: LogEntry): void {
    if (entry.seq <= this.state.seq) return;
    if (entry.seq !== this.state.seq + 1) throw new Error(`Log gap in ${this.id}: expected ${this.state.seq + 1}, got ${entry.seq}`);
    const { changes } = execute(this.state, entry);
    this.changes.add(changes);
    const waiting = this.#waiters.get(entry.seq);
    if (waiting) {
      this.#waiters.delete(entry.seq);
      for (const { resolve } of waiting) resolve();
    }
  }

  /** Applying an entry threw: everyone waiting for an entry hears it now, not after a timeout. */
  fail(error: Error): void {
    this.failed = error;
    for (const waiting of this.#waiters.values()) for (const { reject } of waiting) reject(error);
    this.#waiters.clear();
  }

  /**
   * Resolves once the entry with this seq has been applied; rejects after `timeoutMs` (e.g.
   * when the shared log cannot be read), so the sender gets `unavailable` and re-sends
   * with the same command id instead of waiting forever.
   */
  applied(seq: number, timeoutMs = 15_000): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    if (this.state.seq >= seq) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Entry ${seq} of ${this.id} not applied in time`)), timeoutMs);
      const waiter = {
        resolve: () => (clearTimeout(timer), resolve()),
        reject: (error: Error) => (clearTimeout(timer), reject(error))
      };
      const list = this.#waiters.get(seq);
      if (list) list.push(waiter);
      else this.#waiters.set(seq, [waiter]);
    });
  }

  /**
   * A snapshot for a client of this audience joining or resyncing now. Built once per room
   * version and log position, however many ask: a reconnect storm (or a script asking
   * again and again) costs one build, not one per socket. What moves without a log entry —
   * the server's clock and the staff's online count — is filled in per answer.
   */
  snapshot(audience: Audience, now: number, group?: number): AudienceSnapshot {
    const room = streamOf(audience, group);
    const version = this.version(audience, group);
    let built = this.#snapshots.get(room);
    if (!built || built.version !== version || built.seq !== this.state.seq) {
      built = { version, seq: this.state.seq, snapshot: snapshotFor(this.state, audience, version, now, audience === 'participant' ? group : undefined) };
      this.#snapshots.set(room, built);
    }
    const snapshot = { ...built.snapshot, now };
    if (snapshot.stats) snapshot.stats = { ...snapshot.stats, online: this.online };
    return snapshot;
  }

  /** The version a room's delta stream is at (phones: their sample group's). */
  version(audience: Audience, group?: number): number {
    return this.#versions.get(streamOf(audience, group)) ?? 0;
  }

  setVersion(audience: Audience, group: number | undefined, version: number): void {
    this.#versions.set(streamOf(audience, group), version);
  }

  /** Hands the gathered changes to the ticker and starts a new set. */
  takeChanges(): ChangeSet {
    const changes = this.changes;
    this.changes = new ChangeSet();
    return changes;
  }
}
