import { expect, test } from '@playwright/test';
import { expectVisibleFocus, tabTo } from './a11y-helpers.js';
import { expectNoAxeViolations, LAPTOP, newPage, PHONE, screenshot } from './fixtures.js';

/**
 * The accessibility statement (/tillganglighet): reached from every page's footer, in
 * Swedish and English, with the operator's contact from the server's configuration, and a
 * "report a problem" form whose reports the operator reads at /tillganglighet/rapporter
 * with OPERATOR_KEY. The default e2e server sets no OPERATOR_* (the statement then names no
 * one and the list is switched off); a run with E2E_OPERATOR_KEY set also reads the list.
 */
const operatorKey = process.env.E2E_OPERATOR_KEY ?? '';

test('the statement is linked from the footer and follows the model of a tillgänglighetsredogörelse', async ({ browser, request }) => {
  const operator = (await (await request.get('/api/operator')).json()) as { name: string | null; email: string | null; phone: string | null };
  const { context, page } = await newPage(browser, PHONE, true);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Välkommen till Samråd' })).toBeVisible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighet' }).click();
  await expect(page).toHaveURL(/\/tillganglighet$/);
  await expect(page).toHaveTitle(/^Tillgänglighetsredogörelse/);

  const intro = page.getByRole('main').locator('p').first();
  await expect(intro).toContainText(`${operator.name ?? 'Den organisation som driver den här servern'} står bakom den här webbplatsen.`);
  await expect(intro).toContainText('lagen (2018:1937) om tillgänglighet till digital offentlig service');
  for (const heading of [
    'Hur tillgänglig är webbplatsen?',
    'Vad kan du göra om du inte kan använda delar av webbplatsen?',
    'Rapportera brister i webbplatsens tillgänglighet',
    'Tillsynsmyndighet',
    'Teknisk information om webbplatsens tillgänglighet',
    'Innehåll som inte är tillgängligt',
    'Hur vi testat webbplatsen'
  ])
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await expect(page.getByTestId('compliance')).toContainText('delvis förenlig');
  await expect(page.getByTestId('known-gaps').locator('li')).not.toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Anmäl bristande tillgänglighet till Digg' })).toHaveAttribute('href', 'https://www.digg.se/tdosanmalan');
  await expect(page.getByText(/Senaste bedömningen gjordes den \d+ \w+ \d{4}\./)).toBeVisible();
  const contact = page.getByTestId('operator-contact');
  if (operator.email) await expect(contact.getByRole('link', { name: operator.email })).toHaveAttribute('href', `mailto:${operator.email}`);
  else await expect(contact).toContainText('Fråga mötesledaren på plats');
  await expectNoAxeViolations(page, 'accessibility statement');
  await screenshot(page, 'a11y-statement-phone');

  // English, one press away.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement for Samråd');
  await expect(page.getByTestId('compliance')).toContainText('partially compliant');
  await expectNoAxeViolations(page, 'accessibility statement (English)');
  await context.close();

  // The footer link is on the pages people use: home, phone, console, privacy.
  const laptop = await newPage(browser, LAPTOP);
  for (const path of ['/', '/w/QQQQQQ', '/integritet', '/tillganglighet/rapporter']) {
    await laptop.page.goto(path);
    await expect(laptop.page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighet' }), path).toHaveAttribute('href', '/tillganglighet');
  }
  await laptop.page.goto('/tillganglighet');
  await expect(laptop.page.getByTestId('report-form')).toBeVisible();
  await screenshot(laptop.page, 'a11y-statement-laptop');
  await laptop.context.close();
});

test('a problem is reported with the keyboard, and the operator reads it', async ({ browser }) => {
  const { context, page } = await newPage(browser, PHONE, true);
  await page.goto('/tillganglighet');
  const form = page.getByTestId('report-form');
  await expect(form).toBeVisible();

  // Sent empty: the error is said on the field, which gets focus.
  await tabTo(page, form.getByRole('button', { name: 'Skicka rapporten' }), { step: 'report: send empty' });
  await page.keyboard.press('Enter');
  const what = form.getByLabel('Vad hände?');
  await expect(what).toBeFocused();
  await expect(what).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Skriv vad som hände.')).toBeVisible();
  await expectVisibleFocus(page, 'report: the empty field');
  await expectNoAxeViolations(page, 'accessibility statement (form error)');

  const text = `Röstknappen läses upp utan namn i TalkBack (${Date.now()})`;
  await page.keyboard.type(text);
  await tabTo(page, form.getByLabel('Sida eller adress (valfritt)'), { step: 'report: where' });
  await page.keyboard.type('/w/K7M4QX');
  // Contact given, consent not: refused on the consent box, never sent.
  await tabTo(page, form.getByLabel('E-post eller telefon'), { step: 'report: contact' });
  await page.keyboard.type('omar@example.se');
  await tabTo(page, form.getByRole('button', { name: 'Skicka rapporten' }), { step: 'report: send without consent' });
  await page.keyboard.press('Enter');
  const consent = form.getByRole('checkbox', { name: /^Jag samtycker/ });
  await expect(consent).toBeFocused();
  await expect(form.getByText(/^Kryssa i rutan om samtycke/)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(consent).toBeChecked();
  await tabTo(page, form.getByRole('button', { name: 'Skicka rapporten' }), { step: 'report: send' });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('report-outcome')).toContainText('Tack! Din rapport har kommit fram. Vi svarar dig så snart vi kan.');
  await expect(what).toHaveValue('');
  await expect(consent).not.toBeChecked();
  await expectNoAxeViolations(page, 'accessibility statement (report sent)');
  await screenshot(page, 'a11y-report-sent-phone');

  // The operator's page: the key is asked for; without OPERATOR_KEY the list is off and says so.
  await page.goto('/tillganglighet/rapporter');
  const key = page.getByLabel('Operatörsnyckel');
  await key.fill('not-the-operator-key-at-all');
  await page.getByRole('button', { name: 'Visa rapporter' }).click();
  const status = page.getByTestId('reports-status');
  if (!operatorKey) {
    await expect(status).toContainText('Listan är avstängd på den här servern');
    await expectNoAxeViolations(page, 'accessibility reports (switched off)');
  } else {
    await expect(status).toContainText('Nyckeln stämmer inte.');
    await key.fill(operatorKey);
    await page.getByRole('button', { name: 'Visa rapporter' }).click();
    const report = page.getByTestId('report').filter({ hasText: text });
    await expect(report).toContainText('/w/K7M4QX');
    await expect(report).toContainText('omar@example.se');
    await expect(report).toContainText('Ett problem med tillgängligheten');
    await expectNoAxeViolations(page, 'accessibility reports (listed)');
    await screenshot(page, 'a11y-reports-phone');
  }
  await context.close();
});
