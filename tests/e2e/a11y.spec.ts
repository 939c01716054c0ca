import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, expectNoHorizontalScroll, room } from './a11y-helpers.js';
import { walkParticipantStates } from './a11y-states.js';
import { expectNoAxeViolations, PHONE, PROJECTOR } from './fixtures.js';

/**
 * What axe cannot see, measured in the browser: reflow at 320 px (WCAG 1.4.10), 200 %
 * zoom (1.4.4), touch targets of 44 × 44 px (2.5.5/2.5.8, the brief's bar), reduced motion
 * (2.3.3), and text contrast of 7:1 on the projector (1.4.6, for the back of the room).
 */

/** Text cut off by an `overflow: hidden` box or an ellipsis: content lost at this size. */
async function expectNothingClipped(page: Page, state: string): Promise<void> {
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *, header *')].flatMap((el) => {
      const style = getComputedStyle(el);
      const hides = /hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis';
      if (!hides || el.clientWidth <= 2 || el.clientHeight <= 2 || !el.textContent?.trim()) return [];
      return el.scrollWidth > el.clientWidth + 1 ? [`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent.trim().slice(0, 30)}"`] : [];
    })
  );
  expect(clipped, `${state}: text cut off`).toEqual([]);
}

/**
 * Every control a finger can hit, at least 44 × 44 CSS px. A checkbox or radio button is
 * hit through its label too, so its target is the box around both.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)].flatMap((el) => {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('[inert]')) return [];
      let box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return [];
      const label = el instanceof HTMLInputElement && /checkbox|radio/.test(el.type) ? el.labels?.[0] : undefined;
      if (label) {
        const l = label.getBoundingClientRect();
        const left = Math.min(box.left, l.left);
        const top = Math.min(box.top, l.top);
        box = new DOMRect(left, top, Math.max(box.right, l.right) - left, Math.max(box.bottom, l.bottom) - top);
      }
      if (box.width >= 43.5 && box.height >= 43.5) return [];
      const name = el.getAttribute('aria-label') ?? (label ?? el).textContent?.trim().slice(0, 30) ?? '';
      return [`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`];
    });
  });
}

/** CSS animations and transitions running now (document.getAnimations()). */
const runningAnimations = (page: Page) =>
  page.evaluate(() =>
    document
      .getAnimations()
      .filter((a) => a.playState === 'running')
      .map((a) => `${a.constructor.name} ${(a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? ''}`)
  );

test('at 320 px wide nothing scrolls sideways or is cut off, in every state a participant reaches', async ({ browser, baseURL, request }) => {
  const created = await createWorkshop(request, 'Smal skärm – ett möte med en lång titel som måste radbrytas snyggt');
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, locale: 'sv-SE' });
  const page = await context.newPage();
  await walkParticipantStates(context, page, baseURL!, created, async (state) => {
    await expectNoHorizontalScroll(page, `320 px, ${state}`);
    await expectNothingClipped(page, `320 px, ${state}`);
  });
  await context.close();
});

/**
 * 200 % zoom the way a browser does it: Ctrl + on a 1280 × 900 window leaves a CSS
 * viewport of 640 × 450 at twice the device pixels, and media queries see 640 px. That
 * is emulated exactly by the viewport and deviceScaleFactor (CSS `zoom` would scale the
 * page without changing the viewport the layout responds to). Participants and the
 * console must keep all content and function: the walk posts, votes and answers.
 */
test('at 200 % zoom the phone pages and the console keep their content and function', async ({ browser, baseURL, request }) => {
  const created = await createWorkshop(request, 'Förstorat möte');
  const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, locale: 'sv-SE' });
  const page = await context.newPage();
  await walkParticipantStates(context, page, baseURL!, created, async (state) => {
    await expectNoHorizontalScroll(page, `200 %, ${state}`);
    await expectNothingClipped(page, `200 %, ${state}`);
  });

  const console_ = await createWorkshop(request, 'Förstorad styrpanel');
  const people = await room(baseURL!, console_);
  await page.goto(`/f/${console_.workshopId}#key=${console_.key}`);
  await expect(page.getByTestId('join-code')).toBeVisible();
  await expectNoHorizontalScroll(page, '200 %, console (lobby)');
  await expectNothingClipped(page, '200 %, console (lobby)');
  await page.getByRole('button', { name: 'Samtal 1: Insamling', exact: true }).click();
  // The console marks the phase once the server has it; only then may the room write.
  await expect(page.getByRole('button', { name: 'Samtal 1: Insamling', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await people.post('Staden lyssnar på föreningarna innan beslut fattas');
  await expect(page.getByTestId('mod-post')).toHaveCount(1);
  await expectNoHorizontalScroll(page, '200 %, console (collecting)');
  await expectNothingClipped(page, '200 %, console (collecting)');
  await page.getByRole('button', { name: 'Samtal 1: Resultat', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Samtal 1: Resultat', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expectNoHorizontalScroll(page, '200 %, console (results)');
  people.close();
  await context.close();
});

test('on a phone every state passes axe and has touch targets of at least 44 × 44 px', async ({ browser, baseURL, request }) => {
  test.slow(); // axe in every state takes its time
  const created = await createWorkshop(request, 'Stora knappar');
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'sv-SE' });
  const page = await context.newPage();
  const found: string[] = [];
  await walkParticipantStates(context, page, baseURL!, created, async (state) => {
    await expectNoAxeViolations(page, `phone, ${state}`);
    for (const small of await smallTargets(page)) found.push(`${state}: ${small}`);
  });
  expect(found).toEqual([]);
  await context.close();
});

test('with reduced motion nothing moves, on the phone or the projector', async ({ browser, baseURL, request }) => {
  // The control: without the preference, the projector's results bars do grow in.
  const created = await createWorkshop(request, 'Lugnt möte');
  const people = await room(baseURL!, created);
  const moving = await browser.newContext({ viewport: PROJECTOR, locale: 'sv-SE' });
  const screen = await moving.newPage();
  await screen.goto(`/w/${created.code}/screen`);
  await expect(screen.getByTestId('screen-code')).toBeVisible();
  await people.phase('samtal-1', 'collecting');
  await people.post('Regelbundna dialogmöten varje år');
  await people.post('Att föreningar själva bestämmer över verksamheten', ['sjalvstandighet']);
  await people.phase('samtal-1', 'voting');
  await people.vote('Regelbundna dialogmöten varje år');
  await people.phase('samtal-1', 'results');
  await expect(screen.getByTestId('screen-results')).toBeVisible();
  expect(await runningAnimations(screen)).not.toEqual([]);
  await moving.close();

  const calm = await browser.newContext({ viewport: PROJECTOR, locale: 'sv-SE', reducedMotion: 'reduce' });
  const still = await calm.newPage();
  await still.goto(`/w/${created.code}/screen`);
  await expect(still.getByTestId('screen-results')).toBeVisible();
  expect(await runningAnimations(still)).toEqual([]);
  people.close();
  await calm.close();

  const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'sv-SE', reducedMotion: 'reduce' });
  const page = await phone.newPage();
  await walkParticipantStates(phone, page, baseURL!, await createWorkshop(request, 'Lugnt möte på telefonen'), async (state) => {
    expect(await runningAnimations(page), `reduced motion, ${state}`).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), state).toBe('auto');
  });
  await phone.close();
});

/**
 * The contrast of every piece of text on the projector against what is behind it
 * (backgrounds composited from the root down, opacity included), WCAG's formula.
 */
async function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rgba = { r: number; g: number; b: number; a: number };
    // Computed colours come as rgb()/rgba(), or color(srgb …) for colours written that way.
    const parse = (color: string): Rgba | null => {
      const m = /^rgba?\(([^)]+)\)$/.exec(color) ?? /^color\(srgb ([^)]+)\)$/.exec(color);
      if (!m) return null;
      const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return color.startsWith('color') ? { r: r * 255, g: g * 255, b: b * 255, a } : { r, g, b, a };
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1
    });
    const luminance = ({ r, g, b }: Rgba) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const seen = new Set<Element>();
    const low: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent?.trim()) continue;
      seen.add(el);
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width <= 2 || rect.height <= 2 || style.visibility === 'hidden' || el.closest('svg')) continue;
      const chain: Element[] = [];
      for (let n: Element | null = el; n; n = n.parentElement) chain.unshift(n);
      let background: Rgba = { r: 255, g: 255, b: 255, a: 1 };
      let opacity = 1;
      let image = false;
      for (const n of chain) {
        const s = getComputedStyle(n);
        opacity *= Number(s.opacity);
        if (s.backgroundImage !== 'none') image = true;
        const bg = parse(s.backgroundColor);
        if (!bg) image = true; // a colour this check cannot read: reported, not guessed
        else if (bg.a > 0) background = over(bg, background);
      }
      const text = parse(style.color);
      if (!text) {
        low.push(`${el.tagName.toLowerCase()} "${node.textContent.trim().slice(0, 30)}": colour ${style.color} not measured`);
        continue;
      }
      const fg = over({ ...text, a: text.a * opacity }, background);
      const [light, dark] = [luminance(fg), luminance(background)].sort((x, y) => y - x) as [number, number];
      const ratio = (light + 0.05) / (dark + 0.05);
      if (ratio < 7 || image) low.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${node.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1${image ? ' (on an image)' : ''}`);
    }
    return low;
  });
}

test('projector text has a contrast of at least 7:1 in every view', async ({ browser, baseURL, request }) => {
  const created = await createWorkshop(request, 'Kontrast på storbilden');
  const people = await room(baseURL!, created);
  const { facilitator } = people;
  const context = await browser.newContext({ viewport: PROJECTOR, locale: 'sv-SE', reducedMotion: 'reduce' });
  const s = await context.newPage();
  await s.goto(`/w/${created.code}/screen`);
  await expect(s.getByTestId('screen-code')).toBeVisible();
  const found: string[] = [];
  const check = async (view: string) => {
    await s.waitForTimeout(300);
    for (const low of await lowContrastText(s)) found.push(`${view}: ${low}`);
  };
  const mode = async (view: string, extra: object = {}) => expect((await facilitator.send('screen:mode', { mode: { view, ...extra } })).ok).toBe(true);
  await check('lobby');

  await expect((await facilitator.send('agenda:current', { itemId: 'samtal-1' })).ok).toBe(true);
  await people.phase('samtal-1', 'collecting');
  for (const [text, topic] of [
    ['Staden lyssnar på föreningarna innan beslut fattas', 'dialog'],
    ['Föreningarna bestämmer själva över sin verksamhet', 'sjalvstandighet'],
    ['Öppna protokoll och tydliga beslut – dialog som syns', 'oppenhet'],
    ['Dialog varje år, dialog på riktigt', 'dialog']
  ] as const)
    await people.post(text, [topic]);
  await expect((await facilitator.send('timer:start', { durationMs: 120_000, closeWhenDone: false })).ok).toBe(true);
  await expect(s.getByTestId('screen-board')).toContainText('Dialog varje år');
  await check('collecting board with a countdown');
  await mode('wall', { roundId: 'samtal-1', topicId: 'dialog' });
  await expect(s.getByTestId('screen-wall')).toBeVisible();
  await check('wall of one principle');
  await mode('words', { roundId: 'samtal-1', topicId: 'dialog' });
  await expect(s.getByTestId('screen-words')).toBeVisible();
  await check('words');
  await mode('auto');
  await people.phase('samtal-1', 'voting');
  await expect(s.getByTestId('screen-figure')).toBeVisible();
  await check('voting');
  await people.phase('samtal-1', 'results');
  await expect(s.getByTestId('screen-results')).toBeVisible();
  await check('results');
  await mode('overview', { roundId: 'samtal-1' });
  await check('overview');
  await expect((await facilitator.send('phase:set', { phase: { kind: 'evaluation' } })).ok).toBe(true);
  await mode('evaluation');
  await expect(s.getByTestId('screen-evaluation')).toBeVisible();
  await check('evaluation');
  await expectNoAxeViolations(s, 'projector (evaluation, reduced motion)');
  expect(found).toEqual([]);
  people.close();
  await context.close();
});
