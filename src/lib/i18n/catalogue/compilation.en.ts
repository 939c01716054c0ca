import type { Message } from '../format.js';
import type { compilationSv } from './compilation.sv.js';

/** English for ./compilation.sv.ts: exactly the same keys (the type checker enforces it). */
export const compilationEn: Record<keyof typeof compilationSv, Message> = {
  'agr.comp.pageTitle': 'Consultation report – {title}',
  'agr.comp.kicker': 'Consultation report',
  'agr.comp.remiss': 'Consultation version {n}, published {date}',
  'agr.comp.revised': 'Revised version {n}, published {date}',
  'agr.comp.back': 'Back to the agreement',
  'agr.comp.print': 'Print / save as PDF',
  'agr.comp.printHint': 'Choose “Save as PDF” in the print dialog to get a file. The page is laid out for A4.',
  'agr.comp.notFound.heading': 'The report does not exist',
  'agr.comp.notFound.body': 'There is no published consultation report for consultation version {n}. It is published once every comment has been answered.',

  'agr.comp.totals.heading': 'In numbers',
  'agr.comp.totals.comments': 'Comments',
  'agr.comp.totals.accepted': 'Accepted',
  'agr.comp.totals.partly': 'Partly accepted',
  'agr.comp.totals.rejected': 'Not accepted',
  'agr.comp.totals.hidden': 'Hidden by a moderator',
  'agr.comp.totals.associations': 'Associations',

  'agr.comp.comments.heading': 'Comments and answers',
  'agr.comp.quiet': 'Sections without comments',
  'agr.comp.from': 'From',
  'agr.comp.anonymous': 'Anonymous',
  'agr.comp.erased': '(erased)',
  'agr.comp.noAnswer': 'No answer',
  'agr.comp.hidden': { one: '{count} comment hidden by a moderator', other: '{count} comments hidden by a moderator' },
  'agr.comp.hiddenReason': 'Reason: {reason}',

  'agr.comp.changes.heading': 'What changed',
  'agr.comp.changes.intro': 'The consultation version compared with the revised version. Added words are underlined, removed words are struck through.',
  'agr.comp.changes.swedish': 'The changes are shown in the Swedish text.',
  'agr.comp.changes.none': 'The text did not change.',
  'agr.comp.status.changed': 'Changed',
  'agr.comp.status.added': 'New section',
  'agr.comp.status.removed': 'Removed section',
  'agr.comp.headingBefore': 'Formerly: {heading}',
  'agr.comp.unchanged': 'Unchanged sections',
  'agr.comp.ins': 'added:',
  'agr.comp.del': 'removed:'
};
