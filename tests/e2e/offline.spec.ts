import { expect, test, type Page } from '@playwright/test';
import { createWorkshopFromHome, joinAsParticipant, LAPTOP, newPage, PHONE, setPhase } from './fixtures.js';

/**
 * Phones lose the network in real rooms. A post or vote made offline is kept (in memory
 * and in localStorage) and sent with its original id when the connection returns — also
 * by a page opened later, after the one that queued it was closed. The server applies
 * each once.
 */
test('posts and votes made offline arrive exactly once, also after the page is closed', async ({ browser }) => {
  const console_ = await newPage(browser, LAPTOP);
  const f = console_.page;
  const { code } = await createWorkshopFromHome(f, 'Dialogmöte med dålig täckning');
  const phone = await newPage(browser, PHONE, true);
  let page: Page = phone.page;
  await joinAsParticipant(page, code);
  await setPhase(f, 'Samtal 1: Insamling');
  await expect(page.getByLabel('Din tolkning')).toBeVisible();

  const modPosts = (text: string) => f.getByTestId('mod-post').filter({ hasText: text });
  const status = () => page.getByTestId('connection-status');

  // 1. Offline, post, back online in the same page.
  await phone.context.setOffline(true);
  await expect(status()).toHaveAttribute('data-status', /reconnecting|offline/);
  const first = 'Skrivet i källaren utan nät';
  await page.getByRole('radio', { name: /^Dialog/ }).check();
  await page.getByLabel('Din tolkning').fill(first);
  await page.getByRole('button', { name: 'Skicka' }).click();
  await expect(page.getByTestId('my-posts')).toContainText('Inte skickat än');
  await expect(modPosts(first)).toHaveCount(0);
  await phone.context.setOffline(false);
  await expect(status()).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('my-posts')).not.toContainText('Inte skickat än');
  await expect(modPosts(first)).toHaveCount(1);

  // 2. Offline, post, the page is closed; a page opened later (online) sends it.
  await phone.context.setOffline(true);
  await expect(status()).toHaveAttribute('data-status', /reconnecting|offline/);
  const second = 'Skrivet på bussen – skickas senare';
  await page.getByRole('radio', { name: /^Mångfald/ }).check();
  await page.getByLabel('Din tolkning').fill(second);
  await page.getByRole('button', { name: 'Skicka' }).click();
  await expect(page.getByTestId('my-posts')).toContainText('Inte skickat än');
  await page.close();
  await phone.context.setOffline(false);
  page = await phone.context.newPage();
  await page.goto(`/w/${code}`);
  await expect(status()).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('my-posts')).toContainText(second);
  await expect(modPosts(second)).toHaveCount(1);
  await expect(modPosts(first)).toHaveCount(1);

  // 3. A vote made offline counts once, even though the page that made it is gone.
  const other = await newPage(browser, PHONE, true);
  await joinAsParticipant(other.page, code);
  const theirs = 'Dialog betyder att båda parter kan ta initiativ';
  await other.page.getByRole('radio', { name: /^Dialog/ }).check();
  await other.page.getByLabel('Din tolkning').fill(theirs);
  await other.page.getByRole('button', { name: 'Skicka' }).click();
  await expect(modPosts(theirs)).toHaveCount(1);
  await setPhase(f, 'Samtal 1: Röstning');
  await expect(page.getByTestId('votes-left-dialog')).toContainText('3 av 3 röster kvar');
  await phone.context.setOffline(true);
  await expect(status()).toHaveAttribute('data-status', /reconnecting|offline/);
  await page.getByRole('button', { name: `Rösta på: ${theirs}` }).click();
  await page.close();
  await phone.context.setOffline(false);
  page = await phone.context.newPage();
  await page.goto(`/w/${code}`);
  await expect(status()).toHaveAttribute('data-status', 'connected');
  await expect(page.getByRole('button', { name: `Ta tillbaka röst: ${theirs}` })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('votes-left-dialog')).toContainText('2 av 3 röster kvar');
  await expect(modPosts(theirs)).toContainText('1 röst');
  // Reloading again re-sends nothing: still one vote.
  await page.reload();
  await expect(status()).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('votes-left-dialog')).toContainText('2 av 3 röster kvar');
  await expect(modPosts(theirs)).toContainText('1 röst');

  for (const ctx of [console_, phone, other]) await ctx.context.close();
});
