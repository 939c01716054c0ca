import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from './a11y-helpers.js';
import { screenshot } from './fixtures.js';
import { fillRoom, measureScreen, openRoom, type Room, type TypeSizes } from './room-helpers.js';

/**
 * The projector read from the back row: in every mode and at three beamer sizes, the
 * computed size of post text, counts and the join line against the floors (post text
 * ≥ 24 px at 1280×720 and ≥ 36 px at 1920×1080, counts at least as large, the join line
 * ≥ 32 px at 1080), nothing outside the viewport, no heading cut. Prints the figures.
 */

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 }
];
/** The floor for post text: 24 px at 1280 wide, 36 px at 1920 (1.875 % of the width). */
const floor = (width: number) => Math.floor(width * 0.01875);

type Mode = { name: string; set: (room: Room) => Promise<void>; ready: string };
const MODES: Mode[] = [
  { name: 'lobby', set: (r) => r.mode('lobby'), ready: 'screen-lobby' },
  {
    name: 'board',
    set: async (r) => {
      await r.phase('samtal-1', 'voting');
      await r.mode('auto');
    },
    ready: 'screen-board'
  },
  { name: 'wall', set: (r) => r.mode('wall', { roundId: 'samtal-1', topicId: 'dialog' }), ready: 'screen-wall' },
  { name: 'ranking', set: (r) => r.mode('ranking', { roundId: 'samtal-1' }), ready: 'screen-results' },
  { name: 'ranking-2', set: (r) => r.mode('ranking', { roundId: 'samtal-2' }), ready: 'screen-results' },
  { name: 'overview', set: (r) => r.mode('overview', { roundId: 'samtal-1' }), ready: 'screen-overview' },
  { name: 'words', set: (r) => r.mode('words', { roundId: 'samtal-1', topicId: 'dialog' }), ready: 'screen-words' },
  { name: 'evaluation', set: (r) => r.mode('evaluation'), ready: 'screen-evaluation' },
  { name: 'updates', set: (r) => r.mode('updates'), ready: 'screen-updates' }
];

/** Two frames after the view is there: its fitting has run. */
const settled = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

test('the projector keeps its type floors in every mode at 1280, 1920 and 3840 wide', async ({ browser, baseURL, request }) => {
  test.setTimeout(180_000);
  const created = await createWorkshop(request, 'Dialogmöte om den lokala överenskommelsen mellan staden och föreningslivet');
  const room = await openRoom(baseURL!, created);
  await fillRoom(room);
  const rows: string[] = [];
  const problems: string[] = [];
  try {
    const pages = await Promise.all(
      SIZES.map(async (viewport) => {
        const context = await browser.newContext({ viewport, locale: 'sv-SE', reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(`/w/${created.code}/screen`);
        return { viewport, page };
      })
    );
    for (const mode of MODES) {
      await mode.set(room);
      for (const { viewport, page } of pages) {
        await expect(page.getByTestId(mode.ready)).toBeVisible();
        await settled(page);
        const m: TypeSizes = await measureScreen(page);
        await screenshot(page, `projector-${mode.name}-${viewport.width}`);
        const px = (n: number | null) => (n === null ? '–' : n.toFixed(1));
        rows.push(`${mode.name.padEnd(11)} ${String(viewport.width).padStart(4)}×${viewport.height}  text ${px(m.text).padStart(5)}  count ${px(m.count).padStart(5)}  join ${px(m.join).padStart(5)}  clamped ${m.clamped}  cut headings ${m.clippedHeadings.length}  outside ${m.outside.length}`);
        const where = `${mode.name} at ${viewport.width}×${viewport.height}`;
        const min = floor(viewport.width);
        if (m.text !== null && m.text < min - 0.5) problems.push(`${where}: post text ${m.text} px < ${min}`);
        if (m.count !== null && m.count < min - 0.5) problems.push(`${where}: counts ${m.count} px < ${min}`);
        if (m.join !== null && m.join < (32 / 1080) * viewport.height - 0.5) problems.push(`${where}: join line ${m.join} px`);
        if (m.clippedHeadings.length) problems.push(`${where}: headings cut: ${m.clippedHeadings.join(' | ')}`);
        if (m.outside.length) problems.push(`${where}: outside the viewport: ${m.outside.join(' | ')}`);
      }
    }
    for (const { page } of pages) await page.context().close();
  } finally {
    room.close();
    console.log(['projector type sizes (px):', ...rows].join('\n'));
  }
  expect(problems).toEqual([]);
});
