import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, joinAsParticipant, LAPTOP, newPage, PHONE, screenshot } from './fixtures.js';

/**
 * A series of meetings from the organiser's side: created on the home page, two meetings
 * made from the series page (the second bringing along the first one's top items),
 * people from overlapping associations joining each, and the series page adding them up
 * with each association counted once.
 */

/** Creates a series from the home page; returns its page's URL (with the key). */
async function createSeries(page: Page, title: string): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Seriens namn').fill(title);
  await page.getByRole('button', { name: 'Skapa serie' }).click();
  await page.waitForURL(/\/s\/[A-Za-z0-9_-]+#key=/);
  return page.url();
}

async function newMeeting(page: Page, title: string): Promise<string> {
  const form = page.getByRole('form', { name: 'Nytt möte i serien' });
  await form.getByLabel('Titel (valfritt)').fill(title);
  await form.getByRole('button', { name: 'Skapa mötet' }).click();
  await expect(form.getByRole('status')).toContainText(`Mötet ”${title}” är skapat.`);
  await expect(page.getByTestId('series-meeting').filter({ hasText: title })).toBeVisible();
  return (await form.getByRole('link', { name: 'Öppna styrpanelen' }).getAttribute('href')) ?? '';
}

/** The join code shown in a meeting's console (opened with the key this browser kept). */
async function codeOf(page: Page, consolePath: string, seriesUrl: string): Promise<string> {
  await page.goto(consolePath);
  const code = ((await page.getByTestId('join-code').textContent()) ?? '').replace(/\s/g, '');
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await page.goto(seriesUrl);
  return code;
}

test('an organiser runs a series: two meetings, overlapping associations, one summary', async ({ browser }) => {
  const { page } = await newPage(browser, LAPTOP);
  const seriesUrl = await createSeries(page, 'Dialogmöten våren 2017');
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogmöten våren 2017' })).toBeVisible();
  // Straight after creation the link with the key must be saved.
  await expect(page.getByRole('heading', { name: 'Spara länken till serien' })).toBeVisible();
  await expect(page.getByLabel('Seriens länk')).toHaveValue(seriesUrl);
  await expect(page.getByTestId('series-total-meetings')).toHaveText('0');
  // With no meeting yet there is nothing to bring along.
  await expect(page.getByLabel('Ta med från förra mötet')).toBeDisabled();

  const first = await newMeeting(page, 'Dialogmöte 1 – Väster');
  const firstCode = await codeOf(page, first, seriesUrl);
  await expect(page.getByLabel('Ta med från förra mötet')).toBeEnabled();
  await page.getByLabel('Ta med från förra mötet').selectOption({ label: 'De 2 främsta per princip' });
  const second = await newMeeting(page, 'Dialogmöte 2 – Centrum');
  const secondCode = await codeOf(page, second, seriesUrl);

  // "IFK Helsingborg" at both meetings, spelt differently: one association.
  for (const [code, association] of [
    [firstCode, 'IFK Helsingborg'],
    [firstCode, 'Röda Korset'],
    [secondCode, 'ifk  HELSINGBORG'],
    [secondCode, 'Scouterna']
  ] as const) {
    const phone = await newPage(browser, PHONE, true);
    await joinAsParticipant(phone.page, code, { association });
    await phone.context.close();
  }

  await page.getByRole('button', { name: 'Uppdatera' }).click();
  await expect(page.getByTestId('series-total-participants')).toHaveText('4');
  await expect(page.getByTestId('series-total-meetings')).toHaveText('2');
  await expect(page.getByTestId('series-total-associations')).toHaveText('3');
  // This browser created both meetings, so it holds their keys: both link to their consoles.
  await expect(page.getByRole('link', { name: /^Öppna styrpanelen för / })).toHaveCount(2);

  // A reload without the fragment still opens the page (the key is kept in this browser), now without the warning.
  await page.goto(seriesUrl.replace(/#.*$/, ''));
  await expect(page.getByTestId('series-total-associations')).toHaveText('3');
  await expect(page.getByRole('heading', { name: 'Spara länken till serien' })).toBeVisible();
  await expect(page.locator('.link.fresh')).toHaveCount(0);

  const update = page.getByRole('region', { name: 'Vad har hänt sedan sist?' });
  await update.getByLabel('Datum').fill('2017-04-20');
  await update.getByRole('textbox', { name: 'Vad har hänt? Svenska' }).fill('Arbetsgruppen har träffats.');
  await update.getByRole('button', { name: 'Lägg till uppdatering' }).click();
  await expect(update.getByText('Arbetsgruppen har träffats.')).toBeVisible();

  await expectNoAxeViolations(page, 'series page');
  await screenshot(page, 'series-laptop');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel (.xlsx)' }).click();
  expect((await download).suggestedFilename()).toBe('dialogmoten-varen-2017.xlsx');

  // A wrong key gets the same answer as a series that does not exist.
  const other = await newPage(browser, PHONE, true);
  await other.page.goto(seriesUrl.replace(/#key=.*/, '#key=' + 'x'.repeat(32)));
  await expect(other.page.getByTestId('series-problem')).toContainText('Fel nyckel');
  await other.page.goto(seriesUrl.replace(/#.*$/, ''));
  await expect(other.page.getByTestId('series-problem')).toContainText('Nyckel saknas');
  await expectNoAxeViolations(other.page, 'series page without key');

  // On a phone: no sideways scrolling, and the page passes axe there too.
  await other.page.goto(seriesUrl);
  await expect(other.page.getByTestId('series-total-meetings')).toHaveText('2');
  expect(await other.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await expectNoAxeViolations(other.page, 'series page on a phone');
  await screenshot(other.page, 'series-phone');
});

test('the home page offers the series form', async ({ browser }) => {
  const { page } = await newPage(browser, PHONE, true);
  await page.goto('/');
  await page.getByRole('button', { name: 'Skapa serie' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Skriv ett namn på serien.' })).toBeVisible();
  await expect(page.getByLabel('Seriens namn')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'home page with the series form');
});

test('a meeting whose key was changed is shown as needing to be attached again, and is attached again or removed', async ({ browser }) => {
  const { page } = await newPage(browser, LAPTOP);
  const seriesUrl = await createSeries(page, 'Nyckelbyte');
  const consolePath = await newMeeting(page, 'Mötet med ny nyckel');

  // "Byt nyckel" in the meeting's console: this browser keeps the new key.
  await page.goto(consolePath);
  const safety = page.getByRole('region', { name: 'Uppgifter och säkerhet' });
  await safety.getByRole('button', { name: 'Byt nyckel' }).click();
  await safety.getByRole('button', { name: 'Ja, byt nyckel' }).click();
  await expect(safety.getByLabel('Ny länk till styrpanelen')).toHaveValue(/#key=/);

  await page.goto(seriesUrl);
  const stale = page.getByTestId('series-stale');
  await expect(stale.getByRole('heading', { name: 'Möten som behöver kopplas igen' })).toBeVisible();
  await expect(page.getByTestId('series-meeting')).toHaveCount(0);
  await expect(page.getByTestId('series-total-meetings')).toHaveText('0');
  await expectNoAxeViolations(page, 'series page with a meeting to attach again');

  await stale.getByRole('button', { name: /^Koppla möte .* igen/ }).click();
  await expect(page.getByTestId('series-meeting').filter({ hasText: 'Mötet med ny nyckel' })).toBeVisible();
  await expect(page.getByTestId('series-stale')).toHaveCount(0);

  // Changed again, and this time removed from the series.
  await page.goto(consolePath);
  await safety.getByRole('button', { name: 'Byt nyckel' }).click();
  await safety.getByRole('button', { name: 'Ja, byt nyckel' }).click();
  await expect(safety.getByLabel('Ny länk till styrpanelen')).toHaveValue(/#key=/);
  await page.goto(seriesUrl);
  await page.getByTestId('series-stale').getByRole('button', { name: /^Ta bort möte .* ur serien$/ }).click();
  await expect(page.getByTestId('series-stale')).toHaveCount(0);
  await expect(page.getByTestId('series-meeting')).toHaveCount(0);
});
