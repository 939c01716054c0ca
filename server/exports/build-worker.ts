/**
 * The worker thread that builds exports and series views (server/exports/build-thread.ts
 * starts it), so that a big build never holds up the server's event loop. Jobs run one
 * after another in arrival order; each answer carries the job's id.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { runJob, type BuildJob } from './export-jobs.js';

const port = parentPort;
if (!port) throw new Error('build-worker.ts runs as a worker thread');

// On a busy machine the event loop (votes, /healthz) gets the CPU first. On Linux the nice
// value is per thread and 0 means the calling one: this lowers the builds only. Elsewhere it
// may lower the whole process, or not be allowed; either way the builds still run.
if (process.platform === 'linux') {
  try {
    setPriority(0, 10);
  } catch {
    /* not allowed here: builds run at normal priority */
  }
}

let queue: Promise<void> = Promise.resolve();
port.on('message', ({ id, job }: { id: number; job: BuildJob }) => {
  queue = queue.then(async () => {
    try {
      const built = await runJob(job);
      port.postMessage({ id, built }, typeof built === 'string' ? [] : [built.buffer as ArrayBuffer]);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
