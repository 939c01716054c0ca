import type { Localized } from '../../src/lib/domain/types.js';
import { seriesEn } from '../../src/lib/i18n/catalogue/series.en.js';
import { seriesSv } from '../../src/lib/i18n/catalogue/series.sv.js';
import { format, type Params } from '../../src/lib/i18n/format.js';

/** The exports speak the page's language; their words come from the page's own catalogue. */
export type ExportLanguage = 'sv' | 'en';
export type SeriesKey = keyof typeof seriesSv;

export const label = (lang: ExportLanguage, key: SeriesKey, params?: Params) => format(lang, (lang === 'en' ? seriesEn : seriesSv)[key], params);

export const pickText = (lang: ExportLanguage, text: Localized) => (lang === 'en' && text.en ? text.en : text.sv);

/** A day as YYYY-MM-DD in Swedish time: the meetings are held in Sweden. */
export const isoDay = (ms: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short' }).format(ms);

/** A file name from the series title: ASCII letters, digits and dashes. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'serie';
}
