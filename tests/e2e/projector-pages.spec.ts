import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, socketTo } from './a11y-helpers.js';
import { expectNoAxeViolations, screenshot } from './fixtures.js';

/**
 * More posts than fit: the projector pages through all of them instead of hiding any
 * ("+ N more" is gone). 130 posts in one principle (the old cap was 24): every one is
 * drawn, each whole on one page, and the last one is reached by the page clock; the pages
 * slide without animation when the viewer asks for reduced motion. Screenshots of the wall
 * and the board at three beamer sizes; a page that goes on with a principle says which;
 * the projector's longest task is printed.
 */

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 }
];
const TOPICS = ['sjalvstandighet', 'dialog', 'kvalitet', 'langsiktighet', 'oppenhet', 'mangfald'];
const DIALOG = 130;

/** 130 paper notes in Dialog and 5 in each other principle, 50 per socket (a socket may send 60 events per 10 s). */
async function fill(baseURL: string, workshopId: string, key: string): Promise<void> {
  const notes = [
    ...Array.from({ length: DIALOG }, (_, n) => ({ topic: 'dialog', text: `Dialog nummer ${n + 1}: regelbundna möten mellan staden och föreningarna${n % 4 === 0 ? ', med tydlig återkoppling om vad som händer sedan och vem som ansvarar för det' : ''}` })),
    ...TOPICS.filter((t) => t !== 'dialog').flatMap((topic) => Array.from({ length: 5 }, (_, n) => ({ topic, text: `Tanke ${n + 1} om ${topic}` })))
  ];
  for (let at = 0; at < notes.length; at += 50) {
    const f = await socketTo(baseURL);
    expect((await f.join('facilitator:join', { workshopId, key })).ok).toBe(true);
    const acks = await Promise.all(
      notes.slice(at, at + 50).map(({ topic, text }) => f.send('note:add', { roundId: 'samtal-1', topicIds: [topic], text, table: null, people: null }))
    );
    expect(acks.filter((a) => !a.ok)).toEqual([]);
    f.socket.disconnect();
  }
}

/** The header's "2 / 6" as numbers. */
async function pageOf(page: Page): Promise<{ page: number; pages: number }> {
  const text = (await page.getByTestId('screen-page').locator('[aria-hidden="true"]').first().textContent()) ?? '';
  const [at, of] = text.split('/').map((s) => Number.parseInt(s, 10));
  return { page: at!, pages: of! };
}

/** Cards on the page now shown: inside the viewport whole, or entirely off it (never cut). */
const cardsInView = (page: Page) =>
  page.evaluate(() => {
    const cards = [...document.querySelectorAll('[data-card]')].map((el) => el.getBoundingClientRect());
    const whole = cards.filter((r) => r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight);
    const cut = cards.filter((r) => r.right > 0 && r.left < innerWidth && !(r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight));
    return { whole: whole.length, cut: cut.length };
  });

test('the projector pages through every post, whole, at three sizes', async ({ browser, baseURL, request }) => {
  test.setTimeout(180_000);
  const created = await createWorkshop(request, 'Stor plenar');
  const facilitator = await socketTo(baseURL!);
  expect((await facilitator.join('facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  const send = async (event: string, payload: object) => expect((await facilitator.send(event, payload)).ok, event).toBe(true);
  await send('phase:set', { phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
  await fill(baseURL!, created.workshopId, created.key);
  await send('screen:mode', { mode: { view: 'wall', roundId: 'samtal-1', topicId: 'dialog' } });
  await send('screen:page', { action: 'pause' });

  const figures: string[] = [];
  try {
    for (const viewport of SIZES) {
      const context = await browser.newContext({ viewport, locale: 'sv-SE', reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { longTasks: number[] };
        w.longTasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
      });
      await page.goto(`/w/${created.code}/screen`);
      // Every post is drawn (a chunk per task), none hidden behind "+ N more".
      await expect(page.locator('[data-card]')).toHaveCount(DIALOG);
      await expect(page.getByTestId('screen-wall')).not.toContainText(/\+ \d+ till/);
      const first = await pageOf(page);
      expect(first.pages, `pages at ${viewport.width}`).toBeGreaterThan(1);
      expect(first.page).toBe(1);
      await expect(page.getByTestId('screen-page')).toContainText('pausad');
      // No sliding for those who asked for reduced motion: the page is simply there.
      expect(await page.locator('[data-pages] > div').first().evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
      const onFirst = await cardsInView(page);
      expect(onFirst.cut, `cards cut on page 1 at ${viewport.width}`).toBe(0);
      expect(onFirst.whole).toBeGreaterThan(0);
      await screenshot(page, `projector-wall-pages-${viewport.width}`);

      // Back one page from the first: the last page, where the last post is, whole.
      await send('screen:page', { action: 'previous' });
      await expect(page.getByTestId('screen-page')).toContainText(`${first.pages} / ${first.pages}`);
      const last = page.locator('[data-card]').last();
      await expect(last).toBeInViewport({ ratio: 1 });
      expect((await cardsInView(page)).cut, `cards cut on the last page at ${viewport.width}`).toBe(0);
      await send('screen:page', { action: 'next' });
      await expect(page.getByTestId('screen-page')).toContainText(`1 / ${first.pages}`);

      const longest = Math.max(0, ...(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)));
      figures.push(`wall ${viewport.width}×${viewport.height}: ${DIALOG} posts on ${first.pages} pages, ${onFirst.whole} on the first; longest task ${Math.round(longest)} ms`);
      await context.close();
    }

    // The board: every principle, every post, principle after principle.
    await send('screen:mode', { mode: { view: 'auto' } });
    for (const viewport of SIZES) {
      const context = await browser.newContext({ viewport, locale: 'sv-SE', reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`/w/${created.code}/screen`);
      await expect(page.locator('[data-card]')).toHaveCount(DIALOG + 25);
      const board = await pageOf(page);
      expect((await cardsInView(page)).cut, `board cards cut at ${viewport.width}`).toBe(0);
      await screenshot(page, `projector-board-pages-${viewport.width}`);
      // A page that goes on with a principle begun earlier says whose posts these are.
      await send('screen:page', { action: 'next' });
      await expect(page.getByTestId('screen-continued')).toHaveText('Dialog, forts.');
      expect((await cardsInView(page)).cut, `board cards cut on page 2 at ${viewport.width}`).toBe(0);
      await screenshot(page, `projector-board-pages-${viewport.width}-2`);
      if (viewport.width === 1280) await expectNoAxeViolations(page, 'the board on a page that goes on with Dialog');
      await send('screen:page', { action: 'previous' });
      await expect(page.getByTestId('screen-page')).toContainText(`1 / ${board.pages}`);
      figures.push(`board ${viewport.width}×${viewport.height}: ${DIALOG + 25} posts on ${board.pages} pages`);
      await context.close();
    }
  } finally {
    facilitator.socket.disconnect();
    console.log(['projector pages:', ...figures].join('\n'));
  }
});
