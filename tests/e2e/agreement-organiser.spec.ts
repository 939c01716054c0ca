import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createWorkshop, room } from './a11y-helpers.js';
import { expectNoAxeViolations, newPage, PHONE } from './fixtures.js';

/**
 * The organisers' side of the agreement process (issue 18), in the browser: from the series
 * page to the workspace, the draft edited and filled from a meeting's posts, a remiss
 * published, comments from readers (by HTTP, as the public page sends them) answered with
 * the keyboard, the compilation published, the agreement adopted and the joins listed.
 * Screenshots of every step at 1366×768, and of the answering view on a phone in sv and ar,
 * go to /tmp/shots-org to be looked at.
 */
const CONSOLE = { width: 1366, height: 768 };
const SHOTS = '/tmp/shots-org';

async function shot(page: Page, name: string, fullPage = true) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/** A series with one attached meeting whose participant posted on two principles. */
async function seriesWithPosts(request: APIRequestContext, baseURL: string) {
  const series = (await (await request.post('/api/series', { data: { title: 'Dialogmöten Helsingborg' } })).json()) as { id: string; key: string };
  const workshop = await createWorkshop(request, 'Dialogmöte 1');
  expect((await request.post(`/api/series/${series.id}/workshops`, { headers: { authorization: `Bearer ${series.key}` }, data: { workshopId: workshop.workshopId, workshopKey: workshop.key } })).status()).toBe(201);
  const people = await room(baseURL, workshop);
  await people.phase('samtal-1', 'collecting');
  await people.post('Vi möts innan besluten fattas', ['dialog']);
  await people.post('Föreningarna bestämmer själva', ['sjalvstandighet']);
  people.close();
  return series;
}

async function comment(request: APIRequestContext, code: string, i: number, body: Record<string, unknown>) {
  const response = await request.post(`/api/agreements/${code}/comments`, {
    headers: { 'x-samrad-reader': `reader-token-${String(i).padStart(12, '0')}` },
    data: { commentId: `k${i}`, version: 1, name: '', association: '', ...body }
  });
  expect(response.status(), await response.text()).toBe(201);
}

test('organisers take a series from the draft through remiss and compilation to adoption and joins', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const series = await seriesWithPosts(request, baseURL!);
  const { page } = await newPage(browser, CONSOLE);
  page.on('dialog', (dialog) => void dialog.accept());

  // The series page: start the agreement.
  await page.goto(`/s/${series.id}#key=${series.key}`);
  const card = page.getByTestId('series-agreement');
  await card.getByRole('button', { name: 'Starta överenskommelsen' }).click();
  await page.waitForURL(/\/s\/[^/]+\/overenskommelse#key=/);
  await expect(page.getByTestId('step-draft')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('agreement-section')).toHaveCount(9);

  // Edit a section: a paragraph in Swedish with an English translation.
  const goals = page.locator('[data-section="goals"]');
  await goals.getByRole('button', { name: 'Lägg till stycke' }).click();
  await expect(goals.getByLabel('Stycke 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Fler föreningar deltar i samverkan med staden.');
  await goals.getByText(/^Översättningar/).first().click();
  await goals.getByLabel('Rubrik på engelska').fill('Goals');
  await expect(goals.getByText('Ej sparat')).toBeVisible();
  await goals.getByRole('button', { name: 'Spara avsnittet' }).click();
  await expect(goals.getByRole('status').filter({ hasText: /^Sparat/ })).toBeVisible();
  await expect(goals.getByText('Ej sparat')).toHaveCount(0);

  // Fill the principles from the series synthesis: each paragraph keeps its posts.
  const principles = page.locator('[data-section="principles"]');
  await principles.getByRole('button', { name: 'Fyll från seriens sammanställning' }).click();
  await expect(principles.getByText('2 stycken från sammanställningen är sparade.')).toBeVisible();
  await expect(principles.getByTestId('agreement-paragraph')).toHaveCount(2);
  for (const summary of await principles.getByText('Vad föreningarna sa (1)').all()) await summary.click();
  await expect(principles.locator('q').filter({ hasText: 'Vi möts innan besluten fattas' })).toBeVisible();
  await expect(principles.locator('q').filter({ hasText: 'Föreningarna bestämmer själva' })).toBeVisible();
  await expectNoAxeViolations(page, 'agreement draft');
  await shot(page, '1-draft-1366');
  await page.evaluate(() => scrollTo(0, 0));
  await shot(page, '1-draft-1366-top', false);

  // Remiss: publish with the default closing day, anonymous comments allowed.
  await page.getByTestId('step-remiss').click();
  await expect(page.getByLabel('Tillåt anonyma synpunkter (utan namn och förening)')).toBeChecked();
  await expectNoAxeViolations(page, 'agreement remiss form');
  await shot(page, '2-remiss-form-1366', false);
  await page.getByRole('button', { name: 'Publicera för remiss' }).click();
  await expect(page.getByTestId('remiss-open')).toContainText('Remissversion 1 är öppen för synpunkter');
  await expect(page.getByTestId('step-remiss')).toHaveAttribute('aria-current', 'step');
  const code = ((await page.getByTestId('agreement-code').textContent()) ?? '').replace(/\s/g, '');
  await expect(page.getByTestId('agreement-public-link')).toHaveValue(new RegExp(`/r/${code}$`));
  await expect(page.getByRole('img', { name: /QR-kod till/ })).toBeVisible();
  await expectNoAxeViolations(page, 'agreement remiss');
  await shot(page, '2-remiss-1366', false);

  // Comments from readers, as the public page sends them.
  await comment(request, code, 1, { sectionId: 'principles', text: 'Dialogen behöver ske tidigt, innan beslut.', name: 'Sara', association: 'IFK Exempel', contact: 'sara@example.org', consent: true });
  await comment(request, code, 2, { sectionId: 'principles', text: 'Bra formulering, men lägg till uppföljning.', association: 'Scoutkåren' });
  await comment(request, code, 3, { sectionId: 'goals', text: 'Målet bör vara mätbart.' });
  await comment(request, code, 4, { sectionId: 'goals', text: 'Köp billiga klockor här!', association: 'Reklam AB' });
  await page.getByRole('button', { name: 'Uppdatera' }).click();
  await expect(page.getByTestId('remiss-open')).toContainText('4 synpunkter hittills');
  await page.getByRole('button', { name: 'Stäng remissen nu' }).click();

  // The answering view opens by itself once the remiss is closed.
  await expect(page.getByTestId('step-compilation')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('answer-progress')).toHaveText('0 av 4 besvarade');
  await expect(page.getByText('Kontakt (med samtycke): sara@example.org')).toBeVisible();
  await expectNoAxeViolations(page, 'agreement answering view');
  await shot(page, '3-answering-1366', false);
  await shot(page, '3-answering-1366-full');

  // On a phone, in Swedish and in Arabic: the same view.
  for (const lang of ['sv', 'ar'] as const) {
    const phone = await newPage(browser, PHONE, true);
    await phone.page.addInitScript((l) => localStorage.setItem('samrad:lang', l), lang);
    await phone.page.goto(`/s/${series.id}/overenskommelse#key=${series.key}`);
    await expect(phone.page.getByTestId('answer-progress')).toBeVisible();
    await expect(phone.page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await expectNoAxeViolations(phone.page, `answering view on a phone (${lang})`);
    await phone.page.getByTestId('agreement-comment').first().scrollIntoViewIfNeeded();
    await shot(phone.page, `4-answering-360-${lang}`, false);
    await shot(phone.page, `4-answering-360-${lang}-full`);
    await phone.context.close();
  }

  // Publishing before every comment is answered is refused, naming the ones left.
  await page.getByTestId('publish-compilation').click();
  const refused = page.getByRole('alert').filter({ hasText: 'Alla synpunkter har inte fått svar' });
  await expect(refused).toBeVisible();
  await expect(refused.getByRole('button')).toHaveCount(4);

  // Hide the advert with a reason kept.
  const advert = page.getByTestId('agreement-comment').filter({ hasText: 'Köp billiga klockor' });
  await advert.getByText('Dölj eller radera…').click();
  await advert.getByLabel('Skäl (visas i sammanställningen)').fill('Reklam, inte en synpunkt');
  await advert.getByRole('button', { name: 'Dölj', exact: true }).click();
  await expect(page.getByTestId('answer-progress')).toHaveText('0 av 3 besvarade');

  // Answer the rest with the keyboard only: next unanswered, a verdict, a reason, Ctrl+Enter.
  await page.getByTestId('next-unanswered').focus();
  await page.keyboard.press('Enter');
  const verdicts = ['Space', 'ArrowRight', 'ArrowRight ArrowRight'];
  for (const [i, keys] of verdicts.entries()) {
    await expect(page.locator('input[type=radio]:focus')).toHaveCount(1);
    for (const key of keys.split(' ')) await page.keyboard.press(key);
    await page.keyboard.press('Tab');
    await expect(page.locator('textarea:focus')).toHaveCount(1);
    await page.keyboard.type(`Svar ${i + 1}: vi har läst och tagit ställning.`);
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('answer-progress')).toHaveText(`${i + 1} av 3 besvarade`);
  }
  await expect(page.locator('[data-testid="agreement-comment"][data-state="open"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="agreement-comment"][data-state="accepted"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="agreement-comment"][data-state="partly"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="agreement-comment"][data-state="rejected"]')).toHaveCount(1);
  await shot(page, '5-answered-1366', false);

  // Publish the compilation: the draft becomes the revised version.
  await page.getByTestId('publish-compilation').click();
  await expect(page.getByTestId('step-adoption')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('compiled-version')).toHaveCount(1);
  await expect(page.getByRole('link', { name: /Remissammanställning 1/ })).toHaveAttribute('href', `/r/${code}/sammanstallning/1`);
  const compiledXlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel (sammanställning 1)' }).click();
  expect((await compiledXlsx).suggestedFilename()).toBe('remissammanstallning-1.xlsx');

  // Adopt, then joins arrive and are listed in the register.
  await page.getByRole('textbox', { name: 'Beslut', exact: true }).fill('Kommunfullmäktige 2027-03-15, § 45');
  await page.getByRole('button', { name: 'Publicera den antagna överenskommelsen' }).click();
  await expect(page.getByTestId('adopted')).toContainText('Kommunfullmäktige 2027-03-15, § 45');
  for (const [i, association] of ['IFK Exempel', 'Scoutkåren', 'Röda Korset'].entries()) {
    const response = await request.post(`/api/agreements/${code}/joins`, {
      headers: { 'x-samrad-reader': `joiner-token-${String(i).padStart(12, '0')}` },
      data: { joinId: `j${i}`, association, contactName: `Person ${i}`, contact: `p${i}@example.org`, consent: true, listed: i !== 2 }
    });
    expect(response.status()).toBe(201);
  }
  await page.getByRole('button', { name: 'Uppdatera' }).click();
  await expect(page.getByTestId('join-row')).toHaveCount(3);
  await expect(page.getByTestId('join-count')).toContainText('3 föreningar har anslutit sig');
  const register = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ned registret (Excel)' }).click();
  expect((await register).suggestedFilename()).toBe('anslutna-foreningar.xlsx');

  // The working group: a link shown once.
  await page.getByLabel('Namn', { exact: true }).fill('Amina');
  await page.getByRole('button', { name: 'Bjud in' }).click();
  await expect(page.getByTestId('editor-invited')).toContainText('spara den nu');
  const editorUrl = await page.getByTestId('editor-url').inputValue();
  expect(editorUrl).toMatch(new RegExp(`/s/${series.id}/overenskommelse#key=`));
  await expect(page.getByTestId('editor')).toHaveCount(1);
  await expectNoAxeViolations(page, 'agreement adopted with joins');
  await shot(page, '6-adoption-1366', false);
  await shot(page, '6-adoption-1366-full');

  // The working group's own view: no publishing, no register, no invitations.
  const editor = await newPage(browser, CONSOLE);
  await editor.page.goto(editorUrl);
  await expect(editor.page.getByText('Överenskommelse – arbetsgruppen')).toBeVisible();
  await expect(editor.page.getByRole('heading', { name: 'Arbetsgruppen' })).toHaveCount(0);
  await expect(editor.page.getByTestId('join-row')).toHaveCount(0);
  await editor.context.close();
});
