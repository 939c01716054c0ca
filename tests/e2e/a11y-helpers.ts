import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { io as connect, type Socket } from 'socket.io-client';

/**
 * Helpers of the accessibility specs: moving and checking keyboard focus, measuring the
 * page, and a bare socket to play the other people in the room (so that a spec's browser
 * does only what the spec is about).
 */

export interface Created {
  workshopId: string;
  code: string;
  key: string;
}

export async function createWorkshop(request: APIRequestContext, title?: string): Promise<Created> {
  const response = await request.post('/api/workshops', { data: { templateId: 'lokal-overenskommelse', ...(title ? { title } : {}) } });
  expect(response.status()).toBe(201);
  return (await response.json()) as Created;
}

type Ack = { ok: true; [key: string]: unknown } | { ok: false; error: string };

/** A socket.io client to the same server; `send` adds a command id. */
export async function socketTo(baseURL: string): Promise<{ socket: Socket; join: (event: string, payload: object) => Promise<Ack>; send: (event: string, payload: object) => Promise<Ack> }> {
  const socket = connect(baseURL, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const join = (event: string, payload: object) => socket.timeout(10_000).emitWithAck(event, payload) as Promise<Ack>;
  // Unique per socket: a command id is kept per sender, and every facilitator socket is the same sender.
  const nonce = Math.random().toString(36).slice(2, 10);
  let n = 0;
  const send = (event: string, payload: object) =>
    socket.timeout(10_000).emitWithAck(event, { commandId: `a11y${++n}_${nonce}`, ...payload }) as Promise<Ack>;
  return { socket, join, send };
}

/** The facilitator and a second participant as sockets: they set phases and write posts. */
export async function room(baseURL: string, created: Created) {
  const facilitator = await socketTo(baseURL);
  expect((await facilitator.join('facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  const other = await socketTo(baseURL);
  expect((await other.join('participant:join', { code: created.code })).ok).toBe(true);
  return {
    facilitator,
    other,
    phase: async (roundId: string | null, stage?: 'collecting' | 'voting' | 'results' | 'closed') => {
      const phase = roundId ? { kind: 'round', roundId, stage } : { kind: 'lobby' };
      expect((await facilitator.send('phase:set', { phase })).ok).toBe(true);
    },
    post: async (text: string, topicIds = ['dialog'], roundId = 'samtal-1') => {
      expect((await other.send('post:create', { roundId, topicIds, text })).ok).toBe(true);
    },
    /** The second participant votes for the post with this text (voting must be open). */
    vote: async (text: string) => {
      const sync = (await facilitator.join('sync:request', {})) as { ok: true; snapshot: { posts: { id: string; text: string }[] } };
      const post = sync.snapshot.posts.find((p) => p.text === text);
      expect(post, text).toBeDefined();
      expect((await other.send('vote:cast', { postId: post!.id })).ok).toBe(true);
    },
    close() {
      facilitator.socket.disconnect();
      other.socket.disconnect();
    }
  };
}

/** What the focused element looks like: is its focus indicator there to see? */
interface FocusReport {
  what: string;
  visible: boolean;
  inView: boolean;
  indicator: string;
}

/**
 * Visible focus as WCAG 2.4.7 / 2.4.11 need it, measured: the focused element draws an
 * outline, or a box-shadow ring, at least 2px wide and not transparent, and it is at
 * least partly inside the viewport (not scrolled away, not hidden).
 */
export async function focusReport(page: Page): Promise<FocusReport> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return { what: 'body', visible: false, inView: false, indicator: 'nothing focused' };
    const style = getComputedStyle(el);
    const px = (value: string) => Number.parseFloat(value) || 0;
    const opaque = (color: string) => color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color);
    const outline = style.outlineStyle !== 'none' && px(style.outlineWidth) >= 2 && opaque(style.outlineColor);
    // Computed box-shadow: "rgb(…) 0px 0px 0px 3px, …": the spread is the fourth length.
    const shadows = style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/);
    const ring = shadows.some((shadow) => {
      const color = /rgba?\([^)]*\)/.exec(shadow)?.[0] ?? 'transparent';
      const lengths = [...shadow.replace(/rgba?\([^)]*\)/, '').matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
      return opaque(color) && (lengths[3] ?? 0) >= 2;
    });
    const rect = el.getBoundingClientRect();
    // In the viewport, and not entirely covered by something else (a sticky bar, a floating
    // status): at least one of five points inside it hits the element itself (2.4.11).
    const points = [
      [0.5, 0.5],
      [0.15, 0.15],
      [0.85, 0.15],
      [0.15, 0.85],
      [0.85, 0.85]
    ]
      .map(([fx, fy]) => [rect.left + rect.width * fx!, rect.top + rect.height * fy!] as const)
      .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
    const inView =
      rect.width > 0 &&
      rect.height > 0 &&
      points.some(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return !!hit && (el.contains(hit) || hit.contains(el) || (hit instanceof HTMLLabelElement && hit.control === el));
      });
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${(el as HTMLInputElement).type ? `[${(el as HTMLInputElement).type}]` : ''} "${name}"`;
    return { what, visible: outline || ring, inView, indicator: `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow ${style.boxShadow}` };
  });
}

/** After an action: the page may still be settling (a list re-sorting, a panel arriving), so this waits a little. */
export async function expectVisibleFocus(page: Page, step: string): Promise<void> {
  let report = await focusReport(page);
  await expect
    .poll(async () => {
      report = await focusReport(page);
      return report.visible && report.inView;
    }, { timeout: 2000 })
    .toBe(true)
    .catch(() => {
      expect(report.visible, `${step}: no visible focus on ${report.what} (${report.indicator})`).toBe(true);
      expect(report.inView, `${step}: ${report.what} has focus but is out of view or covered`).toBe(true);
    });
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking visible focus on every
 * element passed on the way: the path a keyboard user really takes.
 */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; max?: number; step?: string } = {}): Promise<number> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const max = options.max ?? 150;
  await expect(target).toBeVisible();
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    const report = await focusReport(page);
    if (report.what !== 'body') expect(report.visible, `${options.step ?? 'tabbing'}: no visible focus on ${report.what} (${report.indicator})`).toBe(true);
    if (await isFocused(target)) {
      expect(report.inView, `${options.step ?? 'tabbing'}: ${report.what} is focused but out of view or covered`).toBe(true);
      return presses;
    }
  }
  throw new Error(`${options.step ?? 'tabbing'}: ${key} never reached the target in ${max} presses`);
}

/** Presses an arrow key until `target` has focus (radio groups, listboxes). */
export async function arrowTo(page: Page, target: Locator, key = 'ArrowDown', max = 20): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return expectVisibleFocus(page, `${key} to target`);
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached the target`);
}

/** No horizontal scrolling: the document is no wider than the viewport. */
export async function expectNoHorizontalScroll(page: Page, state: string): Promise<void> {
  const { scroll, client, widest } = await page.evaluate(() => {
    const root = document.documentElement;
    // The element sticking out the most names the culprit when it fails.
    let widest = '';
    let right = root.clientWidth;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > right + 1 && r.width > 0 && getComputedStyle(el).visibility !== 'hidden') {
        right = r.right;
        widest = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(r.right)}px)`;
      }
    }
    return { scroll: root.scrollWidth, client: root.clientWidth, widest };
  });
  expect(scroll, `${state}: the page scrolls sideways (${scroll}px in ${client}px; widest: ${widest})`).toBeLessThanOrEqual(client);
}
