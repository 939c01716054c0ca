/**
 * Cleans text from outside before it is validated or stored: one Unicode form (NFC) so
 * "å" typed on different phones compares equal, no lone surrogates, and no control
 * characters except line breaks and tabs.
 */
export function cleanText(input: string): string {
  return wellFormed(input).normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\r\n?/g, '\n');
}

/**
 * For one-line fields (names, associations, titles): whitespace runs become one space, and
 * bidirectional embedding, override and isolate controls go — an unclosed override in a
 * name would turn the rest of any sentence it is shown in backwards. Posts keep them
 * (they are shown in their own `dir="auto"` box), names have no use for them.
 */
export function cleanLine(input: string): string {
  return cleanText(input).replace(/[\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Characters that render as nothing although Unicode counts them as letters or symbols
 * (the Hangul fillers, the blank Braille pattern): favourites for posts that look empty.
 */
const FILLERS = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;
const VISIBLE = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/**
 * Whether a text shows something to read: at least one letter, digit or pictograph (an
 * emoji) that is not a filler. Zero-width characters, spaces and fillers alone do not count.
 */
export function hasVisibleContent(text: string): boolean {
  return VISIBLE.test(text.replace(FILLERS, ''));
}

/** Lone surrogates become U+FFFD (String#toWellFormed, with a fallback for older phones). */
function wellFormed(input: string): string {
  if (typeof input.toWellFormed === 'function') return input.toWellFormed();
  return input.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
