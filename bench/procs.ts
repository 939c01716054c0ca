/**
 * The processes the bench starts: Samråd servers, the relay (the floor) and redis-server.
 * Every child is registered here and killed at the end, also on error or Ctrl-C; a server
 * also exits by itself when the bench disappears (see probe.ts).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProbeReply, ProbeRequest } from './probe.js';
import { freePort } from '../tests/integration/process.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();

/** Last resort: synchronous, so it also runs from process.on('exit'). */
function killAllNow(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}
process.on('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllNow();
    process.exit(130);
  });
}

/** Stops one child: SIGTERM (servers close cleanly and write --cpu-prof), SIGKILL after 5 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return void children.delete(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  children.delete(child);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...children].map(stopChild));
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  tempDirs.clear();
}

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}


/** A started server with its probe: the bench asks it for event-loop delay and heap. */
export interface ServerHandle {
  kind: 'samrad' | 'relay';
  url: string;
  pid: number;
  probe(op: ProbeRequest['op']): Promise<ProbeReply>;
  /** User and system CPU seconds used so far, from /proc/<pid>/stat. */
  cpuSeconds(): Promise<CpuTimes>;
  /** Warnings and errors the server logged (JSON lines on stderr), counted by message. */
  logged(): Record<string, number>;
  stop(): Promise<void>;
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

export interface CpuTimes {
  user: number;
  system: number;
}

export async function cpuSecondsOf(pid: number): Promise<CpuTimes> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at field 3 (state).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) / CLK_TCK, system: Number(fields[12]) / CLK_TCK }; // utime (14), stime (15)
}

/** CPU seconds the whole machine spent busy so far (all cores), from /proc/stat. */
export async function machineBusySeconds(): Promise<number> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!;
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number) as number[];
  return (user! + nice! + system! + irq! + softirq! + steal!) / CLK_TCK;
}

export interface StartOptions {
  kind: 'samrad' | 'relay';
  env?: Record<string, string>;
  /** Directory for --cpu-prof output, when profiling. */
  cpuProfDir?: string;
}

/** Newest modification time of the server's TypeScript sources. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(join(root, path)).mtimeMs);
    }
  };
  for (const dir of ['server', 'src/lib/domain', 'src/lib/protocol']) walk(dir);
  return newest;
}

/**
 * The server entry: the compiled server when present and not older than the sources
 * (a stale build would measure old code), else the TypeScript one through tsx.
 */
export function serverEntry(kind: 'samrad' | 'relay'): string {
  if (kind === 'relay') return 'bench/relay-server.ts';
  const compiled = join(root, 'dist-server/server/index.js');
  return existsSync(compiled) && statSync(compiled).mtimeMs >= newestSource() ? 'dist-server/server/index.js' : 'server/index.ts';
}

/** Starts a server with the probe preloaded and resolves once it prints "listening on". */
export async function startServer(options: StartOptions): Promise<ServerHandle> {
  const dataDir = await tempDir('samrad-bench-data-');
  const args = ['--expose-gc'];
  if (options.cpuProfDir) args.push('--cpu-prof', '--cpu-prof-dir', options.cpuProfDir);
  args.push('--import', 'tsx', '--import', './bench/probe.ts', serverEntry(options.kind));
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SAMRAD_QUIET: '1', SAMRAD_BUILD_DIR: join(dataDir, 'no-pages'),
      // Every simulated phone comes from 127.0.0.1: per-address limits would throttle the whole hall.
      ADDRESS_LIMIT_FACTOR: '0',
      ...options.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc']
  });
  children.add(child);
  let stderr = '';
  let partial = '';
  const logged: Record<string, number> = {};
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      try {
        const { level, msg } = JSON.parse(line) as { level?: string; msg?: string };
        if (level === 'warn' || level === 'error') logged[`${level} ${msg}`] = (logged[`${level} ${msg}`] ?? 0) + 1;
      } catch {
        if (line.trim()) logged['(not JSON)'] = (logged['(not JSON)'] ?? 0) + 1;
      }
    }
  });

  const pending = new Map<number, (reply: ProbeReply) => void>();
  let nextId = 0;
  child.on('message', (reply: ProbeReply) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });

  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${options.kind} server did not start in 30 s: ${stderr}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!.replace('localhost', '127.0.0.1'));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.kind} server exited with ${code}: ${stderr}`));
    });
  });

  return {
    kind: options.kind,
    url,
    pid: child.pid!,
    probe: (op) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        const timer = setTimeout(() => reject(new Error(`probe ${op} timed out (pid ${child.pid})`)), 30_000);
        pending.set(id, (reply) => {
          clearTimeout(timer);
          resolve(reply);
        });
        child.send({ id, op } satisfies ProbeRequest);
      }),
    cpuSeconds: () => cpuSecondsOf(child.pid!),
    logged: () => ({ ...logged }),
    stop: () => stopChild(child)
  };
}

export interface RedisHandle {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** A redis-server of the bench's own on a free port, without persistence. */
export async function startRedis(): Promise<RedisHandle> {
  const port = await freePort();
  const dir = await tempDir('samrad-bench-redis-');
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe']
  });
  children.add(child);
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', reject);
    child.once('exit', () => reject(new Error(`redis-server exited: ${out}`)));
  });
  child.stdout!.resume();
  return { url: `redis://127.0.0.1:${port}`, pid: child.pid!, stop: () => stopChild(child) };
}
