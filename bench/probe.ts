/**
 * Loaded into a server process with `--import ./bench/probe.ts` (the server code is not
 * changed for the bench). It answers the bench over the IPC channel the bench opened:
 * event-loop delay and utilisation since the last reset, heap and RSS, a forced gc() on
 * request, and how long the file log's fdatasync calls took (group commits).
 * Without an IPC channel (the server started normally) it does nothing.
 */
import { open } from 'node:fs/promises';
import { devNull } from 'node:os';
import { monitorEventLoopDelay, performance, createHistogram } from 'node:perf_hooks';

export interface ProbeRequest {
  id: number;
  op: 'read' | 'reset' | 'gc';
}

export interface ProbeReply {
  id: number;
  heapUsed: number;
  rss: number;
  gcAvailable: boolean;
  /** Event-loop delay in ms since the last reset. */
  eld: { p50: number; p99: number; max: number; mean: number };
  /** Share of the time the event loop was busy since the last reset (0–1). */
  elu: number;
  /** fdatasync calls since the last reset (one per group commit of the file log), in ms. */
  fsync: { count: number; p50: number; p99: number; max: number };
  /** FileHandle write/datasync calls over 10 ms since the last reset: [start on the monotonic clock, duration], ms. */
  slowFsyncs: Array<[number, number]>;
  slowWrites: Array<[number, number]>;
}

if (process.send) {
  // 2 ms sampling: fine enough for a 50 ms target, cheap enough not to disturb the server.
  const eld = monitorEventLoopDelay({ resolution: 2 });
  eld.enable();
  let elu = performance.eventLoopUtilization();
  const fsync = createHistogram();
  let slowFsyncs: Array<[number, number]> = [];
  let slowWrites: Array<[number, number]> = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  const ms = (ns: number) => (Number.isFinite(ns) ? ns / 1e6 : 0);

  // Time every FileHandle.datasync(): wrapping the shared prototype leaves the server's code as it is.
  const handle = await open(devNull, 'r');
  const proto = Object.getPrototypeOf(handle) as { datasync: () => Promise<void>; write: (...args: unknown[]) => Promise<unknown> };
  await handle.close();
  const datasync = proto.datasync;
  const write = proto.write;
  proto.write = function (this: unknown, ...args: unknown[]) {
    const start = process.hrtime.bigint();
    return write.apply(this, args).finally(() => {
      const ns = Number(process.hrtime.bigint() - start);
      if (ns > 10e6 && slowWrites.length < 100) slowWrites.push([Number(start / 1000n) / 1000, ns / 1e6]);
    });
  };
  proto.datasync = function (this: unknown) {
    const start = process.hrtime.bigint();
    return datasync.call(this).finally(() => {
      const ns = Number(process.hrtime.bigint() - start);
      fsync.record(Math.max(1, ns));
      if (ns > 10e6 && slowFsyncs.length < 100) slowFsyncs.push([Number(start / 1000n) / 1000, ns / 1e6]);
    });
  };

  process.on('message', (message: ProbeRequest) => {
    if (!message || typeof message.id !== 'number') return;
    if (message.op === 'gc' && gc) {
      // Twice: the first pass may only promote what the second frees.
      gc();
      gc();
    }
    const memory = process.memoryUsage();
    const reply: ProbeReply = {
      id: message.id,
      heapUsed: memory.heapUsed,
      rss: memory.rss,
      gcAvailable: Boolean(gc),
      eld: { p50: ms(eld.percentile(50)), p99: ms(eld.percentile(99)), max: ms(eld.max), mean: ms(eld.mean) },
      elu: performance.eventLoopUtilization(elu).utilization,
      fsync: { count: fsync.count, p50: ms(fsync.percentile(50)), p99: ms(fsync.percentile(99)), max: ms(fsync.max) },
      slowFsyncs,
      slowWrites
    };
    if (message.op === 'reset') {
      eld.reset();
      fsync.reset();
      slowFsyncs = [];
      slowWrites = [];
      elu = performance.eventLoopUtilization();
    }
    process.send!(reply);
  });

  // The bench went away (even by SIGKILL): do not leave an orphaned server behind.
  process.on('disconnect', () => process.exit(0));
}
