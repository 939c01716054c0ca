/**
 * Prints the JavaScript a phone downloads on first load of the participant page
 * (gzipped, socket.io-client included), measured in a real Chromium against the built
 * app. Run `npm run build` first (or measure a private build: SAMRAD_BUILD_DIR=build-x).
 * Not a test: it prints figures.
 */
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { serveBuild } from './serve-build.js';

const server = await serveBuild();
const url = server.url;

try {
  const code = await server.createWorkshop();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  const scripts: Array<{ path: string; raw: number; gzip: number }> = [];
  const css: Array<{ raw: number; gzip: number }> = [];
  const pending = new Set<Promise<void>>();
  let lastRequest = Date.now();
  page.on('request', () => (lastRequest = Date.now()));
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    const read = response
      .body()
      .catch(() => Buffer.alloc(0))
      .then((body) => {
        const row = { path: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
        (type === 'script' ? scripts : css).push(row);
      });
    pending.add(read);
    void read.finally(() => pending.delete(read));
  });
  // Not 'networkidle': the socket's polling keeps the network busy. Settled is one second
  // without a new request and every script read.
  const settle = async () => {
    while (Date.now() - lastRequest < 1000 || pending.size) await page.waitForTimeout(200);
  };
  await page.goto(`${url}/w/${code}`);
  await page.getByRole('button', { name: 'Gå med' }).waitFor();
  await settle();
  const firstLoad = [...scripts];
  // Then join: the workshop views are a chunk of their own, fetched when joining starts.
  await page.getByRole('button', { name: 'Gå med' }).click();
  await page.getByTestId('lobby').waitFor();
  await settle();
  const afterJoin = scripts.slice(firstLoad.length);
  await browser.close();

  const kb = (n: number) => (n / 1024).toFixed(1).padStart(7) + ' KB';
  const sum = (rows: typeof scripts, key: 'gzip' | 'raw') => rows.reduce((total, row) => total + row[key], 0);
  console.log(`Participant page /w/CODE, first load: the join card (${firstLoad.length} scripts)`);
  for (const s of firstLoad.sort((a, b) => b.gzip - a.gzip)) console.log(`${kb(s.gzip)} gz ${kb(s.raw)} raw  ${s.path}`);
  console.log(`${kb(sum(firstLoad, 'gzip'))} gz ${kb(sum(firstLoad, 'raw'))} raw  JavaScript, first load`);
  console.log(`\nFetched when joining (the workshop views, the connection, their texts):`);
  for (const s of [...afterJoin].sort((a, b) => b.gzip - a.gzip)) console.log(`${kb(s.gzip)} gz ${kb(s.raw)} raw  ${s.path}`);
  console.log(`${kb(sum(afterJoin, 'gzip'))} gz ${kb(sum(afterJoin, 'raw'))} raw  JavaScript fetched when joining (${afterJoin.length} scripts)\n`);
  console.log(`${kb(sum(scripts, 'gzip'))} gz ${kb(sum(scripts, 'raw'))} raw  JavaScript, first load + join`);
  console.log(`${kb(css.reduce((total, s) => total + s.gzip, 0))} gz            CSS total`);
} finally {
  server.stop();
}
