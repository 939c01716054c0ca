/**
 * A post this long may not fit one column of the projector at the floor type size: it is
 * the one case that ends in a clean "…" (after ten lines) rather than being shown whole.
 * The console marks these posts, so the facilitator knows which ones to read out or edit.
 */
export const SCREEN_LONG_POST = 300;
export const isLongForScreen = (text: string): boolean => text.length > SCREEN_LONG_POST;

