/**
 * Starts the server on an existing build for the measuring scripts (size, lighthouse):
 * they build nothing themselves. With SAMRAD_BUILD_DIR set (a private build such as
 * `build-light`) the server runs from the TypeScript sources; otherwise from `npm run build`'s
 * dist-server, or from the sources when that is missing. A fresh data directory each time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningServer {
  url: string;
  buildDir: string;
  /** Creates a workshop from the seed template and returns its join code. */
  createWorkshop(): Promise<string>;
  stop(): void;
}

export async function serveBuild(): Promise<RunningServer> {
  const buildDir = process.env.SAMRAD_BUILD_DIR ?? 'build';
  if (!existsSync(resolve(buildDir, 'handler.js'))) throw new Error(`no build in ${buildDir}/: build the pages first`);
  const compiled = 'dist-server/server/index.js';
  const args = !process.env.SAMRAD_BUILD_DIR && existsSync(compiled) ? [compiled] : ['--import', 'tsx', 'server/index.ts'];
  const dataDir = mkdtempSync(join(tmpdir(), 'samrad-measure-'));
  const server: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, SAMRAD_BUILD_DIR: buildDir, PORT: process.env.PORT ?? '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SAMRAD_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'inherit']
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /listening on http:\/\/localhost:(\d+)/.exec(out);
      // 127.0.0.1, not localhost: the server listens on IPv4 only.
      if (match) resolveUrl(`http://127.0.0.1:${match[1]}`);
    });
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    url,
    buildDir,
    async createWorkshop() {
      const response = await fetch(`${url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"templateId":"lokal-overenskommelse"}'
      });
      return ((await response.json()) as { code: string }).code;
    },
    stop: () => void server.kill('SIGTERM')
  };
}
