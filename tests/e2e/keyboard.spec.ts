import { expect, test } from '@playwright/test';
import { createWorkshop, expectVisibleFocus, room, tabTo } from './a11y-helpers.js';
import { expectNoAxeViolations, LAPTOP, newPage, PHONE } from './fixtures.js';

/**
 * Keyboard only (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11): every step is Tab, Shift+Tab, Enter,
 * Space or an arrow key through page.keyboard; nothing is clicked or filled. Every
 * element focus passes on the way must show a focus ring of 2px or more, in view and
 * not covered. The other people in the room are sockets.
 */

test('a participant on a phone joins, posts, votes, takes the vote back and switches language by keyboard', async ({ browser, baseURL, request }) => {
  const created = await createWorkshop(request, 'Tangentbordsmöte – telefon');
  const people = await room(baseURL!, created);
  const { context, page } = await newPage(browser, PHONE, true);
  await page.goto(`/w/${created.code}`);
  await expect(page.getByRole('heading', { name: 'Gå med i mötet' })).toBeVisible();

  // The first Tab reaches the skip link; it shows itself and moves focus to the content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await expectVisibleFocus(page, 'skip link');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Join with a name.
  await tabTo(page, page.getByLabel('Ditt namn (valfritt)'), { step: 'join: name field' });
  await page.keyboard.type('Sara');
  await tabTo(page, page.getByRole('button', { name: 'Gå med' }), { step: 'join: button' });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('lobby')).toBeVisible();

  // Post: Space picks the first principle, an arrow key moves to the next (a radio group).
  await people.phase('samtal-1', 'collecting');
  const radios = page.getByRole('radio');
  await tabTo(page, radios.first(), { step: 'post: first principle' });
  await page.keyboard.press('Space');
  await expect(radios.first()).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(radios.nth(1)).toBeChecked();
  await expect(radios.nth(1)).toBeFocused();
  await expectVisibleFocus(page, 'post: arrow to the second principle');
  const mine = 'Vi vill bli tillfrågade innan beslut fattas';
  await tabTo(page, page.getByLabel('Din tolkning'), { step: 'post: text' });
  await page.keyboard.type(mine);
  const submit = page.getByRole('button', { name: 'Skicka' });
  await tabTo(page, submit, { step: 'post: send' });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('my-posts')).toContainText(mine);
  // Said aloud, and focus stays where it was.
  await expect(page.getByRole('status').filter({ hasText: 'Ditt inlägg har tagits emot.' })).toBeVisible();
  await expect(submit).toBeFocused();
  await expectVisibleFocus(page, 'post: after sending');

  // Vote for someone else's post, then take the vote back: one toggle, focus kept on it.
  const theirs = 'Regelbundna dialogmöten varje år';
  await people.post(theirs);
  await people.phase('samtal-1', 'voting');
  await expect(page.getByTestId('phase-announcement')).toContainText('Samtal 1: Röstning');
  const toggle = page.getByRole('button', { name: `Rösta på: ${theirs}` });
  await tabTo(page, toggle, { step: 'vote: cast' });
  await page.keyboard.press('Enter');
  const retract = page.getByRole('button', { name: `Ta tillbaka röst: ${theirs}` });
  await expect(retract).toHaveAttribute('aria-pressed', 'true');
  await expect(retract).toBeFocused();
  await expectVisibleFocus(page, 'vote: after casting');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toBeFocused();
  await expectVisibleFocus(page, 'vote: after taking it back');
  await page.keyboard.press('Enter');
  await expect(retract).toHaveAttribute('aria-pressed', 'true');

  // Change language: back up to the switch in the header, Enter; the page is English and
  // focus is still on the switch.
  const english = page.getByRole('button', { name: 'English' });
  await tabTo(page, english, { backwards: true, step: 'language: to English' });
  await page.keyboard.press('Enter');
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: `Take back vote: ${theirs}` })).toBeVisible();
  await expect(english).toBeFocused();
  await expectVisibleFocus(page, 'language: after switching');
  await expectNoAxeViolations(page, 'participant (voting, English, keyboard)');
  const swedish = page.getByRole('button', { name: 'Svenska' });
  await page.keyboard.press('Shift+Tab');
  await expect(swedish).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: `Ta tillbaka röst: ${theirs}` })).toBeVisible();

  // Results: announced, and the ranked list is reachable.
  await people.phase('samtal-1', 'results');
  await expect(page.getByTestId('phase-announcement')).toContainText('Samtal 1: Resultat');
  await expect(page.getByTestId('results')).toContainText(theirs);

  people.close();
  await context.close();
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test("the facilitator's main flow by keyboard: open a round, hide, merge, reveal", async ({ browser, baseURL, request }) => {
  const created = await createWorkshop(request, 'Tangentbordsmöte – styrpanel');
  const people = await room(baseURL!, created);
  const { context, page: f } = await newPage(browser, LAPTOP);
  await f.goto(`/f/${created.workshopId}#key=${created.key}`);
  await expect(f.getByTestId('join-code')).toBeVisible();

  // Open Samtal 1 for writing.
  const collecting = f.getByRole('button', { name: 'Samtal 1: Insamling', exact: true });
  await tabTo(f, collecting, { step: 'open the round', max: 250 });
  await f.keyboard.press('Enter');
  await expect(collecting).toHaveAttribute('aria-pressed', 'true');
  await expect(collecting).toBeFocused();
  await expectVisibleFocus(f, 'after opening the round');

  const p1 = 'Staden lyssnar på föreningarna innan beslut fattas';
  const p2 = 'Att staden lyssnar på föreningar innan besluten fattas';
  const spam = 'Köp billiga klockor här';
  for (const text of [p1, p2, spam]) await people.post(text);
  const modPost = (text: string) => f.getByTestId('mod-post').filter({ has: f.getByText(text, { exact: true }) });
  await expect(modPost(spam)).toHaveCount(1);
  // The console suggests merging the two alike: wait for it, so the list stands still.
  await expect(f.getByTestId('mod-suggestions').getByRole('button', { name: /^Slå ihop de här/ })).toHaveCount(1);

  // Hide the post that does not belong; focus stays on the (relabelled) button.
  await tabTo(f, f.getByRole('button', { name: `Dölj: ${spam}` }), { step: 'hide', max: 250 });
  await f.keyboard.press('Enter');
  const unhide = f.getByRole('button', { name: `Visa igen: ${spam}` });
  await expect(unhide).toBeVisible();
  await expect(unhide).toBeFocused();
  await expectVisibleFocus(f, 'after hiding');

  // Merge the two that say the same: tick both with Space, then the merge bar's button.
  await tabTo(f, f.getByRole('checkbox', { name: `Välj för sammanslagning: ${p1}` }), { step: 'merge: first', max: 250 });
  await f.keyboard.press('Space');
  await tabTo(f, f.getByRole('checkbox', { name: `Välj för sammanslagning: ${p2}` }), { step: 'merge: second', max: 250 });
  await f.keyboard.press('Space');
  const bar = f.getByTestId('mod-merge-bar');
  await expect(bar).toBeVisible();
  await tabTo(f, bar.getByRole('button', { name: 'Slå ihop', exact: true }), { step: 'merge: button', max: 250 });
  await f.keyboard.press('Enter');
  await expect(bar).toHaveCount(0);
  await expect(f.getByRole('checkbox', { name: new RegExp(`Välj för sammanslagning: ${escape(p2)}`) })).toHaveCount(0);
  await expectVisibleFocus(f, 'after merging');

  // Voting, then reveal the results: the phase buttons again, by keyboard.
  const voting = f.getByRole('button', { name: 'Samtal 1: Röstning', exact: true });
  await tabTo(f, voting, { backwards: true, step: 'voting', max: 250 });
  await f.keyboard.press('Enter');
  await expect(voting).toHaveAttribute('aria-pressed', 'true');
  const results = f.getByRole('button', { name: 'Samtal 1: Resultat', exact: true });
  await tabTo(f, results, { step: 'reveal' });
  await f.keyboard.press('Space');
  await expect(results).toHaveAttribute('aria-pressed', 'true');
  await expect(results).toBeFocused();
  await expectVisibleFocus(f, 'after revealing');
  await expect(f.getByTestId('phase-control')).toContainText('Samtal 1');
  await expectNoAxeViolations(f, 'console (results, keyboard)');

  people.close();
  await context.close();
});
