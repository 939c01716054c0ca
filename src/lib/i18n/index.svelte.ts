import { LANGUAGES, type Language, type Localized } from '../domain/types.js';
import { keys, readText, writeText } from '../client/storage.js';
import { svErrors, type AnyErrorCode } from './errors.js';
import { format, formatNumber, type Message, type Params } from './format.js';
import { sv, type MessageKey } from './sv.js';

export type { MessageKey } from './sv.js';
export type { AnyErrorCode } from './errors.js';

interface Catalogue {
  messages: Record<MessageKey, Message>;
  errors: Record<AnyErrorCode, string>;
}

/** Swedish is built in; English arrives as its own chunk the first time it is needed. */
const catalogues = $state<Partial<Record<Language, Catalogue>>>({ sv: { messages: sv, errors: svErrors } });

function load(lang: Language): void {
  if (catalogues[lang] || lang === 'sv') return;
  void import('./en-bundle.js').then((bundle) => (catalogues.en = bundle));
}

/** The catalogue to show now: the chosen language once loaded, Swedish until then. */
const current = (): Catalogue => catalogues[i18n.lang] ?? catalogues.sv!;

function initialLanguage(): Language {
  const stored = readText(keys.language);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'sv';
}

/**
 * The interface language: Swedish unless the visitor chose English (remembered across
 * visits). Reading `i18n.lang` inside markup makes every text follow a switch at once.
 */
class LanguageState {
  lang = $state<Language>(initialLanguage());

  constructor() {
    load(this.lang);
  }

  set(lang: Language): void {
    load(lang);
    this.lang = lang;
    writeText(keys.language, lang);
  }

  toggle(): void {
    this.set(this.lang === 'sv' ? 'en' : 'sv');
  }
}

export const i18n = new LanguageState();

/** A message in the current language, with `{placeholders}` filled. */
export const t = (key: MessageKey, params?: Params): string => format(i18n.lang, current().messages[key], params);

/** A human sentence for an error code. */
export const errorText = (code: AnyErrorCode): string => current().errors[code];

/** Workshop content written by the facilitator: the current language if given, else Swedish. */
export const pick = (text: Localized): string => (i18n.lang === 'en' && text.en ? text.en : text.sv);

export const num = (n: number): string => formatNumber(i18n.lang, n);
