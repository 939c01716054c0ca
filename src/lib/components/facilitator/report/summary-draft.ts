/**
 * Whether two versions of the closing summary say the same. The server trims the text and
 * browsers may hand over \r\n: neither is a change worth "unsaved".
 */
export const sameSummary = (a: string, b: string): boolean => normalise(a) === normalise(b);

const normalise = (text: string) => text.replace(/\r\n?/g, '\n').trim();
