import { LIMITS } from './limits.js';
import {
  LANGUAGES,
  type AgendaItem,
  type EvaluationQuestion,
  type Localized,
  type Round,
  type Sector,
  type WorkshopSettings,
  type WorkshopSetup
} from './types.js';

/** The associations' sectors most municipalities group them by; a template may list its own. */
export const DEFAULT_SECTORS: readonly Sector[] = [
  { id: 'idrott', name: { sv: 'Idrott', en: 'Sport', ar: 'الرياضة' } },
  { id: 'kultur', name: { sv: 'Kultur', en: 'Culture', ar: 'الثقافة' } },
  { id: 'funktionsratt', name: { sv: 'Funktionsrätt', en: 'Disability rights', ar: 'حقوق ذوي الإعاقة' } },
  { id: 'social', name: { sv: 'Social verksamhet', en: 'Social work', ar: 'العمل الاجتماعي' } },
  { id: 'barn-unga', name: { sv: 'Barn och unga', en: 'Children and young people', ar: 'الأطفال والشباب' } },
  { id: 'trossamfund', name: { sv: 'Trossamfund', en: 'Faith communities', ar: 'المجتمعات الدينية' } },
  { id: 'integration', name: { sv: 'Integration', en: 'Integration', ar: 'الاندماج' } },
  { id: 'ovrigt', name: { sv: 'Övrigt', en: 'Other', ar: 'أخرى' } }
];

/** Asked at the end of a meeting, each answered from 1 (not at all) to 5 (fully). */
export const DEFAULT_EVALUATION: readonly EvaluationQuestion[] = [
  { id: 'lyssnad', text: { sv: 'Kände du dig lyssnad på?', en: 'Did you feel listened to?', ar: 'هل شعرت بأن صوتك مسموع؟' } },
  { id: 'formen', text: { sv: 'Passade formen för syftet?', en: 'Was the form right for the purpose?', ar: 'هل كان شكل اللقاء مناسبًا لهدفه؟' } },
  { id: 'fortsattning', text: { sv: 'Vet du vad som händer med det vi har sagt i dag?', en: 'Do you know what will happen with what was said today?', ar: 'هل تعرف ماذا سيحدث بما قيل اليوم؟' } },
  { id: 'delta-igen', text: { sv: 'Vill du vara med nästa gång?', en: 'Would you take part next time?', ar: 'هل ستشارك في المرة القادمة؟' } }
];

/** No queue, no names on the projector: the quiet choice, until a facilitator decides otherwise. */
export const DEFAULT_SETTINGS: Readonly<WorkshopSettings> = { moderationQueue: false, showNames: false };

/** Planned minutes of an agenda item: at most as long as the longest timer. */
const MAX_AGENDA_MINUTES = LIMITS.timerMs / 60_000;
/** Ids travel in URLs and events: the protocol's id format. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const isText = (value: unknown, max: number, required: boolean) =>
  typeof value === 'string' && value.length <= max && (!required || value.trim().length > 0);

/** Workshop content given as a plain string is Swedish (the original language of every text). */
export const asLocalized = (text: string | Localized): Localized => (typeof text === 'string' ? { sv: text } : text);

/** A text as it is kept: trimmed, with the translations that were left empty left out. */
export function tidyLocalized(text: Localized): Localized {
  const tidy: Localized = { sv: text.sv.trim() };
  for (const lang of ['en', 'ar'] as const) {
    const translated = text[lang]?.trim();
    if (translated) tidy[lang] = translated;
  }
  return tidy;
}

/** Swedish is always there (and non-empty when `required`); English and Arabic are optional. */
const isLocalized = (value: Localized | undefined, max: number, required = true) =>
  typeof value === 'object' &&
  value !== null &&
  isText(value.sv, max, required) &&
  (value.en === undefined || isText(value.en, max, false)) &&
  (value.ar === undefined || isText(value.ar, max, false));

const isCount = (value: unknown, min: number, max: number) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** The first id that is malformed or repeated, if any. */
function badIds(list: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of list) {
    if (typeof id !== 'string' || !ID.test(id)) return `malformed id ${JSON.stringify(id)}`;
    if (seen.has(id)) return `duplicate id ${id}`;
    seen.add(id);
  }
  return undefined;
}

function roundProblem(round: Round): string | undefined {
  const where = `round ${round.id}`;
  if (!isLocalized(round.title, LIMITS.title)) return `${where}: title`;
  if (!isLocalized(round.prompt, LIMITS.description)) return `${where}: prompt`;
  if (!isLocalized(round.postNoun, LIMITS.name)) return `${where}: postNoun`;
  if (round.topicsPerPost !== 'one' && round.topicsPerPost !== 'many') return `${where}: topicsPerPost`;
  if (round.budget?.per !== 'topic' && round.budget?.per !== 'round') return `${where}: budget.per`;
  if (!isCount(round.budget.votes, 1, LIMITS.votesPerBudget)) return `${where}: budget.votes`;
  if (!isCount(round.maxVotesPerPost, 1, Math.min(LIMITS.votesPerPost, round.budget.votes))) return `${where}: maxVotesPerPost`;
  if (typeof round.liveTallies !== 'boolean') return `${where}: liveTallies`;
  return undefined;
}

function agendaProblem(item: AgendaItem, roundIds: ReadonlySet<string>): string | undefined {
  const where = `agenda item ${item.id}`;
  if (!isLocalized(item.title, LIMITS.title)) return `${where}: title`;
  if (!isLocalized(item.instructions, LIMITS.description, false)) return `${where}: instructions`;
  if (item.roundId !== undefined && !roundIds.has(item.roundId)) return `${where}: unknown round ${item.roundId}`;
  if (item.minutes !== undefined && !isCount(item.minutes, 1, MAX_AGENDA_MINUTES)) return `${where}: minutes`;
  return undefined;
}

/**
 * What is wrong with a setup, in words for logs and tests, or undefined when it is valid.
 * Checks what the protocol's schemas cannot: unique ids, references between lists, and
 * the product's limits.
 */
export function setupProblem(setup: WorkshopSetup): string | undefined {
  if (!isLocalized(setup.title, LIMITS.title)) return 'title';
  if (!LANGUAGES.includes(setup.language)) return 'language';
  const lists = [
    ['topics', setup.topics, 1, LIMITS.topics],
    ['rounds', setup.rounds, 1, LIMITS.rounds],
    ['agenda', setup.agenda, 0, LIMITS.agendaItems],
    ['sectors', setup.sectors, 0, LIMITS.sectors],
    ['evaluation', setup.evaluation, 0, LIMITS.questions]
  ] as const;
  for (const [name, list, min, max] of lists) {
    if (!Array.isArray(list) || list.length < min || list.length > max) return `${name}: count`;
    const ids = badIds(list);
    if (ids) return `${name}: ${ids}`;
  }
  for (const topic of setup.topics) {
    if (!isLocalized(topic.name, LIMITS.title)) return `topic ${topic.id}: name`;
    if (!isLocalized(topic.description, LIMITS.description, false)) return `topic ${topic.id}: description`;
  }
  for (const round of setup.rounds) {
    const problem = roundProblem(round);
    if (problem) return problem;
  }
  const roundIds = new Set(setup.rounds.map((r) => r.id));
  for (const item of setup.agenda) {
    const problem = agendaProblem(item, roundIds);
    if (problem) return problem;
  }
  for (const sector of setup.sectors) if (!isLocalized(sector.name, LIMITS.name)) return `sector ${sector.id}: name`;
  for (const question of setup.evaluation) if (!isLocalized(question.text, LIMITS.title)) return `question ${question.id}: text`;
  if (typeof setup.settings?.moderationQueue !== 'boolean' || typeof setup.settings.showNames !== 'boolean') return 'settings';
  return undefined;
}

export const validateSetup = (setup: WorkshopSetup): boolean => setupProblem(setup) === undefined;

/** A round as logs written before stacking and live tallies existed hold it. */
export type StoredRound = Omit<Round, 'maxVotesPerPost' | 'liveTallies'> & Partial<Pick<Round, 'maxVotesPerPost' | 'liveTallies'>>;

/** A setup as any version of the log may hold it: the later additions may be missing. */
export type StoredSetup = Omit<WorkshopSetup, 'rounds' | 'agenda' | 'sectors' | 'evaluation' | 'settings'> &
  Partial<Pick<WorkshopSetup, 'agenda' | 'sectors' | 'evaluation'>> & {
    rounds: StoredRound[];
    settings?: Partial<WorkshopSetup['settings']>;
  };

/**
 * Fills in what setups written by older versions lack, so their logs still load:
 * the agenda becomes one item per round, sectors and evaluation questions the defaults,
 * settings off, rounds one vote per post without live tallies.
 *
 * MUTATES `setup` and returns it (now a full WorkshopSetup): pass a copy of anything
 * that must stay untouched, such as a log entry's command. Fields already present are
 * kept as they are; the defaults are copied, never shared.
 */
export function withSetupDefaults(setup: StoredSetup): WorkshopSetup {
  for (const round of setup.rounds) {
    round.maxVotesPerPost ??= 1;
    round.liveTallies ??= false;
  }
  const rounds = setup.rounds as Round[];
  setup.agenda ??= rounds.map((round) => ({
    id: round.id,
    title: structuredClone(round.title),
    instructions: structuredClone(round.prompt),
    roundId: round.id
  }));
  setup.sectors ??= structuredClone(DEFAULT_SECTORS) as Sector[];
  setup.evaluation ??= structuredClone(DEFAULT_EVALUATION) as EvaluationQuestion[];
  const settings = (setup.settings ??= {});
  settings.moderationQueue ??= DEFAULT_SETTINGS.moderationQueue;
  settings.showNames ??= DEFAULT_SETTINGS.showNames;
  return setup as WorkshopSetup;
}
