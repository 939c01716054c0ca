/**
 * A post this long may not fit one column of the projector at the floor type size: it is
 * the one case that ends in a clean "…" (after ten lines) rather than being shown whole.
 * The console marks these posts, so the facilitator knows which ones to read out or edit.
 */
export const SCREEN_LONG_POST = 300;
export const isLongForScreen = (text: string): boolean => text.length > SCREEN_LONG_POST;

/**
 * The most posts one principle shows on the board (and one wall shows): two dozen already
 * take about four pages of the board, more than a minute of turning. A plenary of thousands is read on the phones and
 * in the exports; the projector says how many more there are instead of turning for an hour,
 * and stays quick to draw.
 */
export const SCREEN_MAX_POSTS = 24;
