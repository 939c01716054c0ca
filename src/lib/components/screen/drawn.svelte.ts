/**
 * How many posts a projector view has drawn so far. Every post is shown, on as many pages
 * as it takes, but a plenary's 2,000 posts are drawn a chunk per task: one task for all of
 * them held the projector (and the console, whose thumbnail is this page) for most of a
 * second. A new round or principle starts again from the first chunk.
 */
export const DRAW_CHUNK = 40;

export class Drawn {
  count = $state(DRAW_CHUNK);
  #key = '';

  /** Call while a component initialises: `total` is how many posts the view has, `key` names what it shows. */
  constructor(total: () => number, key: () => string) {
    $effect.pre(() => {
      const next = key();
      if (next !== this.#key) {
        this.#key = next;
        this.count = DRAW_CHUNK;
      }
    });
    $effect(() => {
      if (this.count >= total()) return;
      const timer = setTimeout(() => (this.count += DRAW_CHUNK));
      return () => clearTimeout(timer);
    });
  }
}
