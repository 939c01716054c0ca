import { fail, OK, type Changes } from '../changes.js';
import {
  SCREEN_LANGUAGES,
  SCREEN_PAGE_ACTIONS,
  SCREEN_PAGE_MS,
  type LogEntry,
  type Result,
  type ScreenDisplay,
  type WorkshopState,
  type CommandOf
} from '../types.js';

/**
 * The projector's language and its page clock, both set from the console. Pages turn on
 * the log's clock (see `ScreenDisplay`), so every projector and the console's thumbnail
 * agree on the page without talking to each other.
 */

/** The page slot at time `now` (any number; the view takes it modulo its page count). */
export const pageSlot = (display: ScreenDisplay, now: number): number => Math.floor(((display.pausedAt ?? now) - display.shiftMs) / SCREEN_PAGE_MS);

/** Which of `pages` pages shows at `now`, 0-based. */
export function screenPage(display: ScreenDisplay, now: number, pages: number): number {
  if (pages <= 1) return 0;
  return ((pageSlot(display, now) % pages) + pages) % pages;
}

/** A new view or stage starts at its first page (and stays there while paused). */
export function restartPages(state: WorkshopState, at: number): void {
  state.display.shiftMs = at;
  if (state.display.pausedAt !== null) state.display.pausedAt = at;
}

export function setScreenLanguage(state: WorkshopState, command: CommandOf<'screen:language'>, changes: Changes): Result {
  const { language } = command;
  if (language !== null && !SCREEN_LANGUAGES.includes(language)) return fail('invalid_payload');
  if (state.display.language !== language) {
    state.display.language = language;
    changes.info = true;
  }
  return OK;
}

export function turnScreenPage(state: WorkshopState, entry: LogEntry, command: CommandOf<'screen:page'>, changes: Changes): Result {
  const { at } = entry;
  const display = state.display;
  switch (command.action) {
    case 'pause':
      if (display.pausedAt === null) display.pausedAt = at;
      break;
    case 'resume':
      if (display.pausedAt !== null) {
        display.shiftMs += at - display.pausedAt;
        display.pausedAt = null;
      }
      break;
    case 'next':
    case 'previous': {
      // The chosen page starts now, with a full page time ahead of it.
      const slot = pageSlot(display, at) + (command.action === 'next' ? 1 : -1);
      const t = display.pausedAt ?? at;
      display.shiftMs = t - slot * SCREEN_PAGE_MS;
      break;
    }
    default:
      if (!SCREEN_PAGE_ACTIONS.includes(command.action)) return fail('invalid_payload');
  }
  changes.info = true;
  return OK;
}
