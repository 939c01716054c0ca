import { expect, test } from '@playwright/test';
import { createWorkshopFromHome, expectStrictPageCsp, joinAsParticipant, LAPTOP, newPage, PHONE, PROJECTOR } from './fixtures.js';

/**
 * Pages make no request to any other origin and run under a Content-Security-Policy
 * without violating it (a violation would also break the page: inline scripts are only
 * allowed by hash).
 */
test('every page loads only from its own origin, under a CSP it does not violate', async ({ browser, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  const watch = (page: import('@playwright/test').Page) => {
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return; // data: URLs
      if (`${url.protocol.replace('ws', 'http')}//${url.host}` !== origin) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
  };

  const f = await newPage(browser, LAPTOP);
  watch(f.page);
  const home = await f.page.goto('/');
  // The production build: the same strict policy `npm run dev` sends (dev-server.spec.ts).
  expectStrictPageCsp(home?.headers()['content-security-policy']);
  expect(home?.headers()['x-content-type-options']).toBe('nosniff');
  const { code } = await createWorkshopFromHome(f.page, 'Säkerhetsgenomgång');

  const s = await newPage(browser, PROJECTOR);
  watch(s.page);
  await s.page.goto(`/w/${code}/screen`);
  await expect(s.page.getByTestId('screen-code')).toBeVisible();

  const p = await newPage(browser, PHONE, true);
  watch(p.page);
  await joinAsParticipant(p.page, code);
  await p.page.getByRole('button', { name: 'English' }).click();
  await expect(p.page.getByRole('button', { name: 'Svenska' })).toBeVisible();

  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
  const api = await f.page.request.get('/api/templates');
  expect(api.headers()['content-security-policy']).toContain("default-src 'none'");
  for (const ctx of [f, s, p]) await ctx.context.close();
});
