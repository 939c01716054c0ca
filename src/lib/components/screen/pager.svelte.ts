import { getContext, setContext } from 'svelte';
import { screenPage } from '$lib/domain/commands/display.js';
import type { ScreenDisplay } from '$lib/domain/types.js';

/**
 * Which page of a view the projector shows: the view reports how many pages its content
 * takes (ScreenPages), the log's page clock (`info.display`) says which one is up. Every
 * projector and the console's thumbnail compute the same page from the same clock.
 */
export class ScreenPager {
  pages = $state(1);
  readonly #display: () => ScreenDisplay;
  readonly #now: () => number;

  constructor(display: () => ScreenDisplay, now: () => number) {
    this.#display = display;
    this.#now = now;
  }

  get page(): number {
    return screenPage(this.#display(), this.#now(), this.pages);
  }

  get paused(): boolean {
    return this.#display().pausedAt !== null;
  }

  #owner: object | null = null;

  /** A view's page count; `owner` is the view, so a view that goes away can take its count with it. */
  report(owner: object, pages: number): void {
    this.#owner = owner;
    this.pages = pages;
  }

  /** A view without pages (or none) shows one page, not the last paged view's count. */
  release(owner: object): void {
    if (this.#owner !== owner) return;
    this.#owner = null;
    this.pages = 1;
  }
}

/** What the console's thumbnail (the projector page in a frame) tells the console: the page it shows, 1-based. */
export const SCREEN_PAGE_MESSAGE = 'samrad:screen-page';
export interface ScreenPageShown {
  type: typeof SCREEN_PAGE_MESSAGE;
  page: number;
  pages: number;
}

const KEY = Symbol('screen-pager');
export const providePager = (pager: ScreenPager) => setContext(KEY, pager);
export const usePager = () => getContext<ScreenPager>(KEY);
