import type { Language, Localized } from '../domain/types.js';
import { keys, readText, writeText } from '../client/storage.js';
import { svErrors, type AnyErrorCode } from './errors.js';
import { format, formatNumber, type Message, type Params } from './format.js';
import { DIRECTIONS, isUiLanguage, LOCALES, type UiLanguage } from './languages.js';
import { sv, type CommonKey, type MessageKey } from './sv.js';

export type { MessageKey } from './sv.js';
export type { AnyErrorCode } from './errors.js';
export type { UiLanguage } from './languages.js';

interface Catalogue {
  messages: Record<CommonKey, Message>;
  errors: Record<AnyErrorCode, string>;
}

/**
 * Swedish is built in; every other language arrives as its own chunk the first time it
 * is needed, so a Swedish phone never downloads English or Arabic.
 */
const bundles: Record<Exclude<UiLanguage, 'sv'>, () => Promise<Catalogue>> = {
  en: () => import('./en-bundle.js'),
  ar: () => import('./ar-bundle.js')
};

const catalogues = $state<Partial<Record<UiLanguage, Catalogue>>>({ sv: { messages: sv, errors: svErrors } });

function load(lang: UiLanguage): Promise<void> {
  if (catalogues[lang] || lang === 'sv') return Promise.resolve();
  return bundles[lang]().then((bundle) => {
    catalogues[lang] = { messages: bundle.messages, errors: bundle.errors };
  });
}

/**
 * Messages that only some views show come in packs, a chunk per language each, that
 * those views load before they render (`loadMessages`), so no raw key ever flashes:
 * `workshop` for a phone's views once it has joined (fetched with them when joining
 * starts), `staff` for the console, projector, report, series and info pages (in their
 * route's load). A phone on the join card downloads neither.
 */
const packs = {
  workshop: {
    sv: () => import('./sv-workshop.js').then((bundle) => bundle.svWorkshop),
    en: () => import('./en-workshop.js').then((bundle) => bundle.enWorkshop),
    ar: () => import('./ar-workshop.js').then((bundle) => bundle.arWorkshop)
  },
  staff: {
    sv: () => import('./sv-staff.js').then((bundle) => bundle.svStaff),
    en: () => import('./en-staff.js').then((bundle) => bundle.enStaff),
    ar: () => import('./ar-staff.js').then((bundle) => bundle.arStaff)
  },
  agreement: {
    sv: () => import('./sv-agreement.js').then((bundle) => bundle.svAgreement),
    en: () => import('./en-agreement.js').then((bundle) => bundle.enAgreement),
    ar: () => import('./ar-agreement.js').then((bundle) => bundle.arAgreement)
  }
} satisfies Record<string, Record<UiLanguage, () => Promise<Partial<Record<MessageKey, Message>>>>>;
export type MessagePack = keyof typeof packs;
const PACKS = Object.keys(packs) as MessagePack[];

type PackMessages = Partial<Record<MessageKey, Message>>;
// Replaced whole, never mutated: no need for a deep proxy over hundreds of messages.
let loaded = $state.raw<Partial<Record<MessagePack, Partial<Record<UiLanguage, PackMessages>>>>>({});
// The packs the views on screen need: a language shows only once it has all of them.
let wanted = $state.raw<MessagePack[]>([]);

function loadPack(pack: MessagePack, lang: UiLanguage): Promise<void> {
  if (loaded[pack]?.[lang]) return Promise.resolve();
  return packs[pack][lang]().then((messages: PackMessages) => {
    loaded = { ...loaded, [pack]: { ...loaded[pack], [lang]: messages } };
  });
}

function initialLanguage(): UiLanguage {
  const stored = readText(keys.language);
  return isUiLanguage(stored) ? stored : 'sv';
}

/**
 * The interface language: Swedish unless the visitor chose another (remembered across
 * visits). Reading `i18n.lang` inside markup makes every text follow a switch at once.
 * `shown` is the language actually on screen: the chosen one once its chunk has
 * arrived, Swedish until then; the page's `lang` and `dir` follow it.
 */
class LanguageState {
  lang = $state<UiLanguage>(initialLanguage());
  shown = $derived<UiLanguage>(catalogues[this.lang] && wanted.every((pack) => loaded[pack]?.[this.lang]) ? this.lang : 'sv');
  dir = $derived(DIRECTIONS[this.shown]);
  locale = $derived(LOCALES[this.shown]);
  /** Resolves when the stored language's catalogue is ready (the layout waits for it, so no Swedish flash). */
  readonly ready: Promise<void>;

  constructor() {
    this.ready = load(this.lang).catch(() => undefined);
  }

  /** Shows a language without remembering it: the projector, whose language the console sets. */
  show(lang: UiLanguage): void {
    void load(lang).catch(() => undefined);
    for (const pack of wanted) void loadPack(pack, lang).catch(() => undefined);
    this.lang = lang;
  }

  set(lang: UiLanguage): void {
    this.show(lang);
    writeText(keys.language, lang);
  }
}

export const i18n = new LanguageState();

const current = (): Catalogue => catalogues[i18n.shown]!;

/**
 * Loads a pack of messages (Swedish, the fallback, and the chosen language); the views
 * that show it await this before they render, so they render with every text in place.
 */
export async function loadMessages(pack: MessagePack): Promise<void> {
  await Promise.all([loadPack(pack, 'sv'), loadPack(pack, i18n.lang).catch(() => undefined), i18n.ready]);
  // Only now: a page already showing (the home page) keeps its language while these load.
  if (!wanted.includes(pack)) wanted = [...wanted, pack];
  // The language may have been switched while this loaded.
  void loadPack(pack, i18n.lang).catch(() => undefined);
}

/** The staff pages' messages: what their routes' `load` returns. */
export const loadStaffMessages = (): Promise<void> => loadMessages('staff');

/**
 * A message in the current language, with `{placeholders}` filled. A key from a pack
 * the page did not load shows as the key itself: a bug to see, not a crash.
 */
export const t = (key: MessageKey, params?: Params): string => {
  let message = (current().messages as PackMessages)[key];
  for (const pack of PACKS) message ??= loaded[pack]?.[i18n.shown]?.[key];
  return message === undefined ? key : format(i18n.shown, message, params);
};

/** A human sentence for an error code. */
export const errorText = (code: AnyErrorCode): string => current().errors[code];

/**
 * Workshop content written by the facilitator, in the interface language if the
 * facilitator gave it, else English, else the Swedish original: with the language it is
 * in, so the page can mark it (`lang`) and say that it is not translated.
 */
export function pickWithLanguage(text: Localized): { text: string; lang: UiLanguage } {
  for (const lang of [i18n.shown, 'en', 'sv'] as const) if (text[lang]) return { text: text[lang], lang };
  return { text: text.sv, lang: 'sv' };
}

/** Workshop content as plain text (for attributes and titles); on the page, `LocalText` marks fallbacks. */
export const pick = (text: Localized): string => pickWithLanguage(text).text;

/** The language new workshop content is written in: the interface language where the content exists in it. */
export const contentLanguage = (): Language => (i18n.shown === 'en' ? 'en' : 'sv');

export const num = (n: number): string => formatNumber(i18n.shown, n);

/** A date or time in the interface language (Arabic with Latin digits, like numbers). */
export const formatDate = (date: Date | number, options: Intl.DateTimeFormatOptions): string =>
  new Intl.DateTimeFormat(i18n.locale, options).format(date);
