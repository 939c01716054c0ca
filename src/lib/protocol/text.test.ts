import { describe, expect, it } from 'vitest';
import { postTextSchema } from './schemas.js';
import { cleanLine, cleanText, hasVisibleContent } from './text.js';

describe('text cleaning', () => {
  it('keeps Swedish in one Unicode form and drops control characters', () => {
    expect(cleanText('A\u030Angstr\u00F6m\u0007')).toBe('Ångström');
    expect(cleanText('rad 1\r\nrad 2')).toBe('rad 1\nrad 2');
    expect(cleanText('\uD800x')).toBe('\uFFFDx');
  });

  it('takes bidi overrides out of one-line fields but leaves them in posts', () => {
    expect(cleanLine('  \u202Etegninöreförf \u2067x\u2069 ')).toBe('tegninöreförf x');
    expect(cleanText('Vanlig \u202Etext')).toBe('Vanlig \u202Etext');
    // Arabic names stay as written.
    expect(cleanLine('جمعية  الصداقة')).toBe('جمعية الصداقة');
  });
});

describe('visible content', () => {
  it.each([
    ['Dialog', true],
    ['٣', true],
    ['حوار', true],
    ['👍', true],
    ['\u200B\u200C\u200D\u2060\uFEFF', false],
    ['\u3164\u115F\u1160\uFFA0', false],
    ['\u2800\u2800', false],
    [' \u00A0\u2003\n\t', false],
    ['...!?', false],
    ['\u3164a', true]
  ])('%j → %s', (text, visible) => {
    expect(hasVisibleContent(text)).toBe(visible);
  });
});

describe('a post text at the edge', () => {
  it('is text_too_long past 500 characters after cleaning, however long it was sent', () => {
    const refusal = (text: string) => postTextSchema.safeParse(text).error?.issues[0]?.message;
    expect(postTextSchema.safeParse('x'.repeat(500)).success).toBe(true);
    expect(refusal('x'.repeat(501))).toBe('text_too_long');
    expect(refusal('x'.repeat(2_001))).toBe('text_too_long');
    expect(refusal('x'.repeat(9_000))).toBe('text_too_long');
    // Control characters are cleaned away first: 500 letters among them are fine.
    expect(postTextSchema.safeParse('x\u0007'.repeat(500)).success).toBe(true);
  });
});
