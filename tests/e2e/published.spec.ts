import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { io as connect } from 'socket.io-client';
import {
  createWorkshopFromHome,
  expectNoAxeViolations,
  joinAsParticipant,
  LAPTOP,
  newPage,
  PHONE,
  postInterpretation,
  PROJECTOR,
  screenshot,
  setPhase,
  vote
} from './fixtures.js';

/**
 * Feedback to participants (återkoppling): the facilitator adds a dated update and
 * publishes the outcome; anyone opening the participant link then sees "Resultat från
 * mötet" without personal data, can still join the meeting, and the projector shows the
 * updates for "vad har hänt sedan sist?".
 */

/** axe's WCAG rules on one part of a page (the console holds every other panel too). */
async function expectNoAxeViolationsIn(page: Page, selector: string, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe violations on ${label}`).toEqual([]);
}

/** The closing summary, written over the console's own socket (its editor is the report's, tested there). */
async function setSummary(baseURL: string, consoleUrl: string, text: string): Promise<void> {
  const url = new URL(consoleUrl);
  const workshopId = url.pathname.split('/').at(-1) ?? '';
  const key = new URLSearchParams(url.hash.slice(1)).get('key') ?? '';
  const socket = connect(baseURL, { transports: ['websocket'], forceNew: true, reconnection: false });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    expect((await socket.timeout(10_000).emitWithAck('facilitator:join', { workshopId, key })).ok).toBe(true);
    expect(await socket.timeout(10_000).emitWithAck('summary:set', { commandId: `e2e-summary-${Date.now()}`, text })).toEqual({ ok: true });
  } finally {
    socket.disconnect();
  }
}

test('the facilitator publishes the outcome with an update; the link, a returning phone and the projector show it', async ({ browser, baseURL }) => {
  const console_ = await newPage(browser, LAPTOP);
  const f = console_.page;
  const { code, consoleUrl } = await createWorkshopFromHome(f, 'Dialogmöte – återkoppling');

  // A meeting: Anna (named, with her association) writes and votes.
  const anna = await newPage(browser, PHONE, true);
  await joinAsParticipant(anna.page, code, { name: 'Anna Återkopplingsson', association: 'Föreningen Hemlig' });
  await setPhase(f, 'Samtal 1: Insamling');
  const interpretation = 'Kommunen frågar föreningarna innan besluten tas';
  await postInterpretation(anna.page, 'Dialog', interpretation);
  await setPhase(f, 'Samtal 1: Röstning');
  await vote(anna.page, interpretation);

  // Before publishing, the link is the meeting itself.
  const early = await newPage(browser, PHONE, true);
  await early.page.goto(`/w/${code}`);
  await expect(early.page.getByRole('button', { name: 'Gå med', exact: true })).toBeVisible();
  await early.context.close();

  await setSummary(baseURL ?? '', consoleUrl, 'Dialog före beslut var det som samlade flest röster.');

  // The console's "Återkoppling": an update, then publishing.
  const panel = f.getByTestId('feedback-panel');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.getByTestId('publish-state')).toHaveText('Inte publicerat');
  const update = 'Kommunstyrelsen antog överenskommelsen.';
  const updateInArabic = 'أقرّت اللجنة التنفيذية للبلدية الاتفاق.';
  await panel.getByLabel('Datum').fill('2025-03-01');
  await panel.getByRole('textbox', { name: 'Vad har hänt? Svenska' }).fill(update);
  await panel.getByRole('textbox', { name: 'Vad har hänt? Arabiska (valfritt)' }).fill(updateInArabic);
  await panel.getByRole('button', { name: 'Lägg till uppdateringen' }).click();
  await expect(panel.getByTestId('update-item')).toHaveCount(1);
  await expect(panel.getByTestId('update-item')).toContainText('1 mars 2025');
  await expect(panel.getByTestId('update-item')).toContainText(update);
  await expect(panel.getByTestId('update-item').locator('bdi[lang="ar"]')).toHaveText(updateInArabic);
  await expect(panel.getByRole('textbox', { name: 'Vad har hänt? Svenska' })).toHaveValue('');
  await expect(panel.getByRole('textbox', { name: 'Vad har hänt? Arabiska (valfritt)' })).toHaveValue('');
  await panel.getByRole('button', { name: 'Publicera resultatet' }).click();
  await expect(panel.getByTestId('publish-state')).toContainText('Publicerat');
  await expect(panel.getByRole('button', { name: 'Ta tillbaka publiceringen' })).toBeVisible();
  await expectNoAxeViolationsIn(f, '[data-testid="feedback-panel"]', 'console (feedback panel, published)');
  // The console scrolls inside its work area (under the now bar): a page screenshot shows the panel as the facilitator sees it.
  await panel.getByTestId('updates-editor').scrollIntoViewIfNeeded();
  await f.screenshot({ path: 'tests/e2e/screenshots/published-console-panel.png' });

  // Anyone with the link: the outcome, the summary and the update, and no one's name.
  const visitor = await newPage(browser, PHONE, true);
  const v = visitor.page;
  await v.goto(`/w/${code}`);
  const outcome = v.getByTestId('published-outcome');
  await expect(v.getByRole('heading', { level: 1, name: /Resultat från mötet/ })).toContainText('Dialogmöte – återkoppling');
  await expect(outcome.getByTestId('outcome-summary')).toContainText('Dialog före beslut');
  await expect(outcome.getByTestId('outcome-updates')).toContainText('1 mars 2025');
  await expect(outcome.getByTestId('outcome-updates')).toContainText(update);
  const dialog = outcome.getByRole('region', { name: 'Dialog', exact: true }).first();
  await expect(dialog).toContainText(interpretation);
  await expect(dialog).toContainText('1 röst');
  await expect(outcome.getByTestId('outcome-figures').locator('div').first()).toHaveText(/deltagare\s*1/);
  await expect(v.locator('body')).not.toContainText('Anna');
  await expect(v.locator('body')).not.toContainText('Hemlig');
  await expectNoAxeViolations(v, 'published outcome (phone)');
  await screenshot(v, 'published-phone');
  const noHorizontalScroll = await v.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  expect(noHorizontalScroll, 'no horizontal scroll at 360px').toBe(true);

  // Each reader gets the update in their language: Arabic as written; English was not
  // written, so the Swedish original shows, marked as not translated.
  await v.getByRole('button', { name: 'العربية' }).click();
  await expect(outcome.getByTestId('outcome-updates')).toContainText(updateInArabic);
  await expect(outcome.getByTestId('outcome-updates')).not.toContainText(update);
  await screenshot(v, 'published-phone-ar');
  await v.getByRole('button', { name: 'English' }).click();
  await expect(outcome.getByTestId('outcome-updates').locator('bdi[lang="sv"]')).toHaveText(update);
  await expect(outcome.getByTestId('outcome-updates')).toContainText('not translated');
  await expectNoAxeViolations(v, 'published outcome (phone, English, untranslated update)');
  await v.getByRole('button', { name: 'Svenska' }).click();

  // Someone in the room scanning the QR code can still join.
  await v.getByRole('button', { name: 'Gå med i mötet' }).click();
  await expect(v.getByLabel('Ditt namn (valfritt)')).toBeVisible();
  await visitor.context.close();

  const wide = await newPage(browser, PROJECTOR);
  await wide.page.goto(`/w/${code}`);
  await expect(wide.page.getByTestId('published-outcome')).toBeVisible();
  await expectNoAxeViolations(wide.page, 'published outcome (wide)');
  await screenshot(wide.page, 'published-wide');
  await wide.context.close();

  // Anna, still on her live page, is told; she can look and come back to her own page.
  const a = anna.page;
  await expect(a.getByTestId('published-notice')).toContainText('Resultatet från mötet är publicerat.');
  await expectNoAxeViolations(a, 'participant (live page, outcome published)');
  await screenshot(a, 'published-phone-notice');
  await a.getByTestId('published-notice').getByRole('button', { name: 'Visa resultatet' }).click();
  await expect(a.getByTestId('published-outcome')).toContainText(interpretation);
  await a.getByRole('button', { name: 'Till din sida i mötet' }).click();
  await expect(a.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  // Her page as she left it: still voting, her vote still hers.
  await expect(a.getByRole('button', { name: `Ta tillbaka röst: ${interpretation}` })).toHaveAttribute('aria-pressed', 'true');

  // The projector's "Vad har hänt sedan sist?".
  const projector = await newPage(browser, PROJECTOR);
  const s = projector.page;
  await s.goto(`/w/${code}/screen`);
  const picker = f.getByTestId('screen-mode');
  await picker.getByRole('radio', { name: /^Vad har hänt sedan sist\?/ }).check();
  await picker.getByRole('button', { name: 'Visa på storbilden' }).click();
  const updates = s.getByTestId('screen-updates');
  await expect(updates).toContainText(update);
  await expect(updates).toContainText('1 mars 2025');
  await expect(s.getByRole('heading', { level: 1 })).toHaveText('Vad har hänt sedan sist?');
  const fits = await s.evaluate(() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth);
  expect(fits, 'the projector does not scroll').toBe(true);
  await expectNoAxeViolations(s, 'projector (updates)');
  await screenshot(s, 'published-projector-updates');

  // Withdrawn: the link is the meeting again.
  await panel.getByRole('button', { name: 'Ta tillbaka publiceringen' }).click();
  await expect(panel.getByTestId('publish-state')).toHaveText('Inte publicerat');
  const late = await newPage(browser, PHONE, true);
  await late.page.goto(`/w/${code}`);
  await expect(late.page.getByRole('button', { name: 'Gå med', exact: true })).toBeVisible();
  await expect(late.page.getByTestId('published-outcome')).toHaveCount(0);

  for (const ctx of [console_, anna, projector, late]) await ctx.context.close();
});
