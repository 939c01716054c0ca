import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const PHONE = { width: 360, height: 740 };
export const PROJECTOR = { width: 1920, height: 1080 };
export const LAPTOP = { width: 1280, height: 900 };

/** Every page must pass axe's WCAG 2.2 A/AA rules with no violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

const shotsDir = 'tests/e2e/screenshots';
/** Screenshots to look at (git-ignored): every page at the size it is used at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: true });
}

export async function newPage(browser: Browser, viewport: { width: number; height: number }, mobile = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile, locale: 'sv-SE' });
  const page = await context.newPage();
  // Nothing on any page may throw.
  page.on('pageerror', (error) => {
    throw error;
  });
  return { context, page };
}

/** Creates a workshop from the home page and returns the console page and join code. */
export async function createWorkshopFromHome(page: Page, title: string): Promise<{ code: string; consoleUrl: string }> {
  await page.goto('/');
  await page.getByLabel('Titel (valfritt)').fill(title);
  await page.getByRole('button', { name: 'Skapa workshop' }).click();
  await page.waitForURL(/\/f\/[A-Za-z0-9_-]+#key=/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const code = ((await page.getByTestId('join-code').textContent()) ?? '').replace(/\s/g, '');
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  return { code, consoleUrl: page.url() };
}

export async function joinAsParticipant(page: Page, code: string, profile: { name?: string; association?: string } = {}): Promise<void> {
  await page.goto(`/w/${code}`);
  if (profile.name) await page.getByLabel('Ditt namn (valfritt)').fill(profile.name);
  if (profile.association) await page.getByLabel('Förening (valfritt)').fill(profile.association);
  await page.getByRole('button', { name: 'Gå med' }).click();
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
}

export async function setPhase(facilitator: Page, name: string): Promise<void> {
  const button = facilitator.getByRole('button', { name, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

export async function postInterpretation(page: Page, principle: string, text: string): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${principle}`) }).check();
  await page.getByLabel('Din tolkning').fill(text);
  await page.getByRole('button', { name: 'Skicka' }).click();
  await expect(page.getByTestId('my-posts')).toContainText(text);
}

export async function postActivity(page: Page, principles: string[], text: string): Promise<void> {
  for (const principle of principles) await page.getByRole('checkbox', { name: new RegExp(`^${principle}`) }).check();
  await page.getByLabel('Din aktivitet').fill(text);
  await page.getByRole('button', { name: 'Skicka' }).click();
  await expect(page.getByTestId('my-posts')).toContainText(text);
}

/**
 * Phones show one principle at a time while voting and in results: this picks the one
 * (by its id) in the stepper's list.
 */
export async function showPrinciple(page: Page, topicId: string): Promise<void> {
  await page.getByTestId('topic-stepper').getByRole('combobox').selectOption(topicId);
}

/** Steps through the principles until `target` is on screen (the post's principle is not always known to a test). */
export async function findAcrossPrinciples(page: Page, target: Locator): Promise<void> {
  if (await target.isVisible()) return;
  const stepper = page.getByTestId('topic-stepper').getByRole('combobox');
  for (const value of await stepper.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))) {
    await stepper.selectOption(value);
    if (await target.isVisible()) return;
  }
  await expect(target).toBeVisible();
}

/** Opens "Mina uppgifter" (profile, sign-up, deleting one's data) on a phone. */
export async function openMyDetails(page: Page): Promise<void> {
  const details = page.getByTestId('my-details');
  if ((await details.getAttribute('open')) === null) await details.locator(':scope > summary').click();
  await expect(details).toHaveAttribute('open', '');
}

export async function vote(page: Page, text: string): Promise<void> {
  const button = page.getByRole('button', { name: `Rösta på: ${text}` });
  await findAcrossPrinciples(page, button);
  await button.click();
  await expect(page.getByRole('button', { name: `Ta tillbaka röst: ${text}` })).toHaveAttribute('aria-pressed', 'true');
}

/**
 * The pages' Content-Security-Policy allows scripts only from the app's origin or by the
 * hash of SvelteKit's start-up script — no inline or eval'd code, no other origins —
 * and connections only to the app's own origin (its socket, and Vite's HMR socket in dev).
 */
export function expectStrictPageCsp(header: string | undefined): void {
  const directives = new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources])
  );
  const scripts = directives.get('script-src') ?? [];
  expect(scripts).toContain("'self'");
  expect(scripts.filter((source) => source !== "'self'" && !/^'sha256-[A-Za-z0-9+/=]+'$/.test(source))).toEqual([]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  // Framed only by its own pages (the console's projector thumbnail).
  expect(directives.get('frame-ancestors')).toEqual(["'self'"]);
}
