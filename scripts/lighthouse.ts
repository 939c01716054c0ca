/**
 * Lighthouse on the participant page /w/CODE (the join card a phone sees after scanning
 * the QR code) and on the home page, in Debian's Chromium with Lighthouse's default
 * mobile emulation (Moto G Power, 412×823) and simulated throttling (150 ms RTT,
 * 1.6 Mbit/s, 4× CPU slowdown); the participant page once more on a regular-3G profile
 * (300 ms RTT, 700 kbit/s). Builds nothing: run it on an existing build (`npm run build`,
 * or SAMRAD_BUILD_DIR=build-x for a private one). Prints figures; not a pass/fail test.
 *
 *   npm run lighthouse [-- --json-dir=DIR]   (DIR receives the full reports)
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveBuild } from './serve-build.js';

// Lighthouse's own "mobileRegular3G" constants (Lantern simulation), for a harder run.
const REGULAR_3G = { rttMs: 300, throughputKbps: 700, requestLatencyMs: 1125, downloadThroughputKbps: 630, uploadThroughputKbps: 630, cpuSlowdownMultiplier: 4 };

const jsonDir = process.argv.find((arg) => arg.startsWith('--json-dir='))?.slice('--json-dir='.length);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number | undefined) => (value === undefined ? '?' : `${Math.round(value)} ms`);

function report(label: string, lhr: Result): void {
  const audit = (id: string) => lhr.audits[id];
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  console.log(`\n${label}  ${lhr.finalDisplayedUrl}`);
  console.log(`  performance ${score('performance')}   accessibility ${score('accessibility')}`);
  console.log(
    `  FCP ${ms(audit('first-contentful-paint')?.numericValue)}  LCP ${ms(audit('largest-contentful-paint')?.numericValue)}  ` +
      `TBT ${ms(audit('total-blocking-time')?.numericValue)}  CLS ${(audit('cumulative-layout-shift')?.numericValue ?? 0).toFixed(3)}  ` +
      `Speed Index ${ms(audit('speed-index')?.numericValue)}  TTI ${ms(audit('interactive')?.numericValue)}`
  );
  // Transfer sizes as the browser received them (compressed), by kind of resource.
  const items = ((audit('resource-summary')?.details as { items?: Array<{ resourceType: string; transferSize: number; requestCount: number }> })?.items ?? []).filter(
    (row) => row.requestCount > 0
  );
  console.log('  transfer: ' + items.map((row) => `${row.resourceType} ${kb(row.transferSize)} (${row.requestCount})`).join(', '));
  // What keeps a score below 100: failing audits with their titles.
  for (const category of ['performance', 'accessibility']) {
    const failing = (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 || category === 'performance')
      .map((ref) => lhr.audits[ref.id]!)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable');
    for (const a of failing) console.log(`  ${category} flags: ${a.id} (${a.score}) ${a.displayValue ?? ''}`);
  }
}

const server = await serveBuild();
// As root (containers, CI) Chromium refuses to start without --no-sandbox.
const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--disable-gpu', '--disable-dev-shm-usage', ...sandbox]
});

try {
  const code = await server.createWorkshop();
  const runs: Array<{ label: string; path: string; flags?: Flags }> = [
    { label: 'Participant page (join card), default mobile', path: `/w/${code}` },
    { label: 'Home page, default mobile', path: '/' },
    { label: 'Participant page (join card), regular 3G', path: `/w/${code}`, flags: { throttling: REGULAR_3G } }
  ];
  if (jsonDir) mkdirSync(jsonDir, { recursive: true });
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} on ${server.url} (build: ${server.buildDir})`);
  for (const [index, run] of runs.entries()) {
    const result = await lighthouse(`${server.url}${run.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      ...run.flags
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${run.path}`);
    report(run.label, result.lhr);
    if (jsonDir) writeFileSync(join(jsonDir, `lighthouse-${index + 1}.json`), JSON.stringify(result.lhr, null, 1));
  }
} finally {
  chrome.kill();
  server.stop();
}
