import type { Language } from '../domain/types.js';

/**
 * A message is a plain template, or plural forms chosen with Intl.PluralRules on the
 * `count` parameter. `{name}` placeholders are filled by `format`; components never
 * concatenate strings, so word order can differ between languages.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type Params = Record<string, string | number>;

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function cached<T>(cache: Map<Language, T>, lang: Language, make: () => T): T {
  let value = cache.get(lang);
  if (!value) cache.set(lang, (value = make()));
  return value;
}

export const formatNumber = (lang: Language, n: number) =>
  cached(numberFormats, lang, () => new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB')).format(n);

export function format(lang: Language, message: Message, params?: Params): string {
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    const count = Number(params?.count ?? 0);
    const rule = cached(pluralRules, lang, () => new Intl.PluralRules(lang)).select(count);
    template = message[rule] ?? message.other;
  }
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}
