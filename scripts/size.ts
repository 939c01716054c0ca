/**
 * Prints the JavaScript a phone downloads on first load of the participant page
 * (gzipped, socket.io-client included), measured in a real Chromium against the built
 * app. Run `npm run build` first. Not a test: it prints figures.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dataDir = mkdtempSync(join(tmpdir(), 'samrad-size-'));
const server = spawn(process.execPath, ['dist-server/server/index.js'], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SAMRAD_QUIET: '1' },
  stdio: ['ignore', 'pipe', 'inherit']
});
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (chunk) => {
    out += chunk;
    const match = /listening on (http:\/\/\S+)/.exec(out);
    if (match) resolve(match[1]!);
  });
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

try {
  const created = (await (
    await fetch(`${url}/api/workshops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"templateId":"lokal-overenskommelse"}' })
  ).json()) as { code: string };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  const scripts: Array<{ path: string; raw: number; gzip: number }> = [];
  const css: Array<{ raw: number; gzip: number }> = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const row = { path: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    (type === 'script' ? scripts : css).push(row);
  });
  await page.goto(`${url}/w/${created.code}`, { waitUntil: 'networkidle' });
  const firstLoad = [...scripts];
  // Then join: the workshop views are a chunk of their own, fetched when joining starts.
  await page.getByRole('button', { name: 'Gå med' }).click();
  await page.getByTestId('lobby').waitFor();
  await page.waitForLoadState('networkidle');
  const afterJoin = scripts.slice(firstLoad.length);
  await browser.close();

  const kb = (n: number) => (n / 1024).toFixed(1).padStart(7) + ' KB';
  const sum = (rows: typeof scripts, key: 'gzip' | 'raw') => rows.reduce((total, row) => total + row[key], 0);
  console.log(`Participant page /w/CODE, first load: the join card (${firstLoad.length} scripts)`);
  for (const s of firstLoad.sort((a, b) => b.gzip - a.gzip)) console.log(`${kb(s.gzip)} gz ${kb(s.raw)} raw  ${s.path}`);
  console.log(`${kb(sum(firstLoad, 'gzip'))} gz ${kb(sum(firstLoad, 'raw'))} raw  JavaScript, first load`);
  console.log(`${kb(sum(afterJoin, 'gzip'))} gz ${kb(sum(afterJoin, 'raw'))} raw  JavaScript fetched when joining (${afterJoin.length} scripts)`);
  console.log(`${kb(sum(scripts, 'gzip'))} gz ${kb(sum(scripts, 'raw'))} raw  JavaScript, first load + join`);
  console.log(`${kb(css.reduce((total, s) => total + s.gzip, 0))} gz            CSS total`);
} finally {
  server.kill('SIGTERM');
}
