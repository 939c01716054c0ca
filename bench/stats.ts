/**
 * Percentiles with hdr-histogram-js: samples are recorded in microseconds (3 significant
 * digits), summaries are given in milliseconds.
 */
import * as hdr from 'hdr-histogram-js';

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  min: number;
  mean: number;
}

export class Latencies {
  readonly #histogram = hdr.build({ bitBucketSize: 64, numberOfSignificantValueDigits: 3, useWebAssembly: false });
  #min = Infinity;

  /** A duration in ms; negative values (clock order between two sockets) count as 0. */
  record(ms: number): void {
    const us = Math.max(0, Math.round(ms * 1000));
    this.#min = Math.min(this.#min, us);
    this.#histogram.recordValue(us);
  }

  get count(): number {
    return this.#histogram.totalCount;
  }

  summary(): Summary {
    const h = this.#histogram;
    const ms = (us: number) => Math.round(us) / 1000;
    if (h.totalCount === 0) return { count: 0, p50: 0, p95: 0, p99: 0, max: 0, min: 0, mean: 0 };
    return {
      count: h.totalCount,
      p50: ms(h.getValueAtPercentile(50)),
      p95: ms(h.getValueAtPercentile(95)),
      p99: ms(h.getValueAtPercentile(99)),
      max: ms(h.maxValue),
      min: ms(this.#min),
      mean: ms(h.mean)
    };
  }
}

export function summarize(samples: Iterable<number>): Summary {
  const latencies = new Latencies();
  for (const sample of samples) latencies.record(sample);
  return latencies.summary();
}

/** Mean and max of a per-participant figure (bytes, frames). */
export function perParticipant(values: readonly number[]): { mean: number; max: number } {
  if (values.length === 0) return { mean: 0, max: 0 };
  let sum = 0;
  let max = 0;
  for (const v of values) {
    sum += v;
    if (v > max) max = v;
  }
  return { mean: Math.round(sum / values.length), max };
}

/** Deterministic pseudo-random numbers (mulberry32), so two runs vote the same way. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Milliseconds on the monotonic clock, the same in every worker thread of the bench. */
export const now = () => Number(process.hrtime.bigint() / 1000n) / 1000;
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `done()` holds or the time is up; bounded in time, never spins. */
export async function waitUntil(done: () => boolean | Promise<boolean>, timeoutMs: number, pollMs = 20): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) return false;
    await sleep(pollMs);
  }
  return true;
}
