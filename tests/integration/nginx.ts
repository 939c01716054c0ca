import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './process.js';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const nginxInstalled = () => existsSync(NGINX);
const shipped = fileURLToPath(new URL('../../deploy/nginx/samrad.conf', import.meta.url));

export interface Nginx {
  url: string;
  /** The throwaway certificate (PEM), for clients to trust. */
  ca: string;
  stop(): Promise<void>;
}

/**
 * Debian's nginx with the shipped `deploy/nginx/samrad.conf`, changed only where a test must:
 * its upstream ports, loopback listen ports, a throwaway certificate, paths under a temporary
 * directory. `tls: false` serves the https server block over plain http.
 */
export async function startNginx(upstreamPorts: number[], options: { tls: boolean; port?: number }): Promise<Nginx> {
  const dir = await mkdtemp(join(tmpdir(), 'samrad-nginx-'));
  // As root, nginx's workers run as nobody: they must reach the cache and temp files.
  await chmod(dir, 0o755);
  await mkdir(join(dir, 'cache'), { mode: 0o777 });
  const [port, redirectPort] = [options.port ?? (await freePort()), await freePort()];
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', join(dir, 'privkey.pem'), '-out', join(dir, 'fullchain.pem')]);
  if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`);
  let upstream = 0;
  const site = (await readFile(shipped, 'utf8'))
    .replace(/server 127\.0\.0\.1:300\d/g, () => `server 127.0.0.1:${upstreamPorts[upstream++]}`)
    .replaceAll('/etc/ssl/samrad', dir)
    .replace('/var/cache/nginx/samrad', join(dir, 'cache'))
    .replace(/\n\s*listen \[::\]:\d+[^;]*;/g, '')
    .replace('listen 80;', `listen 127.0.0.1:${redirectPort};`)
    .replace('listen 443 ssl http2;', options.tls ? `listen 127.0.0.1:${port} ssl;` : `listen 127.0.0.1:${port};`);
  if (upstream !== upstreamPorts.length) throw new Error(`deploy/nginx/samrad.conf has ${upstream} upstream servers, not ${upstreamPorts.length}`);
  await writeFile(join(dir, 'samrad.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${join(dir, kind)};`).join(' ');
  await writeFile(join(dir, 'nginx.conf'), `pid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'error.log')};\nevents {}\nhttp { access_log off; ${temp} include ${join(dir, 'samrad.conf')}; }\n`);
  const child = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await untilListening(port, exited, () => stderr);
  return {
    url: `${options.tls ? 'https://localhost' : 'http://127.0.0.1'}:${port}`,
    ca: await readFile(join(dir, 'fullchain.pem'), 'utf8'),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    }
  };
}

/** Resolves once the port accepts a connection; rejects if nginx exits first. */
async function untilListening(port: number, exited: Promise<void>, stderr: () => string): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`nginx exited: ${stderr()}`);
    const open = await new Promise<boolean>((resolve) => {
      const probe = connect(port, '127.0.0.1', () => (probe.end(), resolve(true)));
      probe.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
