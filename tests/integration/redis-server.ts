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
