import type { OutcomeRound, OutcomeRow, OutcomeView } from '$lib/domain/outcome-view.js';
import type { Language, Localized } from '$lib/domain/types.js';

/**
 * What the report's sections show, as plain functions of the outcome. The report's content
 * follows the workshop's language (the interface's own texts follow the reader's choice).
 */
export const inLanguage = (text: Localized, lang: Language): string => (lang === 'en' && text.en ? text.en : text.sv);

/** Rounds whose posts belong to one principle each (Samtal 1: interpretations). */
export const interpretationRounds = (outcome: OutcomeView) => outcome.rounds.filter((r) => r.topicsPerPost === 'one');
/** Rounds whose posts link one or more principles (Samtal 2: activities). */
export const activityRounds = (outcome: OutcomeView) => outcome.rounds.filter((r) => r.topicsPerPost === 'many');

/** A bar's length as a share of the longest, 0..1; nothing to compare gives 0. */
export const share = (value: number, max: number): number => (max > 0 ? Math.max(0, Math.min(1, value / max)) : 0);

export interface CoverageActivity {
  id: string;
  text: string;
  votes: number;
  topicIds: string[];
}

export interface Coverage {
  /** Each activity once, most votes first (ties in the order the principles list them). */
  activities: CoverageActivity[];
  /** Per principle, in the setup's order: how many activities link it and their votes. */
  totals: { topicId: string; name: Localized; activities: number; votes: number }[];
}

/** Which activities of a round link which principles. */
export function coverage(round: OutcomeRound): Coverage {
  const byId = new Map<string, CoverageActivity>();
  for (const topic of round.topics) {
    for (const row of topic.rows) if (!byId.has(row.id)) byId.set(row.id, { id: row.id, text: row.text, votes: row.votes, topicIds: row.topicIds });
  }
  const activities = [...byId.values()].sort((a, b) => b.votes - a.votes);
  const totals = round.topics.map((topic) => ({
    topicId: topic.id,
    name: topic.name,
    activities: topic.rows.length,
    votes: topic.rows.reduce((sum, row) => sum + row.votes, 0)
  }));
  return { activities, totals };
}

export interface PlanGroup {
  topicId: string;
  name: Localized;
  /** The principle's activities, most votes first; `alsoUnder` names the other principles one links. */
  rows: { row: OutcomeRow; alsoUnder: Localized[] }[];
}

/**
 * The draft activity plan (Aktivitetsplan): each principle with its activities by votes. An
 * activity linked to several principles stands under each, marked, so no principle's list
 * looks thinner than what the meeting said.
 */
export function activityPlan(round: OutcomeRound): PlanGroup[] {
  const names = new Map(round.topics.map((t) => [t.id, t.name]));
  return round.topics.map((topic) => ({
    topicId: topic.id,
    name: topic.name,
    rows: topic.rows.map((row) => ({
      row,
      alsoUnder: row.topicIds.filter((id) => id !== topic.id && names.has(id)).map((id) => names.get(id)!)
    }))
  }));
}

export interface SectorRow {
  id: string;
  /** Null for "none given". */
  name: Localized | null;
  count: number;
}

/** Participants per sector: the setup's sectors in order (those with anyone), then unknown ids, then "none given". */
export function sectorRows(outcome: OutcomeView): SectorRow[] {
  const counts = outcome.figures.sectors;
  const known = new Set(outcome.sectors.map((s) => s.id));
  const rows: SectorRow[] = outcome.sectors.filter((s) => (counts[s.id] ?? 0) > 0).map((s) => ({ id: s.id, name: s.name, count: counts[s.id]! }));
  // A sector removed from the setup after people chose it: still counted, named by its id.
  for (const [id, count] of Object.entries(counts)) if (id && !known.has(id) && count > 0) rows.push({ id, name: { sv: id }, count });
  if ((counts[''] ?? 0) > 0) rows.push({ id: '', name: null, count: counts['']! });
  return rows;
}

/** A day in the reader's locale ("12 maj 2025"); `YYYY-MM-DD` strings are read as that calendar day, whatever the time zone. */
export function formatDay(value: number | string, locale: string): string {
  const date = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
  if (typeof value === 'string') options.timeZone = 'UTC';
  return new Intl.DateTimeFormat(locale, options).format(date);
}

export const formatTime = (value: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value));
