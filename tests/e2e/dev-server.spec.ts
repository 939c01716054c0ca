import { expect, test, type WebSocket } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../integration/process.js';
import { expectStrictPageCsp, newPage, PHONE } from './fixtures.js';

/**
 * `npm run dev` (vite dev with the Samråd server attached, server/dev/) on a copy of the
 * project, so the test can edit a component and a server file without touching the
 * checkout: the edit shows on an open phone page without a reload or a new socket, and a
 * server edit restarts only the server, which the page reconnects to by itself.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const COPIED = ['src', 'server', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'tsconfig.server.json'];

let copy: string;
let dev: ChildProcess | undefined;
let baseUrl: string;
let devOutput = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  copy = mkdtempSync(join(tmpdir(), 'samrad-dev-'));
  for (const entry of COPIED) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: copy,
    env: { ...process.env, DATA_DIR: join(copy, 'data'), SAMRAD_QUIET: '1', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  dev.stdout!.on('data', (chunk) => (devOutput += chunk));
  dev.stderr!.on('data', (chunk) => (devOutput += chunk));
  // Vite prints its address before the Samråd part has replayed its logs: ask the server itself.
  await expect
    .poll(
      async () => {
        if (dev!.exitCode !== null) throw new Error(`vite dev exited with ${dev!.exitCode}:\n${devOutput}`);
        return (await fetch(`${baseUrl}/healthz`).catch(() => undefined))?.status;
      },
      { timeout: 90_000 }
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev!.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
  }
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test('a component edit shows on an open phone page without a reload or a new socket; a server edit restarts only the server', async ({ browser }) => {
  test.setTimeout(120_000);
  const created = await fetch(`${baseUrl}/api/workshops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ templateId: 'lokal-overenskommelse' }) });
  expect(created.status).toBe(201);
  const { code } = (await created.json()) as { code: string };

  const { context, page } = await newPage(browser, PHONE, true);
  const sockets: WebSocket[] = [];
  const closed: string[] = [];
  page.on('websocket', (ws) => {
    if (!ws.url().includes('/socket.io/')) return; // Vite's HMR socket is not the app's
    sockets.push(ws);
    ws.on('close', () => closed.push(ws.url()));
  });
  const violations: string[] = [];
  page.on('console', (message) => void (/Content Security Policy/i.test(message.text()) && violations.push(message.text())));
  const response = await page.goto(`${baseUrl}/w/${code}`);
  // The pages carry the same security headers in dev as in production: Vite needs no relaxation.
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expectStrictPageCsp(response?.headers()['content-security-policy']);

  await page.getByRole('button', { name: 'Gå med' }).click();
  await expect(page.getByRole('button', { name: 'Gå med' })).toBeHidden();
  const status = page.getByTestId('connection-status');
  await expect(status).toHaveAttribute('data-status', 'connected');
  // The page looks at the code on its own socket before joining, then joins on a new one.
  await expect.poll(() => sockets.length - closed.length).toBe(1);
  const opened = sockets.length;
  // A page that reloads loses this.
  await page.evaluate(() => ((window as unknown as { hmrMark: number }).hmrMark = 42));

  const edited = Date.now();
  appendFileSync(join(copy, 'src/lib/components/common/ConnectionStatus.svelte'), '\n<span data-testid="hmr-probe">hot</span>\n');
  await expect(page.getByTestId('hmr-probe')).toHaveText('hot', { timeout: 30_000 });
  console.log(`dev server: component edit shown on the phone after ${Date.now() - edited} ms`);
  expect(await page.evaluate(() => (window as unknown as { hmrMark?: number }).hmrMark)).toBe(42);
  expect(sockets).toHaveLength(opened);
  expect(closed).toHaveLength(opened - 1);
  await expect(status).toHaveAttribute('data-status', 'connected');

  // A server edit: the server part restarts (its sockets close), the page stays and reconnects.
  appendFileSync(join(copy, 'server/http/api.ts'), '\n// edited by the dev-server test\n');
  await expect.poll(() => closed.length, { timeout: 30_000 }).toBe(opened);
  await expect(status).toHaveAttribute('data-status', 'connected', { timeout: 30_000 });
  expect(sockets.length).toBeGreaterThan(opened);
  expect(await page.evaluate(() => (window as unknown as { hmrMark?: number }).hmrMark)).toBe(42);
  expect(devOutput).toContain('samråd server restarted');
  // The restarted server replayed the dev data directory: the workshop is still there.
  expect((await fetch(`${baseUrl}/api/codes/${code}/qr.svg`)).status).toBe(200);
  expect(violations).toEqual([]);
  await context.close();
});
