import { formatDay } from '../outcome/outcome-dates.js';
import { formatTime } from '../report/report-model.js';

/**
 * Dates on an agreement's public pages, in the interface's locale. A remiss closes at a
 * moment, said with its time ("15 mars 2027 kl. 23:59"): the last evening matters to
 * someone writing a comment. A decision is a calendar day as the organisers wrote it.
 */
export const formatClosing = (at: number, locale: string): string => formatTime(at, locale);

export const formatDecisionDay = (day: string, locale: string): string => formatDay(day, locale);

export { formatMoment as formatPublished } from '../outcome/outcome-dates.js';
