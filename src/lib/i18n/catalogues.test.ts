import { describe, expect, it } from 'vitest';
import { ar } from './ar.js';
import { arAgreement } from './ar-agreement.js';
import { arStaff } from './ar-staff.js';
import { arWorkshop } from './ar-workshop.js';
import { en } from './en.js';
import { enAgreement } from './en-agreement.js';
import { enStaff } from './en-staff.js';
import { enWorkshop } from './en-workshop.js';
import { arErrors } from './errors-ar.js';
import { enErrors } from './errors-en.js';
import { svErrors } from './errors.js';
import { format, type Message } from './format.js';
import { UI_LANGUAGES, type UiLanguage } from './languages.js';
import { svAgreement } from './sv-agreement.js';
import { svStaff } from './sv-staff.js';
import { svWorkshop } from './sv-workshop.js';
import { sv } from './sv.js';

/**
 * The type checker already demands every key in every language; this also catches what
 * types cannot: empty texts, a plural message without `other`, a placeholder the
 * translation lost, and keys sneaking in at run time through a spread.
 */
const messages: Record<UiLanguage, Record<string, Message>> = {
  sv: { ...sv, ...svWorkshop, ...svStaff, ...svAgreement },
  en: { ...en, ...enWorkshop, ...enStaff, ...enAgreement },
  ar: { ...ar, ...arWorkshop, ...arStaff, ...arAgreement }
};
const errors: Record<UiLanguage, Record<string, string>> = { sv: svErrors, en: enErrors, ar: arErrors };

const texts = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (message: Message) =>
  new Set(texts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));

describe.each(UI_LANGUAGES)('catalogue %s', (lang) => {
  it('has every Swedish message key, and no other, each non-empty', () => {
    expect(Object.keys(messages[lang]).sort()).toEqual(Object.keys(messages.sv).sort());
    for (const [key, message] of Object.entries(messages[lang])) {
      expect(message, key).toBeDefined();
      if (typeof message !== 'string') expect(message.other, `${key}.other`).toBeTruthy();
      for (const text of texts(message)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('has a sentence for every error code', () => {
    expect(Object.keys(errors[lang]).sort()).toEqual(Object.keys(svErrors).sort());
    for (const [code, text] of Object.entries(errors[lang])) expect(text.trim(), code).not.toBe('');
  });

  it('uses only placeholders the Swedish message fills', () => {
    for (const [key, message] of Object.entries(messages[lang])) {
      const allowed = placeholders(messages.sv[key] ?? '');
      // `count` may be left out (Arabic "one vote" names no number), but nothing new may appear.
      for (const name of placeholders(message)) expect(allowed.has(name) || name === 'count', `${key}: {${name}}`).toBe(true);
    }
  });
});

describe('Arabic plural forms and numbers', () => {
  const votes = messages.ar['results.votes']!;
  it.each([
    [0, 'لا أصوات'],
    [1, 'صوت واحد'],
    [2, 'صوتان'],
    [3, '3 أصوات'],
    [11, '11 صوتًا'],
    [100, '100 صوت'],
    [1234, '1,234 صوتًا']
  ])('%i → %s', (count, expected) => {
    expect(format('ar', votes, { count })).toBe(expected);
  });

  it('falls back to `other` for a form a message leaves out', () => {
    expect(format('ar', { other: '{count} x' }, { count: 2 })).toBe('2 x');
    expect(format('sv', { one: 'en', other: '{count} st' }, { count: 0 })).toBe('0 st');
  });

  it('writes numbers with Latin digits, like the projector and the meeting code', () => {
    expect(format('ar', 'الرمز {n}', { n: 1234567 })).toBe('الرمز 1,234,567');
  });

  it('gives every Arabic plural message at least the one, two and other forms', () => {
    for (const [key, message] of Object.entries(messages.ar)) {
      if (typeof message === 'string') continue;
      const svForms = messages.sv[key];
      if (typeof svForms === 'string') continue;
      const hasCount = placeholders(message).has('count');
      // A heading like "Awaiting approval ({count})" has one form for every number.
      if (Object.keys(message).length === 1 && hasCount) continue;
      for (const form of ['one', 'two', 'other'] as const) expect(message[form], `${key}.${form}`).toBeTruthy();
    }
  });
});
