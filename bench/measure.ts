/**
 * What one phase of a run cost: CPU of the server processes (and redis-server, the bench
 * itself and everything else on the machine), event-loop delay and utilisation and the
 * file log's fdatasync times from the probe inside each server, and heap after gc().
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cpuSecondsOf, machineBusySeconds, type ServerHandle } from './procs.js';
import { now } from './stats.js';

export const round = (x: number) => Math.round(x * 100) / 100;

/** What the servers (and the bench itself) spent in one phase. */
export interface PhaseCost {
  seconds: number;
  /** Start and end on the monotonic clock (ms), to cut a --cpu-prof profile to this phase. */
  window: [number, number];
  /** User + system CPU of the server processes (system: syscalls, e.g. socket writes, fdatasync). */
  serverCpuSeconds: number;
  serverSystemSeconds: number;
  /** Worst event-loop delay p99 over the server processes, ms. */
  eldP99: number;
  eldMax: number;
  /** Busiest server's event-loop utilisation (0–1). */
  elu: number;
  /** The file log's group commits (fdatasync calls) and how long they took, ms. */
  fsyncs: number;
  fsyncP50: number;
  fsyncP99: number;
  fsyncMax: number;
  /** Log fdatasync / write calls over 10 ms: [ms since the phase started, duration ms]. */
  slowFsyncs: Array<[number, number]>;
  slowWrites: Array<[number, number]>;
  redisCpuSeconds?: number;
  /** The load generator's own CPU and event-loop delay, to tell when it was the bottleneck. */
  benchCpuSeconds: number;
  benchEldP99: number;
  /** CPU used by anything else on the machine meanwhile: other jobs disturb the figures. */
  otherCpuSeconds: number;
}

/** Starts measuring a phase on every server; `end()` gives its cost. */
export async function phase(servers: ServerHandle[], redisPid?: number) {
  const benchEld = monitorEventLoopDelay({ resolution: 2 });
  benchEld.enable();
  await Promise.all(servers.map((s) => s.probe('reset')));
  const cpu0 = await Promise.all(servers.map((s) => s.cpuSeconds()));
  const redis0 = redisPid ? await cpuSecondsOf(redisPid) : undefined;
  const bench0 = process.cpuUsage();
  const machine0 = await machineBusySeconds();
  const t0 = now();
  return async (): Promise<PhaseCost> => {
    const t1 = now();
    const seconds = (t1 - t0) / 1000;
    const bench = process.cpuUsage(bench0);
    benchEld.disable();
    const cpu1 = await Promise.all(servers.map((s) => s.cpuSeconds()));
    const machine = (await machineBusySeconds()) - machine0;
    const probes = await Promise.all(servers.map((s) => s.probe('read')));
    const cost: PhaseCost = {
      seconds: round(seconds),
      window: [t0, t1],
      serverCpuSeconds: round(cpu1.reduce((sum, c, i) => sum + c.user + c.system - cpu0[i]!.user - cpu0[i]!.system, 0)),
      serverSystemSeconds: round(cpu1.reduce((sum, c, i) => sum + c.system - cpu0[i]!.system, 0)),
      eldP99: round(Math.max(...probes.map((p) => p.eld.p99))),
      eldMax: round(Math.max(...probes.map((p) => p.eld.max))),
      elu: round(Math.max(...probes.map((p) => p.elu))),
      fsyncs: probes.reduce((sum, p) => sum + p.fsync.count, 0),
      fsyncP50: round(Math.max(...probes.map((p) => p.fsync.p50))),
      fsyncP99: round(Math.max(...probes.map((p) => p.fsync.p99))),
      fsyncMax: round(Math.max(...probes.map((p) => p.fsync.max))),
      slowFsyncs: probes.flatMap((p) => p.slowFsyncs.map(([at, ms]): [number, number] => [Math.round(at - t0), round(ms)])),
      slowWrites: probes.flatMap((p) => p.slowWrites.map(([at, ms]): [number, number] => [Math.round(at - t0), round(ms)])),
      benchCpuSeconds: round((bench.user + bench.system) / 1e6),
      benchEldP99: round(benchEld.percentile(99) / 1e6),
      otherCpuSeconds: 0
    };
    if (redisPid && redis0) {
      const redis1 = await cpuSecondsOf(redisPid);
      cost.redisCpuSeconds = round(redis1.user + redis1.system - redis0.user - redis0.system);
    }
    cost.otherCpuSeconds = round(Math.max(0, machine - cost.serverCpuSeconds - cost.benchCpuSeconds - (cost.redisCpuSeconds ?? 0)));
    return cost;
  };
}

/** Sum of heapUsed over the servers after a forced gc(). */
export async function heapUsed(servers: ServerHandle[]): Promise<{ bytes: number; gc: boolean }> {
  const replies = await Promise.all(servers.map((s) => s.probe('gc')));
  return { bytes: replies.reduce((sum, r) => sum + r.heapUsed, 0), gc: replies.every((r) => r.gcAvailable) };
}

/** Warnings and errors logged by the servers; the missing pages are expected here. */
export function serverLog(servers: ServerHandle[]): Record<string, number> {
  const all: Record<string, number> = {};
  for (const server of servers) for (const [msg, n] of Object.entries(server.logged())) if (!msg.endsWith('pages_not_built')) all[msg] = (all[msg] ?? 0) + n;
  return all;
}
