import { Worker } from 'node:worker_threads';
import { logger } from '../logger.js';
import type { Built, BuildJob } from './export-jobs.js';

/** An idle worker is stopped after this long, so the memory a big build took is given back. */
const IDLE_MS = 30_000;

interface Pending {
  resolve(built: Built): void;
  reject(error: Error): void;
}

/**
 * Builds exports and series views in one worker thread (server/exports/build-worker.ts):
 * a workshop of many thousand posts takes the worker seconds, and the event loop that
 * answers phones, votes and /healthz none of that. One thread: builds queue there, so a
 * flood of exports costs one core at most (and each is limited per address and built once
 * per version before it gets here). Started on the first job, stopped when idle.
 */
export class BuildThread {
  #worker: Worker | undefined;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #idle: NodeJS.Timeout | undefined;
  #closed = false;

  run(job: BuildJob): Promise<Built> {
    if (this.#closed) return Promise.reject(new Error('build thread closed'));
    clearTimeout(this.#idle);
    const worker = (this.#worker ??= this.#start());
    const id = this.#nextId++;
    return new Promise<Built>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      try {
        worker.postMessage({ id, job });
      } catch (error) {
        // A job that cannot be copied to the thread (never plain data): refused, nothing kept.
        this.#pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#idle);
    await this.#stop(new Error('build thread closed'));
  }

  #start(): Worker {
    const worker = startWorker();
    worker.unref();
    worker.on('message', ({ id, built, error }: { id: number; built?: Built; error?: string }) => {
      const pending = this.#pending.get(id);
      this.#pending.delete(id);
      if (error !== undefined || built === undefined) pending?.reject(new Error(`build failed: ${error ?? 'no result'}`));
      else pending?.resolve(built);
      if (this.#pending.size === 0) this.#idle = setTimeout(() => void this.#stop(), IDLE_MS).unref();
    });
    // A worker that fails or ends fails what it held; the next job starts a new one.
    // (A worker stopped on purpose has already failed what it held, and is not current.)
    worker.on('error', (error) => {
      logger.error('build_worker_failed', { error: String(error) });
      if (this.#worker === worker) void this.#stop(error);
    });
    worker.on('exit', () => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      this.#failPending(new Error('build worker ended'));
    });
    return worker;
  }

  async #stop(error = new Error('build worker stopped')): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#failPending(error);
    await worker?.terminate();
  }

  #failPending(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }
}

/**
 * The compiled server starts build-worker.js; the TypeScript sources (development, tests,
 * benches) run through tsx, and so does their worker.
 */
function startWorker(): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL('./build-worker.js', self), { execArgv: [] });
  const entry = new URL('./build-worker.ts', self).href;
  return new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(self)}))`, { eval: true, execArgv: [] });
}
