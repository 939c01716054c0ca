/**
 * The interface languages. Kept apart from the domain's `LANGUAGES` (the language a
 * workshop's own content is written in, which drives its text analysis): a participant
 * can read the buttons in Arabic while the workshop's principles stay Swedish.
 */
export const UI_LANGUAGES = ['sv', 'en', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);

/**
 * Locales for Intl. Arabic uses Latin digits (`nu-latn`): in Sweden the meeting code,
 * phone numbers, prices and the projector all use them, so a vote count on an Arabic
 * phone reads the same as on the shared screen and on a Swedish neighbour's phone.
 */
export const LOCALES: Record<UiLanguage, string> = { sv: 'sv-SE', en: 'en-GB', ar: 'ar-u-nu-latn' };

export const DIRECTIONS: Record<UiLanguage, 'ltr' | 'rtl'> = { sv: 'ltr', en: 'ltr', ar: 'rtl' };

/** Each language named in itself, so that someone who reads only that one finds it. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { sv: 'Svenska', en: 'English', ar: 'العربية' };
