import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { appendFileSync, mkdirSync } from 'node:fs';
import { setupOfInfo, type WorkshopInfo } from '../../src/lib/domain/views.js';
import { createWorkshop, room, type Created } from './a11y-helpers.js';
import { expectNoAxeViolations, newPage, PHONE, screenshot } from './fixtures.js';
import { JOIN, walkPhonePhases, type PhoneScreen } from './phone-phases.js';

/**
 * The phone, at 360×740 in Swedish, English and Arabic: in every phase the one thing to do
 * is on the first screen without scrolling; the countdown stays in view while writing;
 * "votes left" is a live region next to the buttons; focus starts at the task after
 * joining; the profile, sign-up and deleting one's data are under "Mina uppgifter"; a stale
 * second tab learns the truth from a refused vote; a hidden post stays on its author's
 * phone, marked; content falls back to English, then Swedish, marked and isolated.
 */

/** The thing to do now in each phase: each of these must be on the first screen. */
const PRIMARY: Record<PhoneScreen, (page: Page, lang: keyof typeof JOIN) => Locator[]> = {
  join: (p, lang) => [p.getByRole('button', { name: JOIN[lang], exact: true })],
  lobby: (p) => [p.locator('#lobby-heading')],
  collecting: (p) => [
    p.locator('input[name="topic"]').first(),
    p.locator('input[name="topic"]').last(),
    p.locator('#post-text'),
    p.getByTestId('composer').locator('button[type="submit"]')
  ],
  voting: (p) => [p.getByTestId('vote-card').first().locator('button[aria-pressed]'), p.locator('[data-testid^="votes-left-"]').first()],
  results: (p) => [p.getByTestId('result-row').first()],
  evaluation: (p) => [p.locator('[data-testid^="eval-question-"]').first().locator('input').first()],
  published: (p) => [p.getByTestId('outcome-join').getByRole('button')]
};

/** Once layout has settled (fonts, the next frames), from the top of the page. */
async function settleAtTop(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    scrollTo(0, 0);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

async function expectInViewport(page: Page, target: Locator, label: string): Promise<void> {
  await expect(target, label).toBeVisible();
  const box = await target.boundingBox();
  const height = page.viewportSize()!.height;
  expect(box, label).not.toBeNull();
  expect(box!.y, `${label}: top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${label}: bottom within the ${height} px screen`).toBeLessThanOrEqual(height);
}

/** A phone in a fresh workshop, with the facilitator and another participant as sockets. */
async function withPhoneInRoom(
  browser: Browser,
  baseURL: string,
  run: (phone: { context: BrowserContext; page: Page; created: Created; people: Awaited<ReturnType<typeof room>> }) => Promise<void>
): Promise<void> {
  const { context, page } = await newPage(browser, PHONE, true);
  const created = await createWorkshop(context.request);
  const people = await room(baseURL, created);
  try {
    await run({ context, page, created, people });
  } finally {
    people.close();
    await context.close();
  }
}

for (const lang of ['sv', 'en', 'ar'] as const) {
  test(`phone in ${lang}: the thing to do now is on the first screen in every phase`, async ({ browser, baseURL }) => {
    // Seven phases, each scanned by axe and photographed twice: more than the default minute.
    test.setTimeout(180_000);
    const { context, page } = await newPage(browser, PHONE, true);
    const own = { sv: 'Att bli tagen på allvar av staden', en: 'Being taken seriously by the city', ar: 'أن تأخذ المدينة رأينا على محمل الجد' }[lang];
    await walkPhonePhases(page, context.request, baseURL!, lang, async (phase) => {
      await settleAtTop(page);
      // For people to look at (git-ignored): the first screen, the whole page, and its height.
      mkdirSync('tests/e2e/screenshots', { recursive: true });
      await page.screenshot({ path: `tests/e2e/screenshots/phone-${lang}-${phase}-first-screen.png` });
      await screenshot(page, `phone-${lang}-${phase}`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      appendFileSync('tests/e2e/screenshots/phone-heights.tsv', `${lang}\t${phase}\t${height}\n`);
      await settleAtTop(page);
      for (const [i, target] of PRIMARY[phase](page, lang).entries()) await expectInViewport(page, target, `${lang} ${phase} #${i + 1}`);
      if (phase !== 'join' && phase !== 'published') {
        // The secondary place is there in every phase, reachable like any control.
        await expect(page.getByTestId('my-details').locator(':scope > summary')).toBeVisible();
      }

      if (phase === 'lobby') {
        // Focus starts at the heading of what to do now, not at the top of the page.
        await expect(page.locator('#lobby-heading')).toBeFocused();
        // Sign-up and deleting one's data wait under "Mina uppgifter", opened by keyboard.
        await expect(page.getByTestId('signup')).toBeHidden();
        await page.getByTestId('my-details').locator(':scope > summary').focus();
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('signup')).toBeVisible();
        await expect(page.getByTestId('delete-my-data')).toBeVisible();
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('signup')).toBeHidden();
      }

      if (phase === 'collecting') {
        // Writing, far down the page: the countdown is still in view.
        await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
        await page.locator('#post-text').focus();
        await expectInViewport(page, page.getByTestId('phase-bar').getByTestId('countdown'), `${lang} countdown while writing`);
        // The principles speak the reader's language (the template has all three).
        const firstPrinciple = { sv: 'Självständighet och oberoende', en: 'Autonomy and independence', ar: 'الاستقلالية وعدم التبعية' }[lang];
        await expect(page.locator('input[name="topic"]').first()).toHaveAccessibleName(firstPrinciple);
        // After sending, the next post starts with no principle chosen.
        await page.locator('input[name="topic"]').first().check();
        await page.locator('#post-text').fill(own);
        await page.getByTestId('composer').locator('button[type="submit"]').click();
        await expect(page.getByTestId('my-posts').locator('p', { hasText: own })).toHaveAttribute('lang', lang);
        await expect(page.locator('input[name="topic"]:checked')).toHaveCount(0);
      }

      if (phase === 'voting') {
        const left = page.locator('[data-testid^="votes-left-"]').first();
        await expect(left).toHaveAttribute('aria-live', 'polite');
        // Next to the buttons: still in view at the last post of the principle.
        await page.getByTestId('vote-card').last().scrollIntoViewIfNeeded();
        await expectInViewport(page, left, `${lang} votes left at the last post`);
        await expectInViewport(page, page.getByTestId('phase-bar').getByTestId('countdown'), `${lang} countdown while voting`);
        // One's own post takes votes, but offers no withdrawing next to a vote button.
        const mine = page.getByTestId('vote-card').filter({ hasText: own });
        await expect(mine.getByRole('button')).toHaveCount(1);
        await expect(mine.locator('button[aria-pressed]')).toHaveCount(1);
      }

      await expectNoAxeViolations(page, `${lang} ${phase}`);

    });
    await context.close();
  });
}

test('a stale second tab: a refused vote is said where it was tapped, and the tab shows the real votes at once', async ({ browser, baseURL }) => {
  await withPhoneInRoom(browser, baseURL!, async ({ context, page: first, created, people }) => {
    await people.phase('samtal-1', 'collecting');
    const texts = ['Svar inom en vecka', 'En väg in till staden', 'Möten på kvällstid', 'Protokoll på nätet'];
    for (const text of texts) await people.post(text);
    await people.phase('samtal-1', 'voting');

    await first.goto(`/w/${created.code}`);
    await first.getByRole('button', { name: 'Gå med' }).click();
    await expect(first.getByTestId('votes-left-dialog')).toContainText('3 av 3 röster kvar');

    // The same person in a second tab (same browser, same token) spends the budget.
    const second = await context.newPage();
    await second.goto(`/w/${created.code}`);
    for (const text of texts.slice(0, 3)) await second.getByRole('button', { name: `Rösta på: ${text}` }).click();
    await expect(second.getByTestId('votes-left-dialog')).toContainText('0 av 3 röster kvar');

    // The first tab has not heard of it: its budget is stale until the server says no.
    await expect(first.getByTestId('votes-left-dialog')).toContainText('3 av 3 röster kvar');
    await first.getByRole('button', { name: `Rösta på: ${texts[3]}` }).click();
    const tapped = first.getByTestId('vote-card').filter({ hasText: texts[3] });
    await expect(tapped.getByTestId('vote-refusal')).toContainText('Rösten togs inte emot');
    await expect(first.getByTestId('votes-left-dialog')).toContainText('0 av 3 röster kvar');
    for (const text of texts.slice(0, 3)) await expect(first.getByRole('button', { name: `Ta tillbaka röst: ${text}` })).toHaveAttribute('aria-pressed', 'true');
    await expect(first.getByRole('button', { name: `Rösta på: ${texts[3]}` })).toBeDisabled();
    // Not also on top of the page: one message, where it belongs.
    await expect(first.locator('[role="alert"]').filter({ hasText: 'Rösten togs inte emot' })).toHaveCount(1);
    await expectNoAxeViolations(first, 'stale tab after a refused vote');
    await screenshot(first, 'phone-stale-tab-refused');
  });
});

test('a post the facilitator hides stays on its author’s phone, marked as hidden', async ({ browser, baseURL }) => {
  await withPhoneInRoom(browser, baseURL!, async ({ page, created, people }) => {
    await people.phase('samtal-1', 'collecting');
    await page.goto(`/w/${created.code}`);
    await page.getByRole('button', { name: 'Gå med' }).click();
    const text = 'Staden borde lyssna mer på små föreningar';
    await page.getByRole('radio', { name: /^Dialog/ }).check();
    await page.getByLabel('Din tolkning').fill(text);
    await page.getByRole('button', { name: 'Skicka' }).click();
    await expect(page.getByTestId('my-posts')).toContainText(text);

    // The phone shows the post at once, while it is still on its way: wait for the server's.
    const postIdOnServer = async () => {
      const sync = (await people.facilitator.join('sync:request', {})) as { ok: true; snapshot: { posts: { id: string; text: string }[] } };
      return sync.snapshot.posts.find((p) => p.text === text)?.id;
    };
    await expect.poll(postIdOnServer).toBeDefined();
    const postId = (await postIdOnServer())!;
    expect((await people.facilitator.send('post:hide', { postId, hidden: true })).ok).toBe(true);
    const hidden = page.getByTestId('my-post-hidden');
    await expect(hidden).toContainText(text);
    await expect(hidden).toContainText('Dold av mötesledaren');
    await expectNoAxeViolations(page, 'own post hidden');
    await screenshot(page, 'phone-own-post-hidden');

    expect((await people.facilitator.send('post:hide', { postId, hidden: false })).ok).toBe(true);
    await expect(hidden).toHaveCount(0);
    await expect(page.getByTestId('my-posts')).toContainText(text);
  });
});

test('content falls back to English, then Swedish, marked as not translated and isolated from the Arabic around it', async ({ browser, baseURL }) => {
  await withPhoneInRoom(browser, baseURL!, async ({ page, created, people }) => {
    const sync = (await people.facilitator.join('sync:request', {})) as { ok: true; snapshot: { info: WorkshopInfo } };
    const setup = setupOfInfo(sync.snapshot.info);
    setup.evaluation = [
      { id: 'lyssnad', text: { sv: 'Kände du dig lyssnad på?' } },
      { id: 'formen', text: { sv: 'Passade formen?', en: 'Was the form right?' } },
      { id: 'igen', text: { sv: 'Kommer du igen?', en: 'Will you come again?', ar: 'هل ستأتي مرة أخرى؟' } }
    ];
    expect((await people.facilitator.send('setup:update', { setup, confirmRemoval: false })).ok).toBe(true);
    expect((await people.facilitator.send('phase:set', { phase: { kind: 'evaluation' } })).ok).toBe(true);

    await page.addInitScript(() => localStorage.setItem('samrad:lang', 'ar'));
    await page.goto(`/w/${created.code}`);
    await page.getByRole('button', { name: 'انضم' }).click();
    const question = (id: string) => page.getByTestId(`eval-question-${id}`).locator('legend');
    await expect(question('lyssnad')).toContainText('(غير مترجم)');
    const swedish = question('lyssnad').locator('bdi');
    await expect(swedish).toHaveAttribute('lang', 'sv');
    // Isolated and left-to-right inside the right-to-left page: the "?" stays at the end.
    expect(await swedish.evaluate((node) => getComputedStyle(node).direction)).toBe('ltr');
    await expect(question('formen').locator('bdi')).toHaveAttribute('lang', 'en');
    await expect(question('formen')).toContainText('Was the form right?');
    await expect(question('igen')).toHaveText('هل ستأتي مرة أخرى؟');
    await expect(question('igen').locator('bdi')).not.toHaveAttribute('lang');
    await expectNoAxeViolations(page, 'untranslated content in Arabic');
    await screenshot(page, 'phone-ar-untranslated');
  });
});
