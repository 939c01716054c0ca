import { expect, test } from '@playwright/test';
import { createWorkshop, socketTo } from './a11y-helpers.js';

/**
 * The console with 2,000 near-identical posts (what a plenary of a few hundred writes in
 * Samtal 1): its longest task while loading and computing merge suggestions, measured
 * with Chromium's long-task observer and printed; the page height printed too. The target
 * is 200 ms on a laptop; the bound asserted, 500 ms, holds on a loaded 2-core machine
 * (figures in docs/performance.md), so a console that draws everything in one task again
 * fails it.
 */

const TOPICS = ['sjalvstandighet', 'dialog', 'kvalitet', 'langsiktighet', 'oppenhet', 'mangfald'];
const STEMS = [
  'Regelbundna dialogmöten mellan staden och föreningarna',
  'Föreningarna ska få svar på sina frågor inom rimlig tid',
  'Lokaler för möten, aktiviteter och evenemang',
  'Möjlighet till långsiktig planering med fleråriga bidrag',
  'Öppna protokoll och insyn i hur bidragen fördelas',
  'Lika villkor för stora och små föreningar'
];
const TAILS = ['', ' varje år', ' på riktigt', ' i hela staden', ' för alla', ' tillsammans', ' och tydlig återkoppling', ' med kontaktperson'];

/** 2,000 paper notes, 50 per facilitator socket (a socket may send 60 events per 10 s). */
async function fillWith2000(baseURL: string, workshopId: string, key: string): Promise<void> {
  await Promise.all(
    Array.from({ length: 40 }, async (_, s) => {
      const f = await socketTo(baseURL);
      expect((await f.join('facilitator:join', { workshopId, key })).ok).toBe(true);
      const acks = await Promise.all(
        Array.from({ length: 50 }, (_, i) => {
          const n = s * 50 + i;
          const text = `${STEMS[n % STEMS.length]}${TAILS[Math.floor(n / 6) % TAILS.length]} (${n})`;
          return f.send('note:add', { roundId: 'samtal-1', topicIds: [TOPICS[n % TOPICS.length]], text, table: null, people: null });
        })
      );
      expect(acks.filter((a) => !a.ok)).toEqual([]);
      f.socket.disconnect();
    })
  );
}

test('the console with 2,000 posts: longest task and page height', async ({ browser, baseURL, request }) => {
  test.setTimeout(120_000);
  const created = await createWorkshop(request, 'Stor plenar');
  const facilitator = await socketTo(baseURL!);
  expect((await facilitator.join('facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  expect((await facilitator.send('phase:set', { phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } })).ok).toBe(true);
  await fillWith2000(baseURL!, created.workshopId, created.key);
  facilitator.socket.disconnect();

  const figures: string[] = [];
  let longestOverall = 0;
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 }
  ]) {
    const context = await browser.newContext({ viewport, locale: 'sv-SE' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      // Each long task with where it ran: the console itself, or the projector thumbnail's frame.
      const w = window as unknown as { longTasks: Array<{ ms: number; where: string }> };
      w.longTasks = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => {
          const from = (e as PerformanceEntry & { attribution?: Array<{ containerType?: string }> }).attribution?.[0]?.containerType;
          w.longTasks.push({ ms: e.duration, where: from === 'iframe' ? 'thumbnail' : 'console' });
        })
      ).observe({ type: 'longtask' });
    });
    await page.goto(`/f/${created.workshopId}#key=${created.key}`);
    await expect(page.getByRole('heading', { name: 'Stor plenar', level: 1 })).toBeVisible();
    // Cheap checks in the page: Playwright's own role queries and failure snapshots walk
    // the whole DOM of 2,000 posts on the page's thread, and their tasks would be counted.
    // The list is drawn a page per principle (25 posts, then "show more"), the suggestions
    // appear once computed, and the thumbnail has drawn every post of the board: from then
    // on the console is idle.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="mod-post"]').length >= 150 &&
        document.querySelector('iframe')?.contentDocument?.querySelectorAll('[data-card]').length === 2000 &&
        /Möjliga dubbletter \([1-9]/.test(document.querySelector('[data-testid="mod-suggestions"]')?.textContent ?? ''),
      undefined,
      { timeout: 30_000, polling: 250 }
    );
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const { tasks, height, posts } = await page.evaluate(() => ({
      tasks: (window as unknown as { longTasks: Array<{ ms: number; where: string }> }).longTasks,
      height: document.documentElement.scrollHeight,
      posts: document.querySelector('[data-testid="moderation"]')!.parentElement!.scrollHeight
    }));
    const longest = tasks.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, where: '–' });
    figures.push(
      `${viewport.width}×${viewport.height}: longest task ${Math.round(longest.ms)} ms (in the ${longest.where}; ${tasks.length} long tasks: ${tasks.map((t) => Math.round(t.ms)).join(', ')} ms), page height ${height} px (posts' column ${posts} px)`
    );
    longestOverall = Math.max(longestOverall, longest.ms);
    await context.close();
  }
  console.log(['console with 2,000 posts:', ...figures].join('\n'));
  // The target is 200 ms; measured 108–348 ms in 16 runs with the machine's two cores
  // shared by about seven other jobs (docs/performance.md). 500 ms leaves room for a
  // busier moment without letting a freeze (seconds, as before) through.
  expect(longestOverall).toBeLessThan(500);
});
