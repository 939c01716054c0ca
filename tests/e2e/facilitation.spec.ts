import { expect, test, type Page } from '@playwright/test';
import { io as connect, type Socket } from 'socket.io-client';
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
  setPhase,
  showPrinciple,
  vote
} from './fixtures.js';

/**
 * The facilitator's tools during a meeting, each with real phones, a real console and a
 * real projector: merging duplicates, a countdown that closes writing, a table's scribe,
 * and the closing evaluation with sign-ups for the working group.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The console's own credentials, from its URL (/f/ID#key=KEY). */
function credentials(consoleUrl: string): { workshopId: string; key: string } {
  const url = new URL(consoleUrl);
  const workshopId = url.pathname.split('/').at(-1) ?? '';
  const key = new URLSearchParams(url.hash.slice(1)).get('key') ?? '';
  return { workshopId, key };
}

type Ack = { ok: true; [key: string]: unknown } | { ok: false; error: string };

/** A bare socket.io client to the same server the pages use (baseURL). */
async function socketTo(baseURL: string): Promise<{ socket: Socket; join: (event: string, payload: object) => Promise<Ack>; send: (event: string, payload: object) => Promise<Ack> }> {
  const socket = connect(baseURL, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const join = (event: string, payload: object) => socket.timeout(10_000).emitWithAck(event, payload) as Promise<Ack>;
  let n = 0;
  /** A command: carries a command id. */
  const send = (event: string, payload: object) =>
    socket.timeout(10_000).emitWithAck(event, { commandId: `e2e${++n}_${Date.now().toString(36)}`, ...payload }) as Promise<Ack>;
  return { socket, join, send };
}

const modPost = (f: Page, text: string) => f.getByTestId('mod-post').filter({ has: f.getByText(text, { exact: true }) });

test('the facilitator merges duplicates by hand and from a suggestion; each voter counts once', async ({ browser }) => {
  const console_ = await newPage(browser, LAPTOP);
  const f = console_.page;
  const { code } = await createWorkshopFromHome(f, 'Dialogmöte – dubbletter');
  const projector = await newPage(browser, PROJECTOR);
  const s = projector.page;
  await s.goto(`/w/${code}/screen`);
  await expect(s.getByTestId('screen-code')).toBeVisible();

  const anna = await newPage(browser, PHONE, true);
  const omar = await newPage(browser, PHONE, true);
  const lina = await newPage(browser, PHONE, true);
  await joinAsParticipant(anna.page, code, { name: 'Anna' });
  await joinAsParticipant(omar.page, code, { name: 'Omar' });
  await joinAsParticipant(lina.page, code, { name: 'Lina' });

  await setPhase(f, 'Samtal 1: Insamling');
  // Two pairs of near-duplicates, each pair under one principle, each written by two people.
  const p1 = 'Staden lyssnar på föreningarna innan beslut fattas';
  const p2 = 'Att staden lyssnar på föreningar innan besluten fattas';
  const s1 = 'Föreningarna bestämmer själva över sin verksamhet';
  const s2 = 'Att föreningar själva bestämmer över verksamheten';
  await postInterpretation(anna.page, 'Dialog', p1);
  await postInterpretation(omar.page, 'Dialog', p2);
  await postInterpretation(omar.page, 'Självständighet', s1);
  await postInterpretation(anna.page, 'Självständighet', s2);
  await expect(modPost(f, s2)).toHaveCount(1);

  // Votes before the merge. Lina votes for both of each pair, so a plain sum would count her twice:
  // P1 {Lina, Omar}, P2 {Lina, Anna}  → merged: 3 voters, not 4.
  // S1 {Lina, Anna, Omar}, S2 {Lina, Omar} → merged: 3 voters, not 5.
  await setPhase(f, 'Samtal 1: Röstning');
  for (const text of [p1, p2, s1, s2]) await vote(lina.page, text);
  for (const text of [p2, s1]) await vote(anna.page, text);
  for (const text of [p1, s1, s2]) await vote(omar.page, text);
  await showPrinciple(lina.page, 'dialog');
  await expect(lina.page.getByTestId('votes-left-dialog')).toContainText('1 av 3 röster kvar');
  await expect(modPost(f, p1)).toContainText('2 röster');
  await expect(modPost(f, p2)).toContainText('2 röster');
  await expect(modPost(f, s1)).toContainText('3 röster');

  // The console suggests both pairs; the kept post of a suggestion is the one with most votes.
  const suggestions = f.getByTestId('mod-suggestions');
  const suggestS = suggestions.getByRole('button', { name: new RegExp(`^Slå ihop de här: ${escape(s1)}`) });
  await expect(suggestS).toBeVisible();
  await expect(suggestions.getByRole('button', { name: /^Slå ihop de här/ })).toHaveCount(2);

  // By hand, with the keyboard: tick P2, then P1; keep P1 (arrow key in the radio group); merge.
  await f.getByRole('checkbox', { name: `Välj för sammanslagning: ${p2}` }).focus();
  await f.keyboard.press('Space');
  await f.getByRole('checkbox', { name: `Välj för sammanslagning: ${p1}` }).focus();
  await f.keyboard.press('Space');
  const keep = f.getByRole('group', { name: 'Vilket inlägg ska behållas?' });
  await expect(keep.getByRole('radio', { name: p2 })).toBeChecked();
  await keep.getByRole('radio', { name: p2 }).focus();
  await f.keyboard.press('ArrowDown');
  await expect(keep.getByRole('radio', { name: p1 })).toBeChecked();
  const bar = f.getByTestId('mod-merge-bar');
  await expect(bar).toContainText(`1 inlägg slås ihop med ”${p1}”. Rösterna följer med.`);
  await expectNoAxeViolations(f, 'console (merge bar)');
  await screenshot(f, 'facilitation-console-merge-bar');
  await bar.getByRole('button', { name: 'Slå ihop', exact: true }).focus();
  await f.keyboard.press('Enter');

  await expect(bar).toHaveCount(0);
  await expect(f.getByRole('checkbox', { name: `Välj för sammanslagning: ${p2}` })).toHaveCount(0);
  await expect(modPost(f, p1)).toContainText('3 röster');
  await expect(modPost(f, p1).getByTestId('mod-merged')).toContainText('1 inlägg har slagits ihop hit');
  // Focus stays in the list, on the kept post's box.
  await expect(f.getByRole('checkbox', { name: `Välj för sammanslagning: ${p1}` })).toBeFocused();
  // The suggestion for the pair just merged is gone; the other remains.
  await expect(suggestions.getByRole('button', { name: /^Slå ihop de här/ })).toHaveCount(1);

  // Phones: the merged-away post takes no votes; Lina's double vote is given back; Omar finds his words.
  await expect(lina.page.getByRole('button', { name: new RegExp(`${escape(p2)}$`) })).toHaveCount(0);
  await expect(lina.page.getByTestId('votes-left-dialog')).toContainText('2 av 3 röster kvar');
  await expect(omar.page.getByTestId('merged-note')).toContainText(p1);
  await expectNoAxeViolations(omar.page, 'participant (voting, own post merged)');
  await screenshot(omar.page, 'facilitation-phone-merged-note');

  // The suggestion path, by keyboard too.
  await suggestS.focus();
  await f.keyboard.press('Enter');
  await expect(suggestions.getByRole('button', { name: /^Slå ihop de här/ })).toHaveCount(0);
  await expect(suggestions).toContainText('Inga inlägg liknar varandra just nu.');
  await expect(modPost(f, s1)).toContainText('3 röster');
  await expect(f.getByRole('checkbox', { name: `Välj för sammanslagning: ${s2}` })).toHaveCount(0);
  await showPrinciple(lina.page, 'sjalvstandighet');
  await expect(lina.page.getByTestId('votes-left-sjalvstandighet')).toContainText('2 av 3 röster kvar');
  await expectNoAxeViolations(f, 'console (after merges)');
  await screenshot(f, 'facilitation-console-merged');

  // Results: the projector ranks the kept posts with the union of their voters.
  await setPhase(f, 'Samtal 1: Resultat');
  const results = s.getByTestId('screen-results');
  const rows = s.getByTestId('rank-row');
  await expect(rows.filter({ hasText: p1 })).toHaveCount(1);
  await expect(rows.filter({ hasText: p1 })).toContainText('3 röster');
  await expect(rows.filter({ hasText: s1 })).toHaveCount(1);
  await expect(rows.filter({ hasText: s1 })).toContainText('3 röster');
  await expect(results).not.toContainText(p2);
  await expect(results).not.toContainText(s2);
  await expect(rows).toHaveCount(2);
  await expectNoAxeViolations(s, 'projector (results after merges)');
  await screenshot(s, 'facilitation-projector-results-merged');

  // The phones' results agree (one principle at a time: Dialog's).
  const phoneResults = anna.page.getByTestId('results');
  await showPrinciple(anna.page, 'dialog');
  await expect(phoneResults).toContainText(p1);
  await expect(phoneResults).not.toContainText(p2);
  await expect(phoneResults.locator('li', { hasText: p1 }).first()).toContainText('3 röster');

  for (const ctx of [console_, projector, anna, omar, lina]) await ctx.context.close();
});

test('a countdown started in the console closes writing on the phones when it runs out', async ({ browser }) => {
  const console_ = await newPage(browser, LAPTOP);
  const f = console_.page;
  const { code } = await createWorkshopFromHome(f, 'Dialogmöte – nedräkning');
  const projector = await newPage(browser, PROJECTOR);
  const s = projector.page;
  await s.goto(`/w/${code}/screen`);
  const phone = await newPage(browser, PHONE, true);
  const p = phone.page;
  await joinAsParticipant(p, code);
  await setPhase(f, 'Samtal 1: Insamling');
  await expect(p.getByLabel('Din tolkning')).toBeVisible();

  // The shortest a facilitator can type is one minute; "close when time is up" is on by default.
  const timer = f.getByTestId('timer-control');
  await expect(timer.getByRole('checkbox', { name: 'Stäng insamlingen när tiden är ute' })).toBeChecked();
  await timer.getByLabel('Egen tid i minuter').fill('1');
  await timer.getByLabel('Egen tid i minuter').press('Enter');
  await expect(timer).toContainText('Stänger när tiden är ute.');

  // The phone and the projector count down in the server's time.
  const countdown = p.getByTestId('phase-bar').getByTestId('countdown');
  await expect(countdown).toBeVisible();
  await expect(countdown).toHaveAttribute('data-remaining', /^(5\d|60)$/);
  await expect(s.getByTestId('countdown')).toBeVisible();
  // Something typed but not sent while time runs.
  const draft = 'Mer tid för samtal vid borden';
  await p.getByRole('radio', { name: /^Dialog/ }).check();
  await p.getByLabel('Din tolkning').fill(draft);
  await expectNoAxeViolations(p, 'participant (collecting, countdown)');
  await screenshot(p, 'facilitation-phone-countdown');
  await expectNoAxeViolations(s, 'projector (collecting, countdown)');
  await screenshot(s, 'facilitation-projector-countdown');

  // The facilitator takes the last minute away: time is up now, for everyone.
  await timer.getByRole('button', { name: '-1 min' }).click();
  const closed = p.getByTestId('composer-closed');
  await expect(closed).toBeVisible();
  await expect(closed.getByRole('heading', { name: 'Tiden är ute – insamlingen är stängd' })).toBeVisible();
  // Nothing to post with; the draft is kept in view so the words are not lost.
  await expect(p.getByLabel('Din tolkning')).toHaveCount(0);
  await expect(p.getByRole('button', { name: 'Skicka' })).toHaveCount(0);
  await expect(closed).toContainText(draft);
  await expect(countdown).toHaveAttribute('data-remaining', '0');
  await expect(p.getByTestId('phase-announcement')).toContainText('tiden är ute');
  await expectNoAxeViolations(p, 'participant (collecting closed by the countdown)');
  await screenshot(p, 'facilitation-phone-composer-closed');
  await expectNoAxeViolations(f, 'console (countdown ended)');

  // Giving more time opens writing again, with the draft still there.
  await timer.getByRole('button', { name: '+1 min' }).click();
  await expect(p.getByLabel('Din tolkning')).toHaveValue(draft);
  await expect(closed).toHaveCount(0);

  for (const ctx of [console_, projector, phone]) await ctx.context.close();
});

test('a short countdown runs out by itself: the phone closes and the server refuses posts', async ({ browser, baseURL }) => {
  const console_ = await newPage(browser, LAPTOP);
  const f = console_.page;
  const { code, consoleUrl } = await createWorkshopFromHome(f, 'Dialogmöte – kort nedräkning');
  const phone = await newPage(browser, PHONE, true);
  const p = phone.page;
  await joinAsParticipant(p, code);
  await setPhase(f, 'Samtal 1: Insamling');
  await expect(p.getByLabel('Din tolkning')).toBeVisible();

  // The console offers whole minutes only; a second facilitator connection (as a co-host's
  // laptop would be) starts a 4-second countdown so the natural end is seen in test time.
  const facilitator = await socketTo(baseURL!);
  const participant = await socketTo(baseURL!);
  try {
    expect((await facilitator.join('facilitator:join', credentials(consoleUrl))).ok).toBe(true);
    const started = await facilitator.send('timer:start', { durationMs: 4000, closeWhenDone: true });
    expect(started.ok).toBe(true);
    const countdown = p.getByTestId('countdown');
    await expect(countdown).toBeVisible();
    // It runs out with no one doing anything.
    await expect(p.getByTestId('composer-closed')).toBeVisible({ timeout: 15_000 });
    await expect(p.getByRole('heading', { name: 'Tiden är ute – insamlingen är stängd' })).toBeVisible();
    await expect(p.getByLabel('Din tolkning')).toHaveCount(0);
    await expect(countdown).toHaveAttribute('data-remaining', '0');

    // And a post sent anyway (by a client that ignores the closed page) is refused.
    const joined = await participant.join('participant:join', { code });
    expect(joined.ok).toBe(true);
    const post = await participant.send('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'För sent men ändå' });
    expect(post).toMatchObject({ ok: false, error: 'posting_closed' });
    await expect(f.getByTestId('mod-post')).toHaveCount(0);
  } finally {
    facilitator.socket.disconnect();
    participant.socket.disconnect();
  }
  for (const ctx of [console_, phone]) await ctx.context.close();
});

test("a table's scribe posts for the table; the console and the projector say so", async ({ browser }) => {
  const console_ = await newPage(browser, LAPTOP);
  const f = console_.page;
  const { code } = await createWorkshopFromHome(f, 'Dialogmöte – bordsvis');
  const projector = await newPage(browser, PROJECTOR);
  const s = projector.page;
  await s.goto(`/w/${code}/screen`);
  const phone = await newPage(browser, PHONE, true);
  const p = phone.page;
  // The table from the join card is offered when writing for the table.
  await p.goto(`/w/${code}`);
  await p.getByLabel('Ditt namn (valfritt)').fill('Sara');
  await p.getByLabel('Bordsnummer (valfritt)').fill('4');
  await p.getByRole('button', { name: 'Gå med' }).click();
  await expect(p.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await setPhase(f, 'Samtal 1: Insamling');

  await p.getByRole('checkbox', { name: 'Jag skriver för mitt bord' }).check();
  await expect(p.getByLabel('Bordsnummer', { exact: true })).toHaveValue('4');
  const text = 'Vi vid bordet vill ha dialogmöten två gånger om året';
  await p.getByRole('radio', { name: /^Dialog/ }).check();
  await p.getByLabel('Din tolkning').fill(text);
  // Forgetting how many are at the table is caught before sending, on the field itself.
  await p.getByRole('button', { name: 'Skicka' }).click();
  const people = p.getByLabel('Antal personer vid bordet');
  await expect(people).toBeFocused();
  await expect(people).toHaveAttribute('aria-invalid', 'true');
  await expect(p.getByText(/^Skriv hur många ni är vid bordet/)).toBeVisible();
  await expectNoAxeViolations(p, 'participant (scribe fields, an error)');
  await people.fill('5');
  await p.getByRole('button', { name: 'Skicka' }).click();

  const mine = p.getByTestId('my-posts');
  await expect(mine).toContainText(text);
  await expect(mine).toContainText('Bord 4 (5 personer)');
  await expectNoAxeViolations(p, 'participant (posted for a table)');
  await screenshot(p, 'facilitation-phone-table-post');

  await expect(modPost(f, text)).toContainText('Bord 4, 5 personer');
  await expect(modPost(f, text)).toContainText('Sara');
  await expect(s.getByTestId('screen-board')).toContainText(text);
  // The compact board has room for the text only; the wall of one principle marks the table.
  const picker = f.getByTestId('screen-mode');
  await picker.getByRole('radio', { name: /^Vägg för en princip/ }).check();
  await picker.getByLabel('Princip att visa').selectOption({ label: 'Dialog' });
  await picker.getByRole('button', { name: 'Visa på storbilden' }).click();
  const card = s.getByTestId('screen-wall').locator('[data-card]', { hasText: text });
  await expect(card).toContainText('Bord 4');
  await expect(card).toContainText('5 personer');
  await expectNoAxeViolations(s, 'projector (wall with a table post)');
  await screenshot(s, 'facilitation-projector-table-post');

  for (const ctx of [console_, projector, phone]) await ctx.context.close();
});

test('phones answer the closing evaluation and sign up for the working group', async ({ browser }) => {
  const console_ = await newPage(browser, LAPTOP);
  const f = console_.page;
  const { code } = await createWorkshopFromHome(f, 'Dialogmöte – avslutning');
  const projector = await newPage(browser, PROJECTOR);
  const s = projector.page;
  await s.goto(`/w/${code}/screen`);
  const anna = await newPage(browser, PHONE, true);
  const omar = await newPage(browser, PHONE, true);
  const a = anna.page;
  await joinAsParticipant(a, code, { name: 'Anna', association: 'Föreningen Ängsbacken' });
  await joinAsParticipant(omar.page, code);

  // Sign-up, under "Mina uppgifter": name from the profile, contact, and consent that is never ticked for you.
  await openMyDetails(a);
  const signup = a.getByTestId('signup');
  await expect(signup.getByLabel('Namn', { exact: true })).toHaveValue('Anna');
  const contact = 'anna@angsbacken.se';
  await signup.getByLabel('E-post eller telefon').fill(contact);
  const consent = signup.getByRole('checkbox', { name: /^Jag samtycker/ });
  await expect(consent).not.toBeChecked();
  await signup.getByRole('button', { name: 'Anmäl intresse' }).click();
  await expect(consent).toBeFocused();
  await expect(signup.getByText('Kryssa i rutan om samtycke för att anmäla intresse.')).toBeVisible();
  await consent.check();
  await signup.getByRole('button', { name: 'Anmäl intresse' }).click();
  await expect(a.getByTestId('signup-current')).toContainText(`Du har anmält intresse som Anna (${contact}).`);
  await expectNoAxeViolations(a, 'participant (signed up)');
  // Only the facilitator sees the contact.
  const signups = f.getByTestId('signups');
  await expect(signups).toContainText('Anmäld till arbetsgrupp (1)');
  await signups.locator('summary').click();
  await expect(signups).toContainText(contact);
  await expect(s.locator('body')).not.toContainText(contact);

  // The evaluation opens on the phones.
  await setPhase(f, 'Utvärdering');
  const form = a.getByTestId('evaluation');
  await expect(form).toBeVisible();
  await form.getByRole('group', { name: 'Kände du dig lyssnad på?' }).getByRole('radio', { name: '5 Helt och hållet' }).check();
  await form.getByRole('group', { name: 'Passade formen för syftet?' }).getByRole('radio', { name: '4', exact: true }).check();
  await form.getByLabel('Kommentar (valfritt)').fill('Bra med tid vid borden.');
  await expectNoAxeViolations(a, 'participant (evaluation form)');
  await screenshot(a, 'facilitation-phone-evaluation');
  await form.getByRole('button', { name: 'Skicka svar' }).click();
  const thanks = a.getByTestId('evaluation-thanks');
  await expect(thanks).toContainText('Tack!');
  await expect(thanks).toContainText('Ditt svar: 5 av 5');
  await expect(thanks).toContainText('Ditt svar: 4 av 5');
  await expect(thanks).toContainText('Inte besvarad');
  await expectNoAxeViolations(a, 'participant (evaluation thanks)');
  await screenshot(a, 'facilitation-phone-evaluation-thanks');

  const o = omar.page.getByTestId('evaluation');
  await o.getByRole('group', { name: 'Kände du dig lyssnad på?' }).getByRole('radio', { name: '3', exact: true }).check();
  await o.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(omar.page.getByTestId('evaluation-thanks')).toContainText('Ditt svar: 3 av 5');

  // The console summarises; the projector shows the summary when the facilitator picks it.
  await expect(f.getByTestId('evaluation-results')).toContainText('Utvärdering (2 svar)');
  const picker = f.getByTestId('screen-mode');
  await picker.getByRole('radio', { name: /^Utvärderingens resultat/ }).check();
  await picker.getByRole('button', { name: 'Visa på storbilden' }).click();
  const summary = s.getByTestId('screen-evaluation');
  await expect(summary).toBeVisible();
  const listened = summary.getByTestId('eval-question').filter({ hasText: 'Kände du dig lyssnad på?' });
  await expect(listened).toContainText('Medel 4,0');
  await expect(listened).toContainText('2 svar');
  await expect(summary.getByTestId('eval-question').filter({ hasText: 'Passade formen för syftet?' })).toContainText('1 svar');
  // Free-text comments stay in the console.
  await expect(summary).not.toContainText('Bra med tid vid borden.');
  await expectNoAxeViolations(s, 'projector (evaluation)');
  await screenshot(s, 'facilitation-projector-evaluation');
  await expectNoAxeViolations(f, 'console (evaluation, sign-ups)');

  for (const ctx of [console_, projector, anna, omar]) await ctx.context.close();
});
