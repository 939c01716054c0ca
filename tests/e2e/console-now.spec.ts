import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from './a11y-helpers.js';
import { expectNoAxeViolations, screenshot } from './fixtures.js';
import { fillRoom, openRoom } from './room-helpers.js';

/**
 * The console keeps the meeting in one hand: at 1366×768 and 1920×1080 the now bar's
 * controls stay in view after scrolling to the last post in moderation; "Next step" walks
 * the meeting and the projector's thumbnail follows; pages and language of the projector
 * are set from there; the console link is copied with its warning in view.
 */

/** Whether an element is inside the viewport and not covered by anything else. */
const inView = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && !!hit && el.contains(hit);
  });

test('the now bar stays in view while moderating, at 1366 and 1920 wide', async ({ browser, baseURL, request }) => {
  test.setTimeout(120_000);
  const created = await createWorkshop(request, 'Dialogmöte i Helsingborg');
  const room = await openRoom(baseURL!, created);
  await fillRoom(room);
  await room.phase('samtal-1', 'collecting');
  const heights: string[] = [];
  try {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 }
    ]) {
      const context = await browser.newContext({ viewport, locale: 'sv-SE' });
      const page = await context.newPage();
      await page.goto(`/f/${created.workshopId}#key=${created.key}`);
      await expect(page.getByTestId('now-stage')).toHaveText('Samtal 1 · Insamling');
      await expect(page.frameLocator('iframe').getByTestId('screen-board')).toBeVisible();
      await screenshot(page, `console-now-${viewport.width}`);
      await page.screenshot({ path: `tests/e2e/screenshots/console-top-${viewport.width}.png` });
      const last = page.locator('[data-testid="moderation"] .posts > li').last();
      await expect(last).not.toBeInViewport();
      await last.scrollIntoViewIfNeeded();
      await expect(last).toBeInViewport();
      for (const part of ['next-step', 'now-timer', 'screen-thumb', 'now-stage']) expect(await inView(page, part), `${part} at ${viewport.width}`).toBe(true);
      // What the facilitator sees there (the viewport, not the whole page).
      await page.screenshot({ path: `tests/e2e/screenshots/console-scrolled-${viewport.width}.png` });
      const { pageHeight, postsHeight } = await page.evaluate(() => ({
        pageHeight: document.documentElement.scrollHeight,
        postsHeight: document.querySelector('[data-testid="moderation"]')!.parentElement!.scrollHeight
      }));
      heights.push(`${viewport.width}×${viewport.height}: page height ${pageHeight} px (the posts' column scrolls ${postsHeight} px on its own)`);
      await context.close();
    }
  } finally {
    room.close();
    console.log(['console of an ordinary meeting (29 posts in Samtal 1):', ...heights].join('\n'));
  }
});

test('Next step walks the meeting; the thumbnail, pages and language follow the console', async ({ browser, baseURL, request }) => {
  test.setTimeout(120_000);
  const created = await createWorkshop(request, 'Nästa steg');
  const room = await openRoom(baseURL!, created);
  await fillRoom(room);
  await room.phase(null);
  await room.mode('wall', { topicId: 'dialog' });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'sv-SE', permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  try {
    await page.goto(`/f/${created.workshopId}#key=${created.key}`);
    const next = page.getByTestId('next-step');
    const thumb = page.frameLocator('iframe');
    await expect(next).toHaveText(/Nästa: öppna Samtal 1 för inlägg/);
    await next.click();
    // The agenda item, the stage, and the projector back on the automatic view.
    await expect(page.getByTestId('now-stage')).toHaveText('Samtal 1 · Insamling');
    await expect(page.getByTestId('now-bar')).toContainText('Samtal 1');
    await expect(thumb.getByTestId('screen-board')).toBeVisible();
    await next.click();
    await expect(page.getByTestId('now-stage')).toHaveText('Samtal 1 · Röstning');
    await expect(thumb.getByTestId('vote-prompt')).toContainText('Rösta nu i mobilen – 3 röster per princip');
    await expect(thumb.getByTestId('vote-prompt')).toContainText('6 av 6 har röstat');

    // The board needs several pages: pause holds one, the next button moves on.
    const pageNo = thumb.getByTestId('screen-page');
    await expect(pageNo).toBeVisible();
    await page.getByRole('button', { name: 'Pausa bläddringen' }).click();
    await expect(pageNo).toContainText('pausad');
    const before = await pageNo.textContent();
    await page.getByRole('button', { name: 'Nästa sida' }).click();
    await expect(pageNo).not.toHaveText(before ?? '');
    // The console says the page too, beside its buttons ("Sida 2 av 3").
    await expect(page.getByTestId('console-page')).toHaveText((await pageNo.locator('.visually-hidden').textContent()) ?? '');
    await page.getByRole('button', { name: 'Fortsätt bläddra' }).click();
    await expect(pageNo).not.toContainText('pausad');

    // The projector's language, from here.
    await page.getByLabel('Storbildens språk').selectOption('ar');
    await expect(thumb.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(thumb.getByTestId('vote-prompt')).toContainText('صوّت الآن');
    await page.getByLabel('Storbildens språk').selectOption('');

    await next.click();
    await expect(page.getByTestId('now-stage')).toHaveText('Samtal 1 · Resultat');
    await expect(thumb.getByTestId('screen-results')).toBeVisible();

    // The console link, copied whole, with its warning beside the button.
    await expect(page.getByTestId('console-link')).toContainText('Dela den bara med den som leder mötet');
    await page.getByRole('button', { name: 'Kopiera konsollänken' }).click();
    await expect(page.getByTestId('console-link')).toContainText('Konsollänken är kopierad');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(baseURL!).origin}/f/${created.workshopId}#key=${created.key}`);
    await expectNoAxeViolations(page, 'console with the now bar');
  } finally {
    room.close();
    await context.close();
  }
});
