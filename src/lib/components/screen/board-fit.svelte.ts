import { i18n } from '$lib/i18n/index.svelte.js';
import { fitBoard } from './fit.js';

/**
 * Keeps a projector board fitted (see fit.ts) whenever its content or the language
 * changes and when the window is resized. Create it while a component initialises.
 */
export class BoardFit {
  board = $state<HTMLElement>();
  /** Cards each principle had to hide, by topic id. */
  hidden = $state(new Map<string, number>());

  /** Scales are in vw: `minScale` is the smallest type a view accepts before hiding cards. */
  constructor(maxScale: number, content: () => unknown, minScale = 0.9, uniform = false) {
    const refit = () => {
      // vw-based sizes: a portrait screen has half the width, so it may scale twice as far.
      const k = matchMedia('(orientation: portrait)').matches ? 2 : 1;
      if (this.board) this.hidden = fitBoard(this.board, { max: maxScale * k, min: minScale * k, step: 0.05 * k, uniform });
    };
    $effect(() => {
      content();
      void i18n.lang;
      void this.board;
      refit();
    });
    $effect(() => {
      addEventListener('resize', refit);
      return () => removeEventListener('resize', refit);
    });
  }
}
