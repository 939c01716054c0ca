import type { createClient } from 'redis';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './process.js';

export interface RedisServer {
  url: string;
  port: number;
  dir: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * A redis-server of the test's own, on a free port, never the machine's shared one.
 * `extraArgs` e.g. ['--appendonly', 'yes', '--appendfsync', 'always'] for durability tests.
 */
export async function startRedis(options: { port?: number; dir?: string; extraArgs?: string[] } = {}): Promise<RedisServer> {
  const port = options.port ?? (await freePort());
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'samrad-redis-')));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', ...(options.extraArgs ?? ['--appendonly', 'no'])];
  const child = spawn(process.env.REDIS_SERVER ?? 'redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Ready to accept connections')) resolve();
    });
    child.once('error', reject);
    void exited.then(() => reject(new Error(`redis-server exited: ${out}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    child,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    }
  };
}

/** Every value of every key, as text: strings, hashes, lists, sets, sorted sets and streams (what a scan for leftovers reads). */
export async function everyRedisValue(db: ReturnType<typeof createClient>): Promise<string> {
  const parts: string[] = [];
  for await (const keys of db.scanIterator({ COUNT: 500 })) {
    for (const key of keys) {
      const type = await db.type(key);
      parts.push(key);
      if (type === 'string') parts.push(String(await db.get(key)));
      else if (type === 'hash') parts.push(JSON.stringify(await db.hGetAll(key)));
      else if (type === 'list') parts.push(JSON.stringify(await db.lRange(key, 0, -1)));
      else if (type === 'set') parts.push(JSON.stringify(await db.sMembers(key)));
      else if (type === 'zset') parts.push(JSON.stringify(await db.zRange(key, 0, -1)));
      else if (type === 'stream') parts.push(JSON.stringify(await db.xRange(key, '-', '+')));
      else parts.push(`unknown type ${type}`);
    }
  }
  return parts.join('\n');
}
