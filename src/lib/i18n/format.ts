import { LOCALES, type UiLanguage } from './languages.js';

/**
 * A message is a plain template, or plural forms chosen with Intl.PluralRules on the
 * `count` parameter. Each language gives the forms it needs (Swedish and English `one`
 * and `other`; Arabic `zero`, `one`, `two`, `few`, `many` and `other`); a form a message
 * leaves out falls back to `other`. `{name}` placeholders are filled by `format`;
 * components never concatenate strings, so word order can differ between languages.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type Params = Record<string, string | number>;

const pluralRules = new Map<UiLanguage, Intl.PluralRules>();
const numberFormats = new Map<UiLanguage, Intl.NumberFormat>();

function cached<T>(cache: Map<UiLanguage, T>, lang: UiLanguage, make: () => T): T {
  let value = cache.get(lang);
  if (!value) cache.set(lang, (value = make()));
  return value;
}

export const formatNumber = (lang: UiLanguage, n: number) =>
  cached(numberFormats, lang, () => new Intl.NumberFormat(LOCALES[lang])).format(n);

export const pluralCategory = (lang: UiLanguage, count: number): Intl.LDMLPluralRule =>
  cached(pluralRules, lang, () => new Intl.PluralRules(LOCALES[lang])).select(count);

export function format(lang: UiLanguage, message: Message, params?: Params): string {
  let template: string;
  if (typeof message === 'string') template = message;
  else template = message[pluralCategory(lang, Number(params?.count ?? 0))] ?? message.other;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}
