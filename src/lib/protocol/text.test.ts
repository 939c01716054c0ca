import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText } from './text.js';

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
