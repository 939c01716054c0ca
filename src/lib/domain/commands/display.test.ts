import { describe, expect, it } from 'vitest';
import { FACILITATOR, asParticipant, helsingborgWorkshop, join, now, runAt } from '../test-helpers.js';
import { SCREEN_PAGE_MS as PAGE, type ScreenLanguage } from '../types.js';
import { screenPage } from './display.js';

describe('screen:language', () => {
  it.each<[ScreenLanguage | null, 'ok' | string]>([
    ['ar', 'ok'],
    ['en', 'ok'],
    [null, 'ok'],
    ['fi' as ScreenLanguage, 'invalid_payload']
  ])('%s → %s', (language, expected) => {
    const w = helsingborgWorkshop();
    const { outcome } = runAt(w, now(w) + 1, FACILITATOR, { type: 'screen:language', language });
    expect(outcome.ok ? 'ok' : outcome.error).toBe(expected);
    expect(w.state.display.language).toBe(expected === 'ok' ? language : null);
  });

  it('is the facilitator’s alone', () => {
    const w = helsingborgWorkshop();
    join(w, 'alice');
    expect(runAt(w, now(w) + 1, asParticipant('alice'), { type: 'screen:language', language: 'ar' }).outcome).toEqual({ ok: false, error: 'forbidden' });
  });
});

describe('the projector’s pages turn on the log’s clock', () => {
  it('starts a new view at its first page, turns every SCREEN_PAGE_MS and wraps', () => {
    const w = helsingborgWorkshop();
    const t0 = now(w) + 1000;
    runAt(w, t0, FACILITATOR, { type: 'screen:mode', mode: { view: 'ranking' } });
    const d = w.state.display;
    expect([0, PAGE - 1, PAGE, 2 * PAGE, 3 * PAGE].map((dt) => screenPage(d, t0 + dt, 3))).toEqual([0, 0, 1, 2, 0]);
    expect(screenPage(d, t0 + 5 * PAGE, 1)).toBe(0);
  });

  it('a phase change starts over too', () => {
    const w = helsingborgWorkshop();
    const t0 = now(w) + 1000;
    runAt(w, t0 + 2.5 * PAGE, FACILITATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'samtal-1', stage: 'voting' } });
    expect(screenPage(w.state.display, t0 + 2.5 * PAGE, 4)).toBe(0);
  });

  it('pause holds the page however long; resume goes on from it; next and previous move one page now', () => {
    const w = helsingborgWorkshop();
    const t0 = now(w) + 1000;
    runAt(w, t0, FACILITATOR, { type: 'screen:mode', mode: { view: 'overview' } });
    runAt(w, t0 + PAGE + 5, FACILITATOR, { type: 'screen:page', action: 'pause' });
    const d = w.state.display;
    expect(screenPage(d, t0 + 50 * PAGE, 4)).toBe(1);
    runAt(w, t0 + 50 * PAGE, FACILITATOR, { type: 'screen:page', action: 'next' });
    expect(screenPage(d, t0 + 60 * PAGE, 4)).toBe(2);
    runAt(w, t0 + 60 * PAGE, FACILITATOR, { type: 'screen:page', action: 'resume' });
    expect(screenPage(d, t0 + 60 * PAGE, 4)).toBe(2);
    expect(screenPage(d, t0 + 61 * PAGE, 4)).toBe(3);
    // Just before it would turn by itself, "previous" gives the page before a full time.
    runAt(w, t0 + 62 * PAGE - 10, FACILITATOR, { type: 'screen:page', action: 'previous' });
    expect(screenPage(d, t0 + 62 * PAGE - 10, 4)).toBe(2);
    expect(screenPage(d, t0 + 63 * PAGE - 11, 4)).toBe(2);
    expect(screenPage(d, t0 + 63 * PAGE - 10, 4)).toBe(3);
  });
});
