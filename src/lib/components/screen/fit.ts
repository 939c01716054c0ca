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
}

const overflows = (cell: HTMLElement) => cell.scrollHeight > cell.clientHeight + 1;

function fitCell(cell: HTMLElement, { max, min, step }: FitOptions): number {
  let scale = max;
  cell.style.setProperty('--s', String(scale));
  while (scale > min && overflows(cell)) {
    scale = Math.max(min, Math.round((scale - step) * 100) / 100);
    cell.style.setProperty('--s', String(scale));
  }
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
  for (const cell of board.querySelectorAll<HTMLElement>('[data-fit]')) {
    const cut = fitCell(cell, options);
    if (cut) hidden.set(cell.dataset.fit ?? '', cut);
  }
  return hidden;
}
