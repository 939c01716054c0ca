import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { io as connect, type Socket } from 'socket.io-client';
import { pdfText } from './pdf-text.js';
import { expectNoAxeViolations, LAPTOP, newPage, PHONE, PROJECTOR, screenshot } from './fixtures.js';

/**
 * The organiser's report after a small meeting: phones (played by sockets) post and vote in
 * both conversations and answer the evaluation, the facilitator writes the closing summary
 * in the console, opens the report, and prints it to an A4 PDF whose text is read back.
 */

type Ack = { ok: true; [key: string]: unknown } | { ok: false; error: string };

interface Person {
  socket: Socket;
  ask: (event: string, payload: object) => Promise<Ack>;
  /** A command: carries a command id; the test fails if it is refused. */
  act: (event: string, payload: object) => Promise<Extract<Ack, { ok: true }>>;
}

let n = 0;
async function person(baseURL: string): Promise<Person> {
  const socket = connect(baseURL, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const ask = (event: string, payload: object) => socket.timeout(10_000).emitWithAck(event, payload) as Promise<Ack>;
  const act = async (event: string, payload: object) => {
    const ack = await ask(event, { commandId: `report${++n}_${Date.now().toString(36)}`, ...payload });
    expect(ack, `${event} ${JSON.stringify(payload)}`).toMatchObject({ ok: true });
    return ack as Extract<Ack, { ok: true }>;
  };
  return { socket, ask, act };
}

const title = 'Dialogmöte Söder – rapporten';
const top1 = 'Regelbundna dialogmöten varje år, även på söndagar';
const second1 = 'Att staden lyssnar innan beslut fattas';
const selfRule = 'Föreningarna bestämmer själva över sin verksamhet';
const openness = 'Öppna protokoll från föreningsrådet';
const topActivity = 'Öppet hus för alla föreningar i stadsdelen';
const activity2 = 'Gemensam kalender för föreningslivet';
const activity3 = 'Mentorskap mellan stora och små föreningar';
const summary = 'Mötet enades om att börja med öppet hus i höst. Arbetsgruppen träffas första gången i maj – välkomna!';

/** Runs a small meeting over sockets and returns the ids the pages need. */
async function smallMeeting(baseURL: string, request: APIRequestContext) {
  const response = await request.post('/api/workshops', { data: { templateId: 'lokal-overenskommelse', title } });
  expect(response.status()).toBe(201);
  const created = (await response.json()) as { workshopId: string; code: string; key: string };

  const facilitator = await person(baseURL);
  expect((await facilitator.ask('facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  const stage = (roundId: string, s: string) => facilitator.act('phase:set', { phase: { kind: 'round', roundId, stage: s } });
  const profiles = [
    { name: 'Anna Andersson', association: 'Föreningen Ängsbacken', sector: 'kultur' },
    { name: 'Omar Said', association: 'IFK Öresund', sector: 'idrott' },
    { name: 'Lisa Lind', association: 'Söderåsens scouter', sector: 'barn-unga' },
    { name: 'Per Holm', association: 'föreningen ängsbacken' }
  ];
  const phones: Person[] = [];
  for (const profile of profiles) {
    const phone = await person(baseURL);
    expect((await phone.ask('participant:join', { code: created.code, ...profile })).ok).toBe(true);
    phones.push(phone);
  }
  const [anna, omar, lisa, per] = phones as [Person, Person, Person, Person];
  await anna.act('signup:set', { name: 'Anna Andersson', contact: 'anna@example.org', consent: true });

  const post = async (phone: Person, roundId: string, topicIds: string[], text: string) =>
    (await phone.act('post:create', { roundId, topicIds, text })).postId as string;
  await stage('samtal-1', 'collecting');
  const ids = {
    top1: await post(anna, 'samtal-1', ['dialog'], top1),
    second1: await post(omar, 'samtal-1', ['dialog'], second1),
    selfRule: await post(lisa, 'samtal-1', ['sjalvstandighet'], selfRule),
    openness: await post(per, 'samtal-1', ['oppenhet'], openness)
  };
  await stage('samtal-1', 'voting');
  for (const phone of [anna, omar, lisa]) await phone.act('vote:cast', { postId: ids.top1 });
  for (const phone of [anna, per]) await phone.act('vote:cast', { postId: ids.second1 });
  await omar.act('vote:cast', { postId: ids.selfRule });
  await stage('samtal-1', 'results');

  await stage('samtal-2', 'collecting');
  const acts = {
    top: await post(lisa, 'samtal-2', ['dialog', 'mangfald', 'oppenhet'], topActivity),
    second: await post(omar, 'samtal-2', ['oppenhet'], activity2),
    third: await post(per, 'samtal-2', ['kvalitet', 'sjalvstandighet'], activity3)
  };
  await stage('samtal-2', 'voting');
  for (const phone of [anna, omar, lisa, per]) await phone.act('vote:cast', { postId: acts.top });
  for (const phone of [anna, lisa]) await phone.act('vote:cast', { postId: acts.second });
  await per.act('vote:cast', { postId: acts.third });
  await stage('samtal-2', 'results');

  await facilitator.act('phase:set', { phase: { kind: 'evaluation' } });
  await anna.act('evaluation:answer', { scores: { lyssnad: 5, formen: 4, fortsattning: 3, 'delta-igen': 5 }, comment: 'Hemlig kommentar' });
  await omar.act('evaluation:answer', { scores: { lyssnad: 4, formen: 4, fortsattning: 2 }, comment: '' });
  await facilitator.act('update:add', { date: '2025-05-20', text: 'Arbetsgruppen har träffats för första gången.' });

  for (const p of [facilitator, ...phones]) p.socket.disconnect();
  return created;
}

test('the report shows the outcome and prints to a clean A4 PDF', async ({ browser, baseURL, request }, testInfo) => {
  test.setTimeout(120_000);
  const created = await smallMeeting(baseURL!, request);

  // The console: write the closing summary and see it saved.
  const desk = await newPage(browser, LAPTOP);
  const f = desk.page;
  await f.goto(`/f/${created.workshopId}#key=${created.key}`);
  const panel = f.getByTestId('report-panel');
  await expect(panel.getByRole('heading', { name: 'Rapport' })).toBeVisible();
  const editor = panel.getByLabel('Avslutande sammanfattning');
  await editor.fill(summary);
  await expect(panel.getByTestId('summary-status')).toContainText('Ändringar inte sparade');
  await panel.getByRole('button', { name: 'Spara sammanfattningen' }).click();
  await expect(panel.getByTestId('summary-status')).toContainText('Sparad');
  await expect(panel.getByRole('button', { name: 'Spara sammanfattningen' })).toBeDisabled();
  const panelScan = await new AxeBuilder({ page: f }).include('[data-testid="report-panel"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(panelScan.violations.map((v) => v.id)).toEqual([]);

  // The report opens in a new tab and finds the key this browser keeps for the console.
  const [report] = await Promise.all([desk.context.waitForEvent('page'), panel.getByRole('link', { name: /Öppna rapporten/ }).click()]);
  report.on('pageerror', (error) => {
    throw error;
  });
  await report.setViewportSize(PROJECTOR);
  await expect(report.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(report.getByTestId('report-summary')).toContainText(summary);
  await expect(report.getByTestId('report-figure-participants')).toContainText('4');
  await expect(report.getByTestId('report-figure-associations')).toContainText('3');
  await expect(report.getByTestId('report-figure-signups')).toContainText('1');
  const dialogTable = report.getByRole('table', { name: 'Dialog' }).first();
  await expect(dialogTable.getByRole('row').nth(1)).toContainText(top1);
  await expect(dialogTable.getByRole('row').nth(1)).toContainText('3');
  await expect(report.getByRole('heading', { name: 'Aktivitetsplan (utkast)' })).toBeVisible();
  await expect(report.getByTestId('report-plan').getByRole('columnheader', { name: 'Ansvarig' }).first()).toBeVisible();
  await expect(report.getByRole('img', { name: /Aktiviteter och principer/ })).toBeVisible();
  await expect(report.getByTestId('report-evaluation')).toContainText('4,5 av 5');
  await expect(report.getByTestId('report-updates')).toContainText('20 maj 2025');
  // No personal data and no evaluation comments in the organiser's report.
  for (const personal of ['Anna Andersson', 'anna@example.org', 'Ängsbacken', 'Hemlig kommentar']) await expect(report.locator('body')).not.toContainText(personal);
  await expectNoAxeViolations(report, 'report');
  await screenshot(report, 'report-desktop');

  // Print: no site header or footer, A4, and the text survives into the PDF.
  await report.emulateMedia({ media: 'print' });
  await expect(report.locator('.shell > header')).toBeHidden();
  await expect(report.getByRole('button', { name: 'Skriv ut / spara som PDF' })).toBeHidden();
  await screenshot(report, 'report-print');
  // Back to the browser's own media: page.pdf() prints with print CSS unless told otherwise.
  await report.emulateMedia({ media: null });
  const pdf = await report.pdf({ format: 'A4' });
  writeFileSync(testInfo.outputPath('report.pdf'), pdf);
  const { totalPages, text } = await pdfText(new Uint8Array(pdf));
  const flat = text.replace(/\s+/g, ' ');
  expect(totalPages).toBeGreaterThanOrEqual(2);
  expect(totalPages).toBeLessThanOrEqual(8);
  expect(flat).toContain(title);
  expect(flat).toContain('Självständighet och oberoende');
  expect(flat).toContain('Öppenhet och insyn');
  expect(flat).toMatch(new RegExp(`${top1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} 3\\b`));
  expect(flat).toContain(summary);
  expect(flat).toContain('Aktivitetsplan');
  expect(flat).toContain('Ansvarig');
  expect(flat).toContain(topActivity);
  for (const word of ['Söder', 'Föreningarna bestämmer själva', 'Mångfald', 'Långsiktighet', 'välkomna']) expect(flat).toContain(word);
  // The page's chrome stays out of the document.
  for (const chrome of ['Skriv ut / spara som PDF', 'Hoppa till innehållet', 'fri programvara', 'Till styrpanelen', 'Anna Andersson']) expect(flat).not.toContain(chrome);

  // On a phone, from the console's link with the key in the fragment, in English: the
  // interface follows the reader, the workshop's words stay Swedish; nothing scrolls sideways.
  const phone = await newPage(browser, PHONE, true);
  await phone.context.addInitScript(() => localStorage.setItem('samrad:lang', 'en'));
  await phone.page.goto(`/f/${created.workshopId}/report#key=${created.key}`);
  await expect(phone.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(phone.page.getByRole('heading', { name: 'Activity plan (draft)' })).toBeVisible();
  await expect(phone.page.getByRole('heading', { name: 'Självständighet och oberoende' }).first()).toBeVisible();
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await expectNoAxeViolations(phone.page, 'report (phone, English)');
  await screenshot(phone.page, 'report-phone');

  // Without a key there is nothing to see.
  const stranger = await newPage(browser, LAPTOP);
  await stranger.page.goto(`/f/${created.workshopId}/report`);
  await expect(stranger.page.getByTestId('report-problem')).toContainText('Nyckel saknas');
  await stranger.page.goto('about:blank'); // a new fragment alone would not load the page again
  await stranger.page.goto(`/f/${created.workshopId}/report#key=${'x'.repeat(32)}`);
  await expect(stranger.page.getByTestId('report-problem')).toContainText('Rapporten kan inte visas');

  for (const ctx of [desk, phone, stranger]) await ctx.context.close();
});
