/**
 * Shrink-to-fit for the projector. Each principle's cell starts with a large font scale
 * (`--s`, in vw) and steps down until its cards fit, so a principle with 3 posts stays
 * readable from the back of the room even when another has 15, and 40 posts still fit
 * without scrolling. Below the minimum, the cards that do not fit are hidden whole
 * (never cut mid-line) and counted for a "+ N more" label.
 */
export interface FitOptions {
  max: number;
  min: number;
  step: number;
  /** One scale for every cell (the smallest any cell needs), where cells are compared side by side. */
  uniform?: boolean;
}

const overflows = (cell: HTMLElement) => cell.scrollHeight > cell.clientHeight + 1;

function shrink(cell: HTMLElement, { max, min, step }: FitOptions): number {
  let scale = max;
  cell.style.setProperty('--s', String(scale));
  while (scale > min && overflows(cell)) {
    scale = Math.max(min, Math.round((scale - step) * 100) / 100);
    cell.style.setProperty('--s', String(scale));
  }
  return scale;
}

/** Hides the cards that still do not fit, whole; returns how many. */
function cut(cell: HTMLElement): number {
  const limit = cell.getBoundingClientRect().bottom + 1;
  let cut = 0;
  for (const card of cell.querySelectorAll<HTMLElement>('[data-card]')) {
    card.removeAttribute('data-cut');
    if (card.getBoundingClientRect().bottom > limit) {
      card.setAttribute('data-cut', '');
      cut++;
    }
  }
  return cut;
}

/** Fits every `[data-fit]` cell in the board; returns how many cards each had to hide. */
export function fitBoard(board: HTMLElement, options: FitOptions): Map<string, number> {
  const hidden = new Map<string, number>();
  const cells = [...board.querySelectorAll<HTMLElement>('[data-fit]')];
  const scales = cells.map((cell) => shrink(cell, options));
  const common = Math.min(...scales);
  for (const cell of cells) {
    if (options.uniform) cell.style.setProperty('--s', String(common));
    const count = cut(cell);
    if (count) hidden.set(cell.dataset.fit ?? '', count);
  }
  return hidden;
}
