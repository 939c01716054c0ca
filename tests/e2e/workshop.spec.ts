import { expect, test } from '@playwright/test';
import {
  createWorkshopFromHome,
  expectNoAxeViolations,
  joinAsParticipant,
  LAPTOP,
  newPage,
  PHONE,
  postActivity,
  postInterpretation,
  PROJECTOR,
  screenshot,
  setPhase,
  showPrinciple,
  vote
} from './fixtures.js';

/**
 * The Helsingborg dialogue meeting from start to end: a facilitator, a projector and two
 * participants on phones, each in its own browser context, through both conversations.
 */
test('a facilitator runs Samtal 1 and Samtal 2 with two phones and a projector', async ({ browser }) => {
  // The whole meeting, with axe in a dozen states: about 45 s on a quiet machine, more than the default minute on a busy one.
  test.setTimeout(180_000);
  const home = await newPage(browser, PHONE, true);
  await home.page.goto('/');
  await expectNoAxeViolations(home.page, 'home');
  await screenshot(home.page, 'home-phone');

  const console_ = await newPage(browser, LAPTOP);
  const f = console_.page;
  const { code, consoleUrl } = await createWorkshopFromHome(f, 'Dialogmöte Söder – föreningsrådet');
  await expect(f.getByAltText(/QR-kod/)).toBeVisible();
  await expect(f.getByLabel('Länk för deltagare')).toHaveValue(new RegExp(`/w/${code}$`));
  await expect(f.getByRole('link', { name: /Öppna storbilden/ })).toHaveAttribute('href', `/w/${code}/screen`);
  await expectNoAxeViolations(f, 'console (lobby)');

  // Reloading the console keeps working: the key is in the fragment and in the browser.
  await f.reload();
  await expect(f.getByTestId('join-code')).toBeVisible();
  await f.goto(consoleUrl.replace(/#.*$/, ''));
  await expect(f.getByTestId('join-code')).toBeVisible();
  await expect(f).toHaveURL(/#key=/);

  const projector = await newPage(browser, PROJECTOR);
  const s = projector.page;
  await s.goto(`/w/${code}/screen`);
  await expect(s.getByTestId('screen-code')).toBeVisible();
  await expect(s.getByRole('img', { name: /QR-kod/ })).toBeVisible();
  await expectNoAxeViolations(s, 'projector (lobby)');

  // Typing the code on the home page leads to the participant page.
  const anna = await newPage(browser, PHONE, true);
  await anna.page.goto('/');
  await anna.page.getByLabel('Mötets kod').fill(code.toLowerCase());
  await anna.page.getByRole('button', { name: 'Gå med' }).click();
  await expect(anna.page).toHaveURL(new RegExp(`/w/${code}$`));
  await expectNoAxeViolations(anna.page, 'participant (join card)');
  await joinAsParticipant(anna.page, code, { name: 'Anna', association: 'Föreningen Ängsbacken' });
  const omar = await newPage(browser, PHONE, true);
  await joinAsParticipant(omar.page, code);
  await expect(s.getByTestId('screen-joined')).toContainText('2');
  await expect(f.getByTestId('stat-joined')).toContainText('2');
  await expectNoAxeViolations(anna.page, 'participant (lobby)');
  await screenshot(s, 'projector-lobby');

  // Samtal 1: interpretations per principle.
  await setPhase(f, 'Samtal 1: Insamling');
  const a1 = 'Att staden lyssnar innan beslut fattas';
  const a2 = 'Föreningarna bestämmer själva – även med bidrag 💪';
  const o1 = 'Regelbundna dialogmöten varje år';
  const spam = 'Köp billiga klockor här';
  await postInterpretation(anna.page, 'Dialog', a1);
  await postInterpretation(anna.page, 'Självständighet', a2);
  await postInterpretation(omar.page, 'Dialog', o1);
  await postInterpretation(omar.page, 'Dialog', spam);
  await expectNoAxeViolations(anna.page, 'participant (collecting)');
  await screenshot(anna.page, 'participant-collecting');
  await expect(s.getByTestId('screen-board')).toContainText(o1);
  await expect(s.getByTestId('screen-board')).toContainText(a2);
  await expectNoAxeViolations(s, 'projector (collecting)');
  await screenshot(s, 'projector-collecting');

  // The facilitator sees every post with its author and hides the one that does not belong.
  await f.getByRole('button', { name: `Dölj: ${spam}` }).click();
  await expect(f.getByRole('button', { name: `Visa igen: ${spam}` })).toBeVisible();
  await expect(s.getByTestId('screen-board')).not.toContainText(spam);
  await expect(f.getByText('Anna').first()).toBeVisible();
  await expectNoAxeViolations(f, 'console (collecting, a hidden post)');

  // Voting: 3 votes per principle, one per post; the budget is always visible. Phones show
  // one principle at a time, starting with the first that has posts (Självständighet).
  await setPhase(f, 'Samtal 1: Röstning');
  await showPrinciple(anna.page, 'dialog');
  await expect(anna.page.getByTestId('votes-left-dialog')).toContainText('3 av 3 röster kvar');
  await vote(anna.page, o1);
  await vote(anna.page, a1);
  await expect(anna.page.getByTestId('votes-left-dialog')).toContainText('1 av 3 röster kvar');
  await expect(anna.page.getByRole('button', { name: new RegExp(spam) })).toHaveCount(0);
  await vote(omar.page, o1);
  await vote(omar.page, a2);
  // A vote can be taken back.
  await omar.page.getByRole('button', { name: `Ta tillbaka röst: ${a2}` }).click();
  await expect(omar.page.getByRole('button', { name: `Rösta på: ${a2}` })).toHaveAttribute('aria-pressed', 'false');
  await expect(anna.page.getByTestId('results')).toHaveCount(0);
  await expectNoAxeViolations(omar.page, 'participant (voting)');
  await screenshot(omar.page, 'participant-voting');
  await expect(s.getByTestId('screen-figure')).toContainText('3');
  await expectNoAxeViolations(s, 'projector (voting)');

  // Results: the projector ranks per principle with counts; phones get the tallies.
  await setPhase(f, 'Samtal 1: Resultat');
  const results = s.getByTestId('screen-results');
  await expect(results).toContainText(o1);
  await expect(results).toContainText('2');
  const dialogRanking = results.locator('li', { hasText: o1 }).first();
  await expect(dialogRanking).toContainText('2');
  await showPrinciple(anna.page, 'dialog');
  await expect(anna.page.getByTestId('results')).toContainText(o1);
  await expect(anna.page.getByTestId('results')).toContainText('2 röster');
  await expectNoAxeViolations(s, 'projector (results)');
  await expectNoAxeViolations(anna.page, 'participant (results)');
  await screenshot(s, 'projector-results-samtal-1');
  await screenshot(anna.page, 'participant-results');

  // Samtal 2: activities linked to one or more principles, 5 votes for the round.
  await setPhase(f, 'Samtal 2: Insamling');
  const act1 = 'Öppet hus för alla föreningar i stadsdelen';
  const act2 = 'Gemensam kalender för föreningslivet';
  await postActivity(anna.page, ['Dialog', 'Mångfald'], act1);
  await postActivity(omar.page, ['Öppenhet och insyn'], act2);
  await expect(s.getByTestId('screen-board')).toContainText(act1);
  await setPhase(f, 'Samtal 2: Röstning');
  await expect(anna.page.getByTestId('votes-left')).toContainText('5 av 5 röster kvar');
  await vote(anna.page, act2);
  await vote(omar.page, act2);
  await vote(omar.page, act1);
  await expect(omar.page.getByTestId('votes-left')).toContainText('3 av 5 röster kvar');
  await setPhase(f, 'Samtal 2: Resultat');
  await expect(s.getByTestId('screen-results')).toContainText(act2);
  await expect(s.getByTestId('screen-results').locator('li', { hasText: act2 }).first()).toContainText('2');
  await showPrinciple(omar.page, 'oppenhet');
  await expect(omar.page.getByTestId('results')).toContainText(act2);
  await expectNoAxeViolations(f, 'console (results)');
  await screenshot(s, 'projector-results-samtal-2');
  await screenshot(f, 'console-results');

  // English is one switch away and stays on reload.
  await showPrinciple(anna.page, 'oppenhet');
  await anna.page.getByRole('button', { name: 'English' }).click();
  await expect(anna.page.getByTestId('results')).toContainText('2 votes');
  await anna.page.reload();
  await expect(anna.page.getByRole('button', { name: 'Svenska' })).toBeVisible();
  await expectNoAxeViolations(anna.page, 'participant (English)');

  for (const ctx of [home, console_, projector, anna, omar]) await ctx.context.close();
});
