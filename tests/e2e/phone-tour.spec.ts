import { test } from '@playwright/test';
import { appendFileSync, mkdirSync } from 'node:fs';
import { newPage, PHONE } from './fixtures.js';
import { walkPhonePhases } from './phone-phases.js';

/**
 * Not an assertion: screenshots of every phase on a 360×740 phone in each language, and
 * each page's height, for people to look at (tests/e2e/screenshots, git-ignored).
 * Runs only with PHONE_TOUR=1.
 */
const dir = 'tests/e2e/screenshots/phone-tour';

for (const lang of ['sv', 'en', 'ar'] as const) {
  test(`phone tour in ${lang}`, async ({ browser, baseURL }) => {
    test.skip(!process.env.PHONE_TOUR, 'set PHONE_TOUR=1 to take the tour');
    mkdirSync(dir, { recursive: true });
    const { context, page } = await newPage(browser, PHONE, true);
    await walkPhonePhases(page, context.request, baseURL!, lang, async (phase) => {
      // Let fonts and late layout settle before measuring.
      await page.evaluate(() => document.fonts.ready);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      appendFileSync(`${dir}/heights.tsv`, `${process.env.PHONE_TOUR}\t${lang}\t${phase}\t${height}\n`);
      await page.screenshot({ path: `${dir}/${lang}-${phase}.png` });
      await page.screenshot({ path: `${dir}/${lang}-${phase}-full.png`, fullPage: true });
    });
    await context.close();
  });
}
