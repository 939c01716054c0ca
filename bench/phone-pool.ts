/**
 * The main thread's handle on all phones: starts the worker threads (phone i lives in
 * worker i mod W), calls every worker with the same request and merges the answers.
 * Start times are absolute (the monotonic clock is shared by all threads), so the join
 * storm, the posts and the votes are spread over their windows as one schedule.
 */
import { Worker } from 'node:worker_threads';
import type { Failures, Phones, Vote } from './phones.js';
import type { WorkerRequest, WorkerSetup } from './phone-worker.js';
import { Latencies, now } from './stats.js';

type Method = WorkerRequest['method'];
type Result<M extends Method> = Awaited<ReturnType<Phones[M]>>;

/** Workers run TypeScript through tsx's API: a plain `new Worker(file.ts)` cannot load it. */
const entry = new URL('./phone-worker.ts', import.meta.url).href;
const bootstrap = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;

function merge(into: Failures, from: Failures): Failures {
  for (const [reason, n] of Object.entries(from)) into[reason] = (into[reason] ?? 0) + n;
  return into;
}

export class PhonePool {
  readonly #workers: Worker[];
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  #nextId = 0;
  #onAck: (postId: string, ackAt: number, latency: number) => void = () => {};

  constructor(
    readonly size: number,
    workers: number,
    urls: string[],
    ackTimeoutMs: number
  ) {
    const count = Math.max(1, Math.min(workers, size));
    this.#workers = Array.from({ length: count }, (_, w) => {
      const indices = Array.from({ length: size }, (_, i) => i).filter((i) => i % count === w);
      const worker = new Worker(bootstrap, { eval: true, workerData: { indices, urls, ackTimeoutMs } satisfies WorkerSetup });
      worker.on('message', (message: { id?: number; result?: unknown; error?: string; ack?: [string, number, number] }) => {
        if (message.ack) return this.#onAck(...message.ack);
        const pending = this.#pending.get(message.id!);
        this.#pending.delete(message.id!);
        if (message.error) pending?.reject(new Error(`phone worker: ${message.error}`));
        else pending?.resolve(message.result);
      });
      worker.on('error', (error) => {
        for (const p of this.#pending.values()) p.reject(error);
        this.#pending.clear();
      });
      return worker;
    });
  }

  #all<M extends Method>(method: M, ...args: unknown[]): Promise<Array<Result<M>>> {
    return Promise.all(
      this.#workers.map(
        (worker) =>
          new Promise<Result<M>>((resolve, reject) => {
            const id = ++this.#nextId;
            this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
            worker.postMessage({ id, method, args } satisfies WorkerRequest);
          })
      )
    );
  }

  /** Resolves once every worker has loaded and answers. */
  async ready(): Promise<void> {
    await this.#all('health');
  }

  /** A start time far enough ahead for every worker to have received its orders. */
  #startAt = () => now() + 100;

  async joinStorm(code: string, windowMs: number, timeoutMs: number) {
    const startAt = this.#startAt();
    const parts = await this.#all('joinStorm', code, startAt, windowMs / this.size, timeoutMs);
    const latencies = new Latencies();
    for (const part of parts) for (const ms of part.latencies) latencies.record(ms);
    const joined = parts.reduce((sum, p) => sum + p.joined, 0);
    const seconds = (Math.max(...parts.map((p) => p.lastAck)) - startAt) / 1000;
    return { latencies, joined, seconds, joinsPerSecond: joined / seconds, failures: parts.reduce((f, p) => merge(f, p.failures), {} as Failures) };
  }

  /** Resolves with post ids by global phone index (undefined where a phone did not post). */
  async postOnce(roundId: string, topicIds: string[], windowMs: number, timeoutMs: number) {
    const parts = await this.#all('postOnce', roundId, topicIds, this.#startAt(), windowMs / this.size, timeoutMs);
    const latencies = new Latencies();
    const postIds: Array<string | undefined> = new Array(this.size).fill(undefined);
    for (const part of parts) {
      for (const ms of part.latencies) latencies.record(ms);
      for (const [index, postId] of part.postIds) postIds[index] = postId;
    }
    return { latencies, postIds, failures: parts.reduce((f, p) => merge(f, p.failures), {} as Failures) };
  }

  /** Each worker gets the votes of its own phones; acks stream back to `onAck`. */
  async vote(schedule: readonly Vote[], timeoutMs: number, onAck: (postId: string, ackAt: number, latency: number) => void): Promise<Failures> {
    this.#onAck = onAck;
    const startAt = this.#startAt();
    const n = this.#workers.length;
    const parts = await Promise.all(
      this.#workers.map(
        (worker, w) =>
          new Promise<Failures>((resolve, reject) => {
            const id = ++this.#nextId;
            this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
            const mine = schedule.filter((v) => v.phone % n === w);
            worker.postMessage({ id, method: 'vote', args: [mine, startAt, timeoutMs] } satisfies WorkerRequest);
          })
      )
    );
    this.#onAck = () => {};
    return parts.reduce((f, p) => merge(f, p), {} as Failures);
  }

  async resetCounters(): Promise<void> {
    await this.#all('resetCounters');
  }

  async counters(): Promise<{ bytes: number[]; frames: number[] }> {
    const parts = await this.#all('counters');
    return { bytes: parts.flatMap((p) => p.bytes), frames: parts.flatMap((p) => p.frames) };
  }

  async behind(posts: number, stage?: string): Promise<number> {
    return (await this.#all('behind', posts, stage)).reduce((a, b) => a + b, 0);
  }

  async armReveal(): Promise<void> {
    await this.#all('armReveal');
  }

  async unrevealed(): Promise<number> {
    return (await this.#all('unrevealed')).reduce((a, b) => a + b, 0);
  }

  async revealed(): Promise<{ at: number[]; bytes: number[] }> {
    const parts = await this.#all('revealed');
    return { at: parts.flatMap((p) => p.at), bytes: parts.flatMap((p) => p.bytes) };
  }

  async armLive(sampleEvery: number): Promise<void> {
    await this.#all('armLive', sampleEvery);
  }

  async withoutInfo(): Promise<number> {
    return (await this.#all('withoutInfo')).reduce((a, b) => a + b, 0);
  }

  /** Vote → count on the sampled phones, given each post's vote ack times in order. */
  async liveLatencies(acks: Record<string, number[]>, countOnly = false): Promise<{ latencies: Latencies; notSeen: number; phones: number }> {
    const parts = await this.#all('liveLatencies', acks, countOnly);
    const latencies = new Latencies();
    for (const part of parts) for (const ms of part.latencies) latencies.record(ms);
    return { latencies, notSeen: parts.reduce((n, p) => n + p.notSeen, 0), phones: parts.reduce((n, p) => n + p.phones, 0) };
  }

  async health(): Promise<{ gaps: number; tallyLeaks: number; lost: number }> {
    const parts = await this.#all('health');
    return parts.reduce((a, b) => ({ gaps: a.gaps + b.gaps, tallyLeaks: a.tallyLeaks + b.tallyLeaks, lost: a.lost + b.lost }));
  }

  async close(): Promise<void> {
    await Promise.race([this.#all('close'), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
