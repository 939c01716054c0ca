import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  createWorkshopFromHome,
  expectNoAxeViolations,
  joinAsParticipant,
  LAPTOP,
  newPage,
  openMyDetails,
  PHONE,
  postInterpretation,
  PROJECTOR,
  screenshot,
  setPhase
} from './fixtures.js';

/**
 * Hostile text and the privacy controls. Whatever a phone sends is shown as the words it
 * is, on every screen, without running anything or breaking the layout; and the
 * "change key", "delete my data" and "delete the workshop" flows leave every page in a
 * clear state.
 */

/** One per principle of the template, so the projector's board has room for each. */
const HOSTILE: { principle: string; text: string }[] = [
  { principle: 'Självständighet', text: `<img src=x onerror="window.__pwned=1;alert('img')">` },
  { principle: 'Dialog', text: `<script>window.__pwned=2;alert('script')</script>` },
  { principle: 'Kvalitet', text: `javascript:alert(1) <a href="javascript:alert(2)">klicka här</a>` },
  // A right-to-left override that is never closed: it must not turn the text around it.
  { principle: 'Långsiktighet', text: 'Vanlig text \u202Egnälkcab och aldrig avslutad' },
  { principle: 'Öppenhet', text: 'noll\u200Bbredd\u200C\u200Dtecken\u2060här\uFEFFslut' },
  { principle: 'Mångfald', text: 'W'.repeat(500) }
];
const TEXTS = HOSTILE.map((h) => h.text);

/** Any alert/confirm/prompt is a payload that ran: collected, dismissed, and asserted empty at the end. */
function watchDialogs(page: Page, seen: string[]): void {
  page.on('dialog', (dialog) => {
    seen.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
}

/** Nothing from a payload became part of the page. */
async function expectInert(page: Page, label: string): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), `window.__pwned on ${label}`).toBeUndefined();
  await expect(page.locator('img[src="x"]'), label).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]'), label).toHaveCount(0);
  await expect(page.locator('script:not([src])').filter({ hasText: '__pwned' }), label).toHaveCount(0);
}

/**
 * Every hostile text appears, character for character, as the text of one element in
 * `scope`, and each such element is a bidi isolate: a direction override inside it ends
 * with it instead of reversing the buttons and counts next to it.
 */
async function expectLiteral(page: Page, scope: string, texts: string[]): Promise<void> {
  const shown = page.locator(`${scope} .user-text`);
  await expect
    .poll(async () => {
      // The projector adds soft hyphens (U+00AD) to long words, where a line may break: presentation, not text.
      const contents = (await shown.allTextContents()).map((content) => content.replaceAll('\u00AD', ''));
      return texts.filter((text) => !contents.includes(text));
    }, { message: `texts missing in ${scope}` })
    .toEqual([]);
  const bidi = await shown.evaluateAll((elements) => [...new Set(elements.map((element) => getComputedStyle(element).unicodeBidi))]);
  for (const mode of bidi) expect(['plaintext', 'isolate', 'isolate-override'], `unicode-bidi in ${scope}`).toContain(mode);
}

const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const overflowY = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);

test('hostile post texts stay literal text on the phone, the console and the projector', async ({ browser }) => {
  const dialogs: string[] = [];
  const f = await newPage(browser, LAPTOP);
  watchDialogs(f.page, dialogs);
  const { code } = await createWorkshopFromHome(f.page, 'Fientlig text');
  const s = await newPage(browser, PROJECTOR);
  watchDialogs(s.page, dialogs);
  await s.page.goto(`/w/${code}/screen`);
  await expect(s.page.getByTestId('screen-code')).toBeVisible();

  // Hostile profile fields too: the console shows them as the author.
  const p = await newPage(browser, PHONE, true);
  watchDialogs(p.page, dialogs);
  const name = `<b onmouseover="alert('namn')">Fet</b>`;
  await joinAsParticipant(p.page, code, { name, association: '\u202Etegninöreförf' });

  await setPhase(f.page, 'Samtal 1: Insamling');
  for (const { principle, text } of HOSTILE) await postInterpretation(p.page, principle, text);

  await expectLiteral(p.page, '[data-testid="my-posts"]', TEXTS);
  await expectLiteral(f.page, '[data-testid="mod-post"]', TEXTS);
  await expectLiteral(s.page, '[data-testid="screen-board"]', TEXTS);
  await expect(f.page.getByTestId('mod-post').first()).toContainText('<b onmouseover');
  for (const [page, label] of [[p.page, 'phone'], [f.page, 'console'], [s.page, 'projector']] as const) await expectInert(page, label);

  // The layout holds: no sideways scrolling on a 360 px phone, nothing to scroll on the projector.
  expect(await overflowX(p.page), 'phone overflows sideways').toBeLessThanOrEqual(0);
  expect(await overflowX(f.page), 'console overflows sideways').toBeLessThanOrEqual(0);
  expect(await overflowX(s.page), 'projector overflows sideways').toBeLessThanOrEqual(0);
  expect(await overflowY(s.page), 'projector scrolls').toBeLessThanOrEqual(0);
  await screenshot(p.page, 'hostile-phone');
  await screenshot(s.page, 'hostile-projector');

  // Voting and results show the same words in other components.
  await setPhase(f.page, 'Samtal 1: Röstning');
  // One principle at a time on a phone: each in turn, Mångfald (the long word) last.
  for (const [i, text] of TEXTS.entries()) {
    await p.page.getByTestId('topic-stepper').getByRole('combobox').selectOption({ index: i });
    await expectLiteral(p.page, 'main', [text]);
  }
  await p.page.getByRole('button', { name: /^Rösta på: W+/ }).click();
  expect(await overflowX(p.page), 'phone (voting) overflows sideways').toBeLessThanOrEqual(0);
  await setPhase(f.page, 'Samtal 1: Resultat');
  await expect(s.page.getByTestId('screen-results')).toBeVisible();
  await expectLiteral(s.page, '[data-testid="screen-results"]', TEXTS);
  expect(await overflowY(s.page), 'projector (results) scrolls').toBeLessThanOrEqual(0);
  expect(await overflowX(s.page), 'projector (results) overflows sideways').toBeLessThanOrEqual(0);
  for (const [page, label] of [[p.page, 'phone'], [f.page, 'console'], [s.page, 'projector']] as const) await expectInert(page, `${label} (results)`);

  expect(dialogs, 'a payload opened a dialog').toEqual([]);
  for (const ctx of [f, s, p]) await ctx.context.close();
});

test('changing the key signs other consoles out; a phone deletes its data; deleting the workshop ends every page', async ({ browser }) => {
  const f = await newPage(browser, LAPTOP);
  const { code, consoleUrl } = await createWorkshopFromHome(f.page, 'Integritet och säkerhet');
  const safety = f.page.getByRole('region', { name: 'Uppgifter och säkerhet' });
  await expect(safety.getByTestId('retention-date')).toContainText(/^Raderas automatiskt \d{1,2} \p{L}+ \d{4}$/u);
  await expect(safety).toContainText('180 dagar efter den senaste ändringen');
  await expectNoAxeViolations(f.page, 'console (safety panel)');

  // A second console (another device) with the same link.
  const other = await newPage(browser, LAPTOP);
  await other.page.goto(consoleUrl);
  await expect(other.page.getByTestId('join-code')).toBeVisible();

  // Change the key: asked first, then the new link is shown and put in the address bar.
  await safety.getByRole('button', { name: 'Byt nyckel' }).click();
  await expect(safety.getByRole('button', { name: 'Ja, byt nyckel' })).toBeFocused();
  await safety.getByRole('button', { name: 'Ja, byt nyckel' }).click();
  const newLink = safety.getByLabel('Ny länk till styrpanelen');
  await expect(newLink).toHaveValue(/\/f\/[\w-]+#key=[\w-]+$/);
  const newUrl = await newLink.inputValue();
  expect(newUrl).not.toBe(consoleUrl);
  await expect(f.page).toHaveURL(newUrl);
  await expect(safety.getByRole('button', { name: 'Kopiera den nya länken' })).toBeVisible();
  await expectNoAxeViolations(f.page, 'console (key changed)');
  await screenshot(f.page, 'privacy-console-new-key');

  // The other console is told, and its old link no longer opens the console.
  await expect(other.page.getByRole('heading', { name: 'Nyckeln till styrpanelen är bytt' })).toBeVisible();
  await expect(other.page.getByTestId('workshop-ended')).toHaveAttribute('data-reason', 'key-rotated');
  await expectNoAxeViolations(other.page, 'console (signed out by a key change)');
  await screenshot(other.page, 'privacy-console-key-rotated');
  await other.page.reload();
  await expect(other.page.getByRole('heading', { name: 'Fel nyckel' })).toBeVisible();
  await other.page.goto(newUrl);
  await expect(other.page.getByTestId('join-code')).toBeVisible();
  // This console keeps working after a reload, with the new key.
  await f.page.reload();
  await expect(f.page.getByTestId('join-code')).toBeVisible();

  const s = await newPage(browser, PROJECTOR);
  await s.page.goto(`/w/${code}/screen`);
  await expect(s.page.getByTestId('screen-code')).toBeVisible();

  // A phone deletes its data.
  await setPhase(f.page, 'Samtal 1: Insamling');
  const anna = await newPage(browser, PHONE, true);
  await joinAsParticipant(anna.page, code, { name: 'Anna Raderasson', association: 'Föreningen Glömska' });
  const annasPost = 'Det här ska försvinna när jag raderar mina uppgifter';
  await postInterpretation(anna.page, 'Dialog', annasPost);
  await expect(f.page.getByTestId('mod-post').filter({ hasText: annasPost })).toBeVisible();
  await openMyDetails(anna.page);
  // The right of access: her phone downloads what the meeting holds about her, with its token.
  const [mine] = await Promise.all([anna.page.waitForEvent('download'), anna.page.getByRole('button', { name: 'Ladda ner mina uppgifter' }).click()]);
  const myData = JSON.parse(readFileSync((await mine.path())!, 'utf8')) as { participant: { name: string }; posts: Array<{ text: string }> };
  expect(myData.participant.name).toBe('Anna Raderasson');
  expect(myData.posts.map((p) => p.text)).toEqual([annasPost]);
  // Someone who asks by e-mail is erased from the console.
  const bertil = await newPage(browser, PHONE, true);
  await joinAsParticipant(bertil.page, code, { name: 'Bertil Begäran', association: 'Brevföreningen' });
  // The console makes the same file for her, and says that downloaded files are outside the server's control.
  await expect(f.page.getByTestId('exports-outside')).toContainText('utanför serverns kontroll');
  const person = f.page.getByTestId('participant-data');
  await person.getByRole('button', { name: 'Visa deltagare med namn eller förening' }).click();
  await person.getByLabel('Deltagare').selectOption({ label: 'Anna Raderasson · Föreningen Glömska' });
  const [hers] = await Promise.all([f.page.waitForEvent('download'), person.getByRole('button', { name: 'Ladda ner deltagarens uppgifter (JSON)' }).click()]);
  expect(JSON.parse(readFileSync((await hers.path())!, 'utf8'))).toEqual(myData);
  await person.getByLabel('Deltagare').selectOption({ label: 'Bertil Begäran · Brevföreningen' });
  await person.getByRole('button', { name: 'Radera deltagarens uppgifter' }).click();
  await person.getByRole('button', { name: 'Ja, radera – det går inte att ångra' }).click();
  await expect(person.getByRole('status')).toContainText('Bertil Begäran · Brevföreningen är raderad');
  await expect(person.getByLabel('Deltagare').locator('option', { hasText: 'Bertil' })).toHaveCount(0);
  await expectNoAxeViolations(f.page, 'console (one participant erased)');
  await anna.page.getByText('Radera mina uppgifter', { exact: true }).click();
  const erase = anna.page.getByTestId('delete-my-data');
  await expect(erase).toContainText('dina röster');
  await expect(erase).toContainText('senast 180 dagar efter mötets senaste ändring');
  await expectNoAxeViolations(anna.page, 'phone (delete my data)');
  await screenshot(anna.page, 'privacy-phone-erase-confirm');
  await erase.getByRole('button', { name: 'Ja, radera mina uppgifter' }).click();
  await expect(anna.page.getByRole('heading', { name: 'Dina uppgifter är raderade' })).toBeFocused();
  expect(await anna.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samrad:token') || k.startsWith('samrad:queue')))).toEqual([]);
  await expect(f.page.getByTestId('mod-post').filter({ hasText: annasPost })).toHaveCount(0);
  await expect(f.page.getByTestId('stat-joined')).toHaveText('0');
  await expectNoAxeViolations(anna.page, 'phone (data deleted)');
  await screenshot(anna.page, 'privacy-phone-erased');
  await anna.page.getByRole('link', { name: 'Gå med igen anonymt' }).click();
  await expect(anna.page.getByRole('button', { name: 'Gå med' })).toBeVisible();
  await expect(anna.page.getByLabel('Ditt namn (valfritt)')).toHaveValue('');

  // Deleting the workshop: a dialog that wants the code, and every page shows the outcome.
  const omar = await newPage(browser, PHONE, true);
  await joinAsParticipant(omar.page, code);
  const opener = safety.getByRole('button', { name: 'Radera workshopen nu' });
  await opener.click();
  const dialog = f.page.getByRole('dialog', { name: 'Radera workshopen för alltid?' });
  await expect(dialog.getByLabel(/^Skriv mötets kod/)).toBeFocused();
  await f.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await opener.click();
  await dialog.getByLabel(/^Skriv mötets kod/).fill('FEL KOD');
  await dialog.getByRole('button', { name: 'Radera för alltid' }).click();
  await expect(dialog.getByText(/^Koden stämmer inte/)).toBeVisible();
  await expect(dialog.getByLabel(/^Skriv mötets kod/)).toBeFocused();
  await expect(s.page.getByTestId('workshop-ended')).toHaveCount(0);
  await expectNoAxeViolations(f.page, 'console (delete dialog)');
  await screenshot(f.page, 'privacy-console-delete-dialog');
  await dialog.getByLabel(/^Skriv mötets kod/).fill(code.toLowerCase());
  await dialog.getByRole('button', { name: 'Radera för alltid' }).click();

  for (const [page, label] of [[f.page, 'console'], [omar.page, 'phone'], [s.page, 'projector']] as const) {
    await expect(page.getByRole('heading', { name: 'Workshopen är raderad' }), label).toBeVisible();
    await expect(page.getByTestId('workshop-ended'), label).toHaveAttribute('data-reason', 'deleted');
    await expectNoAxeViolations(page, `${label} (workshop deleted)`);
  }
  expect(await overflowY(s.page), 'projector (deleted) scrolls').toBeLessThanOrEqual(0);
  expect(await omar.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samrad:token')))).toEqual([]);
  expect(await f.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samrad:key')))).toEqual([]);
  await screenshot(f.page, 'privacy-console-deleted');
  await screenshot(omar.page, 'privacy-phone-deleted');
  await screenshot(s.page, 'privacy-projector-deleted');
  // The old links lead nowhere now.
  await omar.page.reload();
  await expect(omar.page.getByTestId('unknown-code')).toBeVisible();

  for (const ctx of [f, other, s, anna, omar]) await ctx.context.close();
});

test('the privacy page tells what is kept and for how long, in Swedish and English, and is linked from every footer', async ({ browser }) => {
  const p = await newPage(browser, PHONE, true);
  await p.page.goto('/');
  await p.page.getByRole('contentinfo').getByRole('link', { name: 'Integritet' }).click();
  await expect(p.page).toHaveURL(/\/integritet$/);
  await expect(p.page.getByRole('heading', { level: 1, name: 'Så hanteras dina uppgifter i Samråd' })).toBeVisible();
  await expect(p.page.getByTestId('retention-days')).toContainText('180 dagar efter sin senaste ändring');
  const table = p.page.getByRole('table', { name: 'Vem ser vad' });
  for (const who of ['Andra deltagare', 'Storbilden', 'Mötesledarna', 'Den som driver servern']) await expect(table.getByRole('rowheader', { name: who })).toBeVisible();
  expect(await overflowX(p.page), 'privacy page overflows sideways').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(p.page, 'privacy page');
  await screenshot(p.page, 'privacy-page-phone');

  await p.page.getByRole('button', { name: 'English' }).click();
  await expect(p.page.getByRole('heading', { level: 1, name: 'How your data is handled in Samråd' })).toBeVisible();
  await expect(p.page.getByTestId('retention-days')).toContainText('180 days after its latest change');
  await expect(p.page.getByRole('table', { name: 'Who sees what' })).toBeVisible();
  await expectNoAxeViolations(p.page, 'privacy page (English)');
  await p.context.close();
});
