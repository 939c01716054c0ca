import type { OutcomeUpdate } from '$lib/domain/types.js';

/** Dates on the published outcome and the console; `locale` is the interface's (i18n.locale). */

/**
 * "2025-03-04" → "4 mars 2025": the day an update is about, as the organiser wrote it.
 * Read as a calendar day (UTC noon), never shifted by the reader's time zone.
 */
export function formatDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date, 12));
}

/** A moment (ms) as a day in the reader's own time zone: "12 april 2025". */
export const formatMoment = (at: number, locale: string): string => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(at);

/** Today on this device's calendar, as YYYY-MM-DD (what a date input holds). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Newest first, the way the published page and the projector list updates: what is new
 * is on top, and on a full projector the oldest give way. Same day: the later written first.
 */
export const newestFirst = (updates: readonly OutcomeUpdate[]): OutcomeUpdate[] =>
  [...updates].sort((a, b) => b.date.localeCompare(a.date) || b.at - a.at);
