/**
 * Join codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z,
 * 5/S, 8/B), easy to read off a projector and type on a phone. 25^6 ≈ 244 million codes.
 */
export const JOIN_CODE_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';
export const JOIN_CODE_LENGTH = 6;

/**
 * An agreement's public code (its remiss and its joins, docs/agreement.md): the same alphabet,
 * one character longer, so the home page's code box tells the two apart without asking the
 * server (and spending the wrong-code allowance of everyone behind one address).
 */
export const AGREEMENT_CODE_LENGTH = 7;

export function isAgreementCode(code: string): boolean {
  return code.length === AGREEMENT_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

/** Accepts what people type: lower case, spaces and dashes are forgiven. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

/** Codes are easier to read aloud and type in two groups of three: "K7M 4QX". */
export const spacedCode = (code: string) => (code.length === JOIN_CODE_LENGTH || code.length === AGREEMENT_CODE_LENGTH ? `${code.slice(0, 3)} ${code.slice(3)}` : code);
