import type { Message } from '../format.js';
import type { seriesHomeSv } from './series-home.sv.js';

/** English for ./series-home.sv.ts: exactly the same keys (the type checker enforces it). */
export const seriesHomeEn: Record<keyof typeof seriesHomeSv, Message> = {
  // Home page
  'series.create.heading': 'Create a series',
  'series.create.intro': 'Several dialogue meetings that belong together? Gather them in a series and see their results together.',
  'series.create.title': 'Name of the series',
  'series.create.titleHint': 'For example “Dialogue meetings, spring 2017”.',
  'series.create.empty': 'Give the series a name.',
  'series.create.submit': 'Create series',
  'series.create.busy': 'Creating…',
};
