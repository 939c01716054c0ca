import { expect, test, type Browser, type Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { newPage, PHONE } from '../tests/e2e/fixtures.js';

/**
 * The agreement process end to end, for looking at (not a CI test): a series of five
 * dialogue meetings like Helsingborg's, with phones posting and voting in both
 * conversations; the draft filled from the synthesis; a remiss; twenty comments; the
 * answers and the compilation; the adoption and ten joins. Screenshots of every page on the
 * way go to tests/e2e/screenshots/agreement-*.png.
 *
 *   E2E_PORT=4393 npx playwright test --config scripts/agreement-walkthrough.config.ts
 */
const INTERPRETATIONS: Record<string, string[]> = {
  sjalvstandighet: ['Föreningarna bestämmer själva över sin verksamhet', 'Bidrag utan krav på att tycka som staden', 'Respekt för föreningarnas egna beslut'],
  dialog: ['Regelbundna dialogmöten varje år', 'Staden lyssnar innan besluten fattas', 'En kontaktväg in till kommunen för föreningar'],
  kvalitet: ['Utbildning i föreningskunskap', 'Vi lär av varandra mellan föreningar'],
  langsiktighet: ['Möjlighet till långsiktig planering', 'Fleråriga överenskommelser om stöd'],
  oppenhet: ['Öppna protokoll och tydliga beslut', 'Insyn i hur bidragen fördelas'],
  mangfald: ['Lika villkor i relationen förening–kommun', 'Mer integration – på alla sätt']
};
const ACTIVITIES: Array<[string, string]> = [
  ['dialog', 'Nätverk mellan föreningar'],
  ['mangfald', 'Samarbete mellan skola och föreningsliv'],
  ['kvalitet', 'Föreningar utbildar varandra i föreningskunskap'],
  ['langsiktighet', 'Gemensam lokalbank för möten och evenemang']
];
const ASSOCIATIONS = ['IFK Helsingborg', 'Röda Korset', 'Scouterna', 'HISO', 'INVA-SAM', 'Kvinnojouren', 'Studieförbundet', 'Pensionärsföreningen'];

const shot = (page: Page, name: string) => page.screenshot({ path: `tests/e2e/screenshots/agreement-${name}.png`, fullPage: false });

/** One call over a socket, answered by its acknowledgement. */
const ask = <T = { ok: boolean; postId?: string }>(socket: Socket, event: string, payload: object) => new Promise<T>((resolve) => socket.emit(event, payload, resolve));
let n = 0;
const cid = () => `walk-${Date.now()}-${++n}`;

async function connect(baseURL: string): Promise<Socket> {
  const socket = io(baseURL, { transports: ['websocket'] });
  await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  return socket;
}

/** One meeting: five phones, both conversations posted and voted in. */
async function runMeeting(baseURL: string, meeting: { workshopId: string; key: string; code: string }, index: number): Promise<void> {
  const f = await connect(baseURL);
  expect((await ask(f, 'facilitator:join', { workshopId: meeting.workshopId, key: meeting.key })).ok).toBe(true);
  const phones: Socket[] = [];
  for (let p = 0; p < 5; p += 1) {
    const phone = await connect(baseURL);
    expect((await ask(phone, 'participant:join', { code: meeting.code, name: '', association: ASSOCIATIONS[(index + p) % ASSOCIATIONS.length] })).ok).toBe(true);
    phones.push(phone);
  }
  const stage = (roundId: string, s: string) => ask(f, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId, stage: s } });
  expect((await stage('samtal-1', 'collecting')).ok).toBe(true);
  const posts: string[] = [];
  for (const [topicId, texts] of Object.entries(INTERPRETATIONS)) {
    const text = texts[index % texts.length]!;
    const ack = await ask(phones[posts.length % 5]!, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: [topicId], text });
    expect(ack.ok, JSON.stringify(ack)).toBe(true);
    posts.push(ack.postId!);
  }
  expect((await stage('samtal-1', 'voting')).ok).toBe(true);
  for (const [p, phone] of phones.entries()) for (const postId of posts.slice(p % 3, (p % 3) + 3)) await ask(phone, 'vote:cast', { commandId: cid(), postId });
  expect((await stage('samtal-2', 'collecting')).ok).toBe(true);
  const activities: string[] = [];
  for (const [topicId, text] of ACTIVITIES.slice(0, 2 + (index % 3))) {
    const ack = await ask(phones[activities.length]!, 'post:create', { commandId: cid(), roundId: 'samtal-2', topicIds: [topicId], text });
    expect(ack.ok, JSON.stringify(ack)).toBe(true);
    activities.push(ack.postId!);
  }
  expect((await stage('samtal-2', 'voting')).ok).toBe(true);
  for (const phone of phones) await ask(phone, 'vote:cast', { commandId: cid(), postId: activities[0]! });
  for (const socket of [f, ...phones]) socket.close();
}

async function api(page: Page, path: string, init: { key?: string; reader?: string; body?: unknown } = {}) {
  const response = await page.request.fetch(`/api${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: { ...(init.key ? { authorization: `Bearer ${init.key}` } : {}), ...(init.reader ? { 'x-samrad-reader': init.reader } : {}) },
    ...(init.body === undefined ? {} : { data: init.body })
  });
  return { status: response.status(), json: await response.json().catch(() => null) };
}

/** The workspace, loaded anew (a goto that changes only the fragment would not load it again). */
async function openWorkspace(page: Page, series: { id: string; key: string }) {
  await page.goto('about:blank');
  await page.goto(`/s/${series.id}/overenskommelse#key=${series.key}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function phone(browser: Browser, url: string, language: 'sv' | 'ar' = 'sv') {
  const opened = await newPage(browser, PHONE, true);
  await opened.page.goto(url);
  if (language === 'ar') await opened.page.getByRole('button', { name: 'العربية' }).click();
  return opened;
}

test('Helsingborg: five meetings to a published consultation, its compilation and the adopted agreement', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const { page } = await newPage(browser, { width: 1366, height: 768 });
  const series = (await api(page, '/series', { body: { title: 'Lokal överenskommelse – dialogmöten' } })).json as { id: string; key: string; url: string };
  for (let i = 0; i < 5; i += 1) {
    const meeting = (await api(page, `/series/${series.id}/meetings`, { key: series.key, body: { title: `Dialogmöte ${i + 1}` } })).json as { workshopId: string; key: string; code: string };
    await runMeeting(baseURL!, meeting, i);
  }
  await page.goto(series.url);
  await expect(page.getByTestId('series-total-meetings')).toHaveText('5');
  const created = await api(page, `/series/${series.id}/agreement`, { key: series.key, body: {} });
  expect(created.status).toBe(201);
  const code: string = created.json.code;
  await page.reload();
  await shot(page, '1-series-1366');

  // The draft: the principles and the activity plan from the synthesis, a few sections written.
  const command = (body: object) => api(page, `/series/${series.id}/agreement/commands`, { key: series.key, body: { commandId: cid(), command: body } });
  for (const role of ['principles', 'activities'] as const) expect((await api(page, `/series/${series.id}/agreement/from-synthesis`, { key: series.key, body: { sectionId: role, role, mode: 'replace' } })).status).toBe(200);
  await command({ type: 'section:edit', sectionId: 'background', heading: { sv: 'Vad är en lokal överenskommelse?' }, paragraphs: [{ text: { sv: 'En lokal överenskommelse är en gemensam avsiktsförklaring mellan kommunen och föreningslivet om hur vi samverkar.', en: 'A local agreement is a shared declaration of intent between the municipality and civil society on how we cooperate.', ar: 'الاتفاق المحلي إعلان نوايا مشترك بين البلدية والجمعيات حول كيفية تعاوننا.' }, sources: [] }] });
  await command({ type: 'section:edit', sectionId: 'goals', heading: { sv: 'Mål' }, paragraphs: [{ text: { sv: 'Fler föreningar samverkar med kommunen, och samverkan bygger på dialog och långsiktighet.' }, sources: [] }] });
  await openWorkspace(page, series);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shot(page, '2-draft-1366');

  expect((await command({ type: 'remiss:publish', closesAt: Date.now() + 28 * 86_400_000, allowAnonymous: true })).json).toMatchObject({ ok: true, version: 1 });

  // The short code typed in the home page's code box opens the remiss.
  const reader = await phone(browser, '/');
  await reader.page.getByLabel('Mötets kod').fill(`${code.slice(0, 3)} ${code.slice(3)}`.toLowerCase());
  await reader.page.getByRole('button', { name: 'Gå med' }).click();
  await reader.page.waitForURL(`**/r/${code}`);
  await expect(reader.page.getByRole('heading', { level: 1 })).toBeVisible();
  await shot(reader.page, '3-remiss-360-sv');
  const arabic = await phone(browser, `/r/${code}`, 'ar');
  await expect(arabic.page.locator('html')).toHaveAttribute('dir', 'rtl');
  await shot(arabic.page, '3-remiss-360-ar');

  // Twenty comments from twenty browsers.
  const sections = ['background', 'goals', 'principles', 'activities'];
  for (let i = 0; i < 20; i += 1) {
    const sent = await api(page, `/agreements/${code}/comments`, {
      reader: `walkthrough-reader-${String(i).padStart(8, '0')}`,
      body: { commentId: `c${i}`, version: 1, sectionId: sections[i % 4], text: `Synpunkt ${i + 1}: ${['skriv ut hur ofta dialogmötena hålls', 'nämn de små föreningarna', 'lägg till lokalfrågan', 'tydligare vem som följer upp'][i % 4]}.`, name: i % 5 === 0 ? '' : `Person ${i}`, association: i % 5 === 0 ? '' : ASSOCIATIONS[i % ASSOCIATIONS.length]! }
    });
    expect(sent.status).toBe(201);
  }
  await command({ type: 'remiss:close' });
  await openWorkspace(page, series);
  await shot(page, '4-answering-1366');

  const staff = (await api(page, `/series/${series.id}/agreement`, { key: series.key })).json as { comments: Array<{ id: string }> };
  for (const [i, comment] of staff.comments.entries()) {
    await command({ type: 'comment:answer', commentId: comment.id, verdict: ['accepted', 'partly', 'rejected'][i % 3], reason: ['Infört i texten.', 'Delvis infört: se avsnittet.', 'Ligger utanför överenskommelsen.'][i % 3] });
  }
  await command({ type: 'section:edit', sectionId: 'goals', heading: { sv: 'Mål' }, paragraphs: [{ text: { sv: 'Fler föreningar, stora som små, samverkar med kommunen, och samverkan bygger på dialog, lokaler och långsiktighet.' }, sources: [] }] });
  expect((await command({ type: 'compilation:publish', version: 1 })).json).toMatchObject({ ok: true, version: 2 });
  await page.goto(`/r/${code}/sammanstallning/1`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shot(page, '5-compilation-1366');

  expect((await command({ type: 'agreement:adopt', decidedOn: '2027-03-15', decision: 'Kommunfullmäktige 2027-03-15 § 45' })).json).toMatchObject({ ok: true });
  for (let i = 0; i < 10; i += 1) {
    const joined = await api(page, `/agreements/${code}/joins`, { reader: `walkthrough-joiner-${String(i).padStart(8, '0')}`, body: { joinId: `j${i}`, association: ASSOCIATIONS[i % ASSOCIATIONS.length]! + (i >= 8 ? ' Syd' : ''), contactName: `Kontakt ${i}`, contact: `kontakt${i}@example.org`, consent: true, listed: i !== 3 } });
    expect(joined.status).toBe(201);
  }
  const adopted = await phone(browser, `/r/${code}`);
  await shot(adopted.page, '6-adopted-360-sv');
  await openWorkspace(page, series);
  await shot(page, '7-register-1366');
});
