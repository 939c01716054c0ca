import { expect, test } from '@playwright/test';
import { createWorkshop, socketTo } from './a11y-helpers.js';
test('debug', async ({ browser, baseURL, request }) => {
  test.setTimeout(120_000);
  const created = await createWorkshop(request, 'Stor plenar');
  const f0 = await socketTo(baseURL!);
  await f0.join('facilitator:join', { workshopId: created.workshopId, key: created.key });
  await f0.send('phase:set', { phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
  await Promise.all(Array.from({ length: 40 }, async (_, s) => {
    const f = await socketTo(baseURL!);
    await f.join('facilitator:join', { workshopId: created.workshopId, key: created.key });
    await Promise.all(Array.from({ length: 50 }, (_, i) => f.send('note:add', { roundId: 'samtal-1', topicIds: [['dialog','kvalitet','mangfald','oppenhet','langsiktighet','sjalvstandighet'][i%6]], text: `Regelbundna dialogmöten mellan staden och föreningarna ${s*50+i}`, table: null, people: null })));
  }));
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  if (process.env.NOFRAME) await page.route(/screen\?preview/, (r) => r.abort());
  await page.addInitScript(() => { const w = window as any; w.lt = []; new PerformanceObserver((l) => l.getEntries().forEach((e) => w.lt.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask' }); });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await page.goto(`/f/${created.workshopId}#key=${created.key}`);
  await expect(page.getByTestId('moderation')).toBeVisible({ timeout: 30000 });
  await page.waitForTimeout(6000);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    }
  });
  console.log([...total].filter(([k]) => !k.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${Math.round(v)}ms ${k}`).join('\n'));
  console.log(JSON.stringify(await page.evaluate(() => (window as any).lt)));
});
