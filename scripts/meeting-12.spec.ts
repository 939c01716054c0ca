import { expect, test } from '@playwright/test';
import { createWorkshopFromHome, joinAsParticipant, LAPTOP, newPage, PHONE, postInterpretation, screenshot, setPhase, showPrinciple, vote } from '../tests/e2e/fixtures.js';

/**
 * A normal meeting of twelve phones, to look at (not a CI test): run with
 * `E2E_PORT=4391 npx playwright test --config scripts/meeting-12.config.ts` on the built
 * app. Every phone writes an interpretation in Samtal 1 and votes; the last phone reads in
 * Arabic. Screenshots in tests/e2e/screenshots/meeting-12-*.png: a phone voting in Swedish
 * and in Arabic (360×740), the projector's results (1280×720).
 */
const PRINCIPLES = [
  ['Självständighet', 'sjalvstandighet'],
  ['Dialog', 'dialog'],
  ['Kvalitet', 'kvalitet'],
  ['Långsiktighet', 'langsiktighet'],
  ['Öppenhet', 'oppenhet'],
  ['Mångfald', 'mangfald']
] as const;
const PHONES = 12;
const textOf = (i: number) => `Tolkning ${i + 1}: ${['att staden lyssnar innan beslut', 'regelbundna dialogmöten varje år', 'tydliga regler för bidrag', 'planering över flera år', 'öppna protokoll och underlag', 'alla ska känna sig välkomna'][i % 6]}`;

test('twelve phones through Samtal 1, with a projector', async ({ browser }) => {
  test.setTimeout(600_000);
  const console_ = await newPage(browser, LAPTOP);
  const f = console_.page;
  const { code } = await createWorkshopFromHome(f, 'Dialogmöte – tolv telefoner');
  const projector = await newPage(browser, { width: 1280, height: 720 });
  const s = projector.page;
  await s.goto(`/w/${code}/screen`);
  await expect(s.getByTestId('screen-code')).toBeVisible();

  const phones = [];
  for (let i = 0; i < PHONES; i++) {
    const phone = await newPage(browser, PHONE, true);
    await joinAsParticipant(phone.page, code, { name: `Deltagare ${i + 1}`, association: `Förening ${(i % 4) + 1}` });
    phones.push(phone.page);
  }
  await expect(s.getByTestId('screen-joined')).toContainText(String(PHONES));
  const arabic = phones[PHONES - 1]!;
  await arabic.getByRole('button', { name: 'العربية' }).click();
  await expect(arabic.locator('html')).toHaveAttribute('dir', 'rtl');

  await setPhase(f, 'Samtal 1: Insamling');
  for (let i = 0; i < PHONES - 1; i++) await postInterpretation(phones[i]!, PRINCIPLES[i % 6]![0], textOf(i));
  await expect(s.getByTestId('screen-board')).toContainText(textOf(PHONES - 2));

  await setPhase(f, 'Samtal 1: Röstning');
  // Each Swedish phone votes for the next two phones' posts; the Arabic phone for the first.
  for (let i = 0; i < PHONES - 1; i++) for (const j of [(i + 1) % (PHONES - 1), (i + 2) % (PHONES - 1)]) await vote(phones[i]!, textOf(j));
  await showPrinciple(phones[0]!, 'dialog');
  await screenshot(phones[0]!, 'meeting-12-phone-voting-sv');
  await showPrinciple(arabic, 'sjalvstandighet');
  await arabic.getByRole('button', { name: `صوّت لـ: ${textOf(0)}` }).click();
  await expect(arabic.getByRole('button', { name: `استرجع الصوت: ${textOf(0)}` })).toHaveAttribute('aria-pressed', 'true');
  await screenshot(arabic, 'meeting-12-phone-voting-ar');
  await screenshot(s, 'meeting-12-projector-voting');

  await setPhase(f, 'Samtal 1: Resultat');
  await expect(s.getByTestId('screen-results')).toContainText(textOf(0));
  // The bars grow one after another: wait until they have.
  await s.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  await screenshot(s, 'meeting-12-projector-results');
  await showPrinciple(phones[0]!, 'sjalvstandighet');
  await expect(phones[0]!.getByTestId('results')).toContainText(textOf(0));
  await screenshot(phones[0]!, 'meeting-12-phone-results-sv');
});
