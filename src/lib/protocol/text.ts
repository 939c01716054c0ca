/**
 * Cleans text from outside before it is validated or stored: one Unicode form (NFC) so
 * "å" typed on different phones compares equal, no lone surrogates, and no control
 * characters except line breaks and tabs.
 */
export function cleanText(input: string): string {
  return wellFormed(input).normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\r\n?/g, '\n');
}

/** For one-line fields (names, associations): whitespace runs become one space. */
export function cleanLine(input: string): string {
  return cleanText(input).replace(/\s+/g, ' ').trim();
}

/** Lone surrogates become U+FFFD (String#toWellFormed, with a fallback for older phones). */
function wellFormed(input: string): string {
  if (typeof input.toWellFormed === 'function') return input.toWellFormed();
  return input.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
