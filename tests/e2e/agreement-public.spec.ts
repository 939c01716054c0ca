import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { StaffView } from '../../src/lib/domain/agreement/views.js';
import type { CreatedSeries } from '../../src/lib/protocol/series.js';
import { createWorkshop, socketTo } from './a11y-helpers.js';
import { expectNoAxeViolations, LAPTOP, newPage, PHONE } from './fixtures.js';

/**
 * An agreement's public pages in Chromium (docs/agreement.md): a phone at 360×740 reads the
 * remiss and comments in Swedish and in Arabic, the form refuses what the remiss does not
 * take, the reader sees their own comments and later the answers; the compilation shows
 * every answer and the word diff, on screen and in print; after adoption an association
 * joins and is listed; the reader erases their data. The organisers' side goes through the
 * staff HTTP API. Screenshots to look at land in /tmp/shots-pub.
 */
test.describe.configure({ mode: 'serial' });

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-pub';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });

interface Agreement {
  seriesId: string;
  key: string;
  code: string;
}
let agreement: Agreement;
/** The Swedish reader's browser (its token): they come back for the answers. */
let readerState: Awaited<ReturnType<import('@playwright/test').BrowserContext['storageState']>>;
let n = 0;

async function staff(request: APIRequestContext, command: object, expected = 200) {
  const response = await request.post(`/api/series/${agreement.seriesId}/agreement/commands`, {
    headers: { authorization: `Bearer ${agreement.key}` },
    data: { commandId: `e2e-${++n}-${Date.now()}`, command }
  });
  expect(response.status(), JSON.stringify(command)).toBe(expected);
  return response.json();
}

const staffView = async (request: APIRequestContext): Promise<StaffView> =>
  (await request.get(`/api/series/${agreement.seriesId}/agreement`, { headers: { authorization: `Bearer ${agreement.key}` } })).json();

/** A phone at 360×740, in Swedish or with Arabic chosen before the first paint. */
async function phone(browser: import('@playwright/test').Browser, lang: 'sv' | 'ar' = 'sv') {
  const opened = await newPage(browser, PHONE, true);
  if (lang !== 'sv') await opened.page.addInitScript((l) => localStorage.setItem('samrad:lang', l), lang);
  return opened;
}

/** True when the element's whole box is on the first screen, without scrolling. */
async function onFirstScreen(page: Page, selector: import('@playwright/test').Locator) {
  const box = await selector.boundingBox();
  expect(box, 'element has a box').not.toBeNull();
  expect(box!.y + box!.height, 'bottom edge within the first screen').toBeLessThanOrEqual(PHONE.height);
}

test.beforeAll(async ({ request, baseURL }) => {
  // A series with one meeting whose phone posted two interpretations: the synthesis makes them sources.
  const series = (await (await request.post('/api/series', { data: { title: 'Dialogmöten 2027' } })).json()) as CreatedSeries;
  const workshop = await createWorkshop(request, 'Dialogmöte 1');
  expect((await request.post(`/api/series/${series.id}/workshops`, { headers: { authorization: `Bearer ${series.key}` }, data: { workshopId: workshop.workshopId, workshopKey: workshop.key } })).status()).toBe(201);
  const facilitator = await socketTo(baseURL!);
  expect((await facilitator.join('facilitator:join', { workshopId: workshop.workshopId, key: workshop.key })).ok).toBe(true);
  const other = await socketTo(baseURL!);
  expect((await other.join('participant:join', { code: workshop.code, association: 'Scoutkåren' })).ok).toBe(true);
  expect((await facilitator.send('phase:set', { phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } })).ok).toBe(true);
  expect((await other.send('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'Vi möts innan besluten fattas' })).ok).toBe(true);
  expect((await other.send('post:create', { roundId: 'samtal-1', topicIds: ['sjalvstandighet'], text: 'Föreningarna bestämmer själva över sin verksamhet' })).ok).toBe(true);
  facilitator.socket.close();
  other.socket.close();

  const created = await request.post(`/api/series/${series.id}/agreement`, { headers: { authorization: `Bearer ${series.key}` }, data: {} });
  expect(created.status()).toBe(201);
  agreement = { seriesId: series.id, key: series.key, code: (await created.json()).code };
  await staff(request, { type: 'agreement:title', title: { sv: 'Lokal överenskommelse i Helsingborg', ar: 'الاتفاقية المحلية في هلسينغبوري' } });
  await staff(request, {
    type: 'section:edit',
    sectionId: 'background',
    heading: { sv: 'Bakgrund', ar: 'الخلفية' },
    paragraphs: [{ text: { sv: 'Staden och föreningarna har samverkat länge.', ar: 'تتعاون المدينة والجمعيات منذ زمن طويل.' }, sources: [] }]
  });
  const filled = await request.post(`/api/series/${series.id}/agreement/from-synthesis`, {
    headers: { authorization: `Bearer ${series.key}` },
    data: { sectionId: 'principles', role: 'principles', mode: 'replace' }
  });
  expect(filled.status()).toBe(200);
});

test('before anything is published, the page says so', async ({ browser }) => {
  const { context, page } = await phone(browser);
  await page.goto(`/r/${agreement.code}`);
  await expect(page.getByTestId('agreement-stage')).toHaveAttribute('data-stage', 'draft');
  await expect(page.getByText('Texten är inte publicerad än')).toBeVisible();
  await page.goto('/r/ZZZZZZ');
  await expect(page.getByTestId('agreement-problem')).toHaveAttribute('data-kind', 'notFound');
  await context.close();
});

test('a phone reads the remiss and comments on a section in Swedish', async ({ browser, request }) => {
  await staff(request, { type: 'remiss:publish', closesAt: Date.now() + 14 * 86_400_000, allowAnonymous: false });
  const { context, page } = await phone(browser);
  await page.goto(`/r/${agreement.code}`);
  await expect(page.getByTestId('agreement-stage')).toHaveAttribute('data-stage', 'remiss');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lokal överenskommelse i Helsingborg');
  await expect(page.getByText(/Öppen för synpunkter till/)).toBeVisible();
  // The one thing to do now is on the first screen.
  await onFirstScreen(page, page.getByRole('link', { name: 'Läs och kommentera' }));
  await shot(page, 'remiss-sv-360');
  await shot(page, 'remiss-sv-360-full', true);

  // The contents, then what the associations said behind a principle's paragraph.
  await page.getByText(/^Innehåll – \d+ avsnitt$/).click();
  await expect(page.getByRole('navigation', { name: 'Avsnitt' }).getByRole('link', { name: 'Bakgrund' })).toBeVisible();
  await page.getByText('Vad föreningarna sa (1)').first().click();
  await expect(page.getByText(/Vi möts innan besluten fattas|Föreningarna bestämmer själva/).first()).toBeVisible();

  // The comment form: text, then name and association (anonymous is not allowed here), then consent with a contact.
  const background = page.getByTestId('agreement-section').filter({ has: page.getByRole('heading', { name: 'Bakgrund' }) });
  await background.getByRole('button', { name: 'Kommentera avsnittet Bakgrund' }).click();
  const form = background.getByTestId('comment-form');
  await expect(form.getByLabel('Din kommentar om ”Bakgrund”')).toBeFocused();
  await form.getByRole('button', { name: 'Skicka kommentaren' }).click();
  await expect(form.getByText('Skriv din kommentar först.')).toBeVisible();
  await form.getByLabel('Din kommentar om ”Bakgrund”').fill('Skriv gärna hur länge samverkan har pågått.');
  await form.getByRole('button', { name: 'Skicka kommentaren' }).click();
  await expect(form.getByText('Skriv ditt namn.')).toBeVisible();
  await expect(form.getByLabel('Ditt namn', { exact: true })).toBeFocused();
  await form.getByLabel('Ditt namn', { exact: true }).fill('Karin');
  await form.getByLabel('Förening', { exact: true }).fill('Idrottsföreningen Kvarnen');
  await form.getByLabel('E-post eller telefon (valfritt)').fill('karin@example.org');
  await form.getByRole('button', { name: 'Skicka kommentaren' }).click();
  await expect(form.getByText('Kryssa i rutan om samtycke, eller ta bort kontaktuppgiften.')).toBeVisible();
  await expect(form.getByRole('checkbox', { name: /Jag samtycker/ })).toBeFocused();
  await shot(page, 'comment-form-sv-360');
  await expectNoAxeViolations(page, 'the comment form');
  await form.getByRole('checkbox', { name: /Jag samtycker/ }).check();
  await form.getByRole('button', { name: 'Skicka kommentaren' }).click();
  await expect(background.getByRole('status')).toHaveText(/Tack! Din kommentar är skickad/);
  await expect(background.getByRole('button', { name: 'Kommentera avsnittet Bakgrund' })).toBeFocused();
  const own = page.getByTestId('own-comments');
  await expect(own).toContainText('Skriv gärna hur länge samverkan har pågått.');
  await expect(own).toContainText('För Idrottsföreningen Kvarnen');
  await expect(own).toContainText('Inte besvarad än');
  await expect(own).not.toContainText('karin@example.org');
  await expectNoAxeViolations(page, 'the remiss page');
  readerState = await context.storageState();
  await context.close();
});

test('the remiss reads right to left in Arabic, and comments from there', async ({ browser }) => {
  const { context, page } = await phone(browser, 'ar');
  await page.goto(`/r/${agreement.code}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('الاتفاقية المحلية في هلسينغبوري');
  await expect(page.getByRole('heading', { name: 'الخلفية' })).toBeVisible();
  await onFirstScreen(page, page.getByRole('link', { name: 'اقرأ وعلِّق' }));
  await shot(page, 'remiss-ar-360');
  const background = page.getByTestId('agreement-section').filter({ has: page.getByRole('heading', { name: 'الخلفية' }) });
  await background.getByRole('button', { name: /^علِّق/ }).click();
  const form = background.getByTestId('comment-form');
  await form.getByLabel('تعليقك على «الخلفية»').fill('نقترح ذكر الجمعيات الصغيرة أيضًا.');
  await form.getByLabel('اسمك', { exact: true }).fill('سارة');
  await form.getByLabel('الجمعية', { exact: true }).fill('جمعية النساء');
  await shot(page, 'comment-form-ar-360');
  await form.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(background.getByRole('status')).toHaveText(/شكرًا/);
  await expect(page.getByTestId('own-comments')).toContainText('نقترح ذكر الجمعيات الصغيرة أيضًا.');
  await expectNoAxeViolations(page, 'the remiss page in Arabic');
  await context.close();
});

test('the compilation shows every answer and what changed, on screen and in print', async ({ browser, request }) => {
  await staff(request, { type: 'remiss:close' });
  const closed = await phone(browser);
  await closed.page.goto(`/r/${agreement.code}`);
  await expect(closed.page.getByTestId('agreement-stage')).toHaveAttribute('data-stage', 'closed');
  await expect(closed.page.getByText(/Remissen stängde/)).toBeVisible();
  await expect(closed.page.getByRole('button', { name: /^Kommentera/ })).toHaveCount(0);
  await closed.context.close();

  const comments = (await staffView(request)).comments;
  expect(comments).toHaveLength(2);
  await staff(request, { type: 'comment:answer', commentId: comments[0]!.id, verdict: 'accepted', reason: 'Vi lägger till årtalet.' });
  await staff(request, { type: 'comment:answer', commentId: comments[1]!.id, verdict: 'partly', reason: 'Vi nämner alla föreningar, stora som små.' });
  await staff(request, {
    type: 'section:edit',
    sectionId: 'background',
    heading: { sv: 'Bakgrund', ar: 'الخلفية' },
    paragraphs: [{ text: { sv: 'Staden och föreningarna, stora som små, har samverkat sedan 1998.' }, sources: [] }]
  });
  await staff(request, { type: 'compilation:publish', version: 1 });

  const { context, page } = await newPage(browser, { width: 1280, height: 720 });
  await page.goto(`/r/${agreement.code}/sammanstallning/1`);
  const doc = page.getByTestId('compilation');
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText('Lokal överenskommelse i Helsingborg');
  await expect(page.getByTestId('compilation-total-comments')).toContainText('2');
  await expect(page.getByTestId('compilation-total-accepted')).toContainText('1');
  await expect(page.getByTestId('compilation-total-partly')).toContainText('1');
  const compiled = page.getByTestId('compiled-comment');
  await expect(compiled).toHaveCount(2);
  await expect(compiled.filter({ hasText: 'Idrottsföreningen Kvarnen' })).toContainText('Bifallen');
  await expect(compiled.filter({ hasText: 'جمعية النساء' })).toContainText('Delvis bifallen');
  await expect(doc).not.toContainText('Karin');
  const change = page.getByTestId('change').filter({ hasText: 'Bakgrund' });
  await expect(change).toHaveAttribute('data-status', 'changed');
  await expect(change.locator('ins').first()).toContainText(/tillagt/);
  await expect(change.locator('del').first()).toContainText(/borttaget/);
  await expectNoAxeViolations(page, 'the compilation');
  await shot(page, 'compilation-1280', true);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.shell > header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut / spara som PDF' })).toBeHidden();
  await shot(page, 'compilation-print', true);
  await context.close();

  // The reader's page: the revised text, the way to the compilation, and the answer under their own comment.
  const reader = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'sv-SE', storageState: readerState });
  const back = await reader.newPage();
  await back.goto(`/r/${agreement.code}`);
  await expect(back.getByTestId('agreement-stage')).toHaveAttribute('data-stage', 'compiled');
  await expect(back.getByText('Staden och föreningarna, stora som små, har samverkat sedan 1998.')).toBeVisible();
  await onFirstScreen(back, back.getByTestId('compilation-link').first());
  await shot(back, 'compiled-sv-360');
  const own = back.getByTestId('own-comments');
  await expect(own).toContainText('Bifallen');
  await expect(own).toContainText('Vi lägger till årtalet.');
  await expect(own).not.toContainText('Inte besvarad än');
  await own.scrollIntoViewIfNeeded();
  await shot(back, 'compiled-own-answer-360');
  await back.getByTestId('compilation-link').first().click();
  await expect(back.getByTestId('compilation')).toBeVisible();
  await reader.close();
});

test('after adoption an association joins and is listed; a reader erases their data', async ({ browser, request }) => {
  await staff(request, { type: 'agreement:adopt', decidedOn: '2027-03-15', decision: 'Kommunfullmäktige 2027-03-15, § 45' });
  const { context, page } = await phone(browser);
  await page.goto(`/r/${agreement.code}`);
  await expect(page.getByTestId('agreement-stage')).toHaveAttribute('data-stage', 'adopted');
  await expect(page.getByText('Beslut: Kommunfullmäktige 2027-03-15, § 45')).toBeVisible();
  await onFirstScreen(page, page.getByRole('link', { name: 'Anslut er förening' }));
  await shot(page, 'adopted-sv-360');
  await expect(page.getByTestId('joined')).toContainText('Ingen förening har anslutit sig än.');

  await page.getByRole('link', { name: 'Anslut er förening' }).click();
  const join = page.getByTestId('join-form');
  await join.getByLabel('Förening', { exact: true }).fill('Scoutkåren Norr');
  await join.getByLabel('Kontaktperson', { exact: true }).fill('Ali');
  await join.getByLabel('E-post eller telefon', { exact: true }).fill('070-123 45 67');
  await join.getByRole('button', { name: 'Anslut föreningen' }).click();
  await expect(join.getByText('Kryssa i rutan om samtycke för att ansluta föreningen.')).toBeVisible();
  await join.getByRole('checkbox', { name: /Jag samtycker/ }).check();
  await join.getByRole('checkbox', { name: 'Visa vår förening i listan på den här sidan' }).check();
  await shot(page, 'join-form-sv-360');
  await join.getByRole('button', { name: 'Anslut föreningen' }).click();
  await expect(join.getByRole('status')).toHaveText('Tack! Scoutkåren Norr har anslutit sig till överenskommelsen.');
  await expect(page.getByTestId('joined')).toContainText('Scoutkåren Norr');
  await expect(page.getByTestId('joined')).toContainText('1 förening har anslutit sig.');
  await expect(page.getByTestId('joined')).not.toContainText('Ali');
  await expectNoAxeViolations(page, 'the adopted page');

  // A second association, not listed: counted as "and 1 more".
  await join.getByLabel('Förening', { exact: true }).fill('Tyst förening');
  await join.getByLabel('Kontaktperson', { exact: true }).fill('Bo');
  await join.getByLabel('E-post eller telefon', { exact: true }).fill('bo@example.org');
  await join.getByRole('checkbox', { name: /Jag samtycker/ }).check();
  await join.getByRole('button', { name: 'Anslut föreningen' }).click();
  await expect(page.getByTestId('joined')).toContainText('och 1 förening till');
  await expect(page.getByTestId('joined')).not.toContainText('Tyst förening');
  await shot(page, 'adopted-joined-sv-360', true);

  // My data: the download, then the erasure after its confirmation.
  const mine = page.getByTestId('reader-data');
  const download = page.waitForEvent('download');
  await mine.getByRole('button', { name: 'Ladda ner mina uppgifter' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await mine.getByText('Radera mina uppgifter', { exact: true }).click();
  await mine.getByRole('button', { name: 'Ja, radera mina uppgifter' }).click();
  await expect(mine.getByRole('status')).toHaveText('0 kommentarer raderade. 2 anslutningar raderade.');
  await expect(page.getByTestId('joined')).toContainText('Ingen förening har anslutit sig än.');
  await context.close();
});
