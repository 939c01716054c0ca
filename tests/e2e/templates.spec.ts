import { expect, test } from '@playwright/test';
import { createWorkshopFromHome, expectNoAxeViolations, LAPTOP, newPage } from './fixtures.js';

/**
 * A template saved from the console is offered on the home page of the browser that saved
 * it, and to everyone else only when its author chose to share it.
 */
test('a saved template is offered to its own browser, and to others only when shared', async ({ browser }) => {
  const author = await newPage(browser, LAPTOP);
  await createWorkshopFromHome(author.page, 'Vårmöte i Väster');
  const panel = author.page.getByTestId('setup-panel');
  await panel.locator('summary').click();
  const save = async (name: string, shared: boolean) => {
    await author.page.getByLabel('Mallens namn').fill(name);
    await author.page.getByLabel(/Dela mallen med alla/).setChecked(shared);
    await author.page.getByRole('button', { name: 'Spara som mall' }).click();
    await expect(author.page.getByText(`Mallen ”${name}” är sparad.`)).toBeVisible();
  };
  await save('Egen mall', false);
  await expectNoAxeViolations(author.page, 'console with the template form');
  await save('Delad mall', true);

  const offered = async (page: import('@playwright/test').Page) => {
    await page.goto('/');
    const select = page.getByLabel('Mall', { exact: true });
    await expect(select.locator('option', { hasText: 'Delad mall' })).toHaveCount(1);
    return (await select.locator('option').allTextContents()).join('\n');
  };
  expect(await offered(author.page)).toMatch(/Egen mall/);
  const stranger = await newPage(browser, LAPTOP);
  expect(await offered(stranger.page)).not.toMatch(/Egen mall/);
  for (const ctx of [author, stranger]) await ctx.context.close();
});
