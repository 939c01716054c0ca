import { expect, test, type Page } from '@playwright/test';
import { createWorkshopFromHome, expectNoAxeViolations, joinAsParticipant, LAPTOP, newPage, PHONE, PROJECTOR, screenshot, setPhase } from './fixtures.js';

/**
 * Arabic: a phone switches to Arabic and the whole page turns right-to-left; a post
 * mixing Swedish and Arabic keeps each run in its own direction (dir="auto"); the
 * projector, opened in a browser set to Arabic, is right-to-left from its first paint.
 */

async function expectRtl(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
}

/** Nothing sticks out sideways: a phone never scrolls horizontally. */
async function expectNoHorizontalOverflow(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}

test('a phone in Arabic: right-to-left, Arabic labels, mixed-direction posts, no sideways scrolling', async ({ browser }) => {
  // Four browsers and nine axe scans: on a busy two-core machine this takes more than a minute.
  test.setTimeout(150_000);
  const console_ = await newPage(browser, LAPTOP);
  const f = console_.page;
  const { code } = await createWorkshopFromHome(f, 'Dialogmöte – arabiska');

  // The projector's browser was set to Arabic before: right-to-left from the first paint.
  const projector = await newPage(browser, PROJECTOR);
  await projector.context.addInitScript(() => localStorage.setItem('samrad:lang', 'ar'));
  const s = projector.page;
  await s.goto(`/w/${code}/screen`);
  await expect(s.getByTestId('screen-code')).toBeVisible();
  await expectRtl(s);
  await expect(s.locator('html')).toHaveAttribute('lang', 'ar');
  // The wall shows only the meeting: no site bar, no language buttons (the console sets its language).
  await expect(s.getByRole('button', { name: 'Svenska' })).toHaveCount(0);

  // A phone whose browser already chose Arabic: the join form is Arabic from the start.
  const newcomer = await newPage(browser, PHONE, true);
  await newcomer.context.addInitScript(() => localStorage.setItem('samrad:lang', 'ar'));
  await newcomer.page.goto(`/w/${code}`);
  await expectRtl(newcomer.page);
  await expect(newcomer.page.getByRole('button', { name: 'انضم' })).toBeVisible();
  await expect(newcomer.page.getByLabel('اسمك (اختياري)')).toHaveAttribute('dir', 'auto');
  await expectNoAxeViolations(newcomer.page, 'join in Arabic');
  await expectNoHorizontalOverflow(newcomer.page, 'join');
  await screenshot(newcomer.page, 'ar-phone-join');
  await newcomer.context.close();

  const phone = await newPage(browser, PHONE, true);
  const p = phone.page;
  await joinAsParticipant(p, code, { name: 'Leila', association: 'جمعية النور' });
  await expect(p.locator('html')).toHaveAttribute('dir', 'ltr');
  await p.getByRole('button', { name: 'العربية' }).click();
  await expectRtl(p);
  await expect(p.getByRole('button', { name: 'العربية' })).toHaveAttribute('aria-pressed', 'true');
  await expect(p.getByRole('group', { name: 'اللغة' })).toBeVisible();
  await expect(p.getByRole('heading', { name: 'لقد انضممت!' })).toBeVisible();
  await expectNoAxeViolations(p, 'participant in Arabic (lobby)');
  await expectNoHorizontalOverflow(p, 'lobby');
  await screenshot(p, 'ar-phone-lobby');

  // Collecting: the Arabic form, and a post that mixes Swedish and Arabic.
  await setPhase(f, 'Samtal 1: Insamling');
  // The round's question is the heading, in Arabic from the template.
  await expect(p.getByRole('heading', { name: /^ماذا يعني لكم/ })).toBeVisible();
  const mixed = 'Föreningen behöver en lokal – نحتاج إلى مكان للقاء 3 مرات في الأسبوع';
  await p.getByRole('radio', { name: 'الحوار المتبادل' }).check();
  await p.getByLabel('نص مداخلتك').fill(mixed);
  await p.getByRole('button', { name: 'أرسل' }).click();
  const mine = p.getByTestId('my-posts').locator('p', { hasText: mixed });
  await expect(mine).toBeVisible();
  await expect(mine).toHaveAttribute('dir', 'auto');
  await expect(p.getByLabel('نص مداخلتك')).toHaveAttribute('dir', 'auto');
  const arabicFirst = 'الحوار مع البلدية مهم – Dialog är viktigt';
  await p.getByRole('radio', { name: 'الحوار المتبادل' }).check();
  await p.getByLabel('نص مداخلتك').fill(arabicFirst);
  await p.getByRole('button', { name: 'أرسل' }).click();
  // The text shows at once while it is being sent; wait for the acknowledged post itself.
  const second = p.getByTestId('my-posts').locator('p[dir="auto"]', { hasText: arabicFirst });
  await expect(second).toBeVisible();
  // dir="auto" takes the direction from the first strong letter of each post.
  const direction = (locator: typeof mine) => locator.evaluate((node) => getComputedStyle(node).direction);
  expect(await direction(mine)).toBe('ltr');
  expect(await direction(second)).toBe('rtl');
  await expectNoAxeViolations(p, 'participant in Arabic (collecting)');
  await expectNoHorizontalOverflow(p, 'collecting');
  await screenshot(p, 'ar-phone-collecting');
  await expect(s.getByTestId('screen-board')).toContainText(arabicFirst);
  await screenshot(s, 'ar-projector-collecting');

  // Voting, with Arabic plural forms for the budget.
  await setPhase(f, 'Samtal 1: Röstning');
  await p.getByRole('button', { name: `صوّت لـ: ${mixed}` }).click();
  await expect(p.getByRole('button', { name: `استرجع الصوت: ${mixed}` })).toHaveAttribute('aria-pressed', 'true');
  await expect(p.getByTestId('votes-left-dialog')).toContainText('الأصوات المتبقية: 2 من 3');
  await expectNoAxeViolations(p, 'participant in Arabic (voting)');
  await expectNoHorizontalOverflow(p, 'voting');
  await screenshot(p, 'ar-phone-voting');

  // Results: "one vote" in Arabic names no number.
  await setPhase(f, 'Samtal 1: Resultat');
  await expect(p.getByTestId('results')).toContainText('صوت واحد');
  await expectNoAxeViolations(p, 'participant in Arabic (results)');
  await expectNoHorizontalOverflow(p, 'results');
  await screenshot(p, 'ar-phone-results');
  await expect(s.getByTestId('screen-results')).toContainText(mixed);
  await expectRtl(s);
  await expectNoAxeViolations(s, 'projector in Arabic (results)');
  await screenshot(s, 'ar-projector-results');

  // The console switches too, and stays Arabic on reload (remembered per browser).
  await f.getByRole('button', { name: 'العربية' }).click();
  await expectRtl(f);
  await f.reload();
  await expectRtl(f);
  await expect(f.getByRole('heading', { name: 'إدارة الاجتماع' }).first()).toBeVisible();
  await expectNoAxeViolations(f, 'console in Arabic');
  await screenshot(f, 'ar-console');

  // And back: Swedish is one tap away, left-to-right again.
  await p.getByRole('button', { name: 'Svenska' }).click();
  await expect(p.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(p.locator('html')).toHaveAttribute('lang', 'sv');

  for (const context of [console_.context, projector.context, phone.context]) await context.close();
});
