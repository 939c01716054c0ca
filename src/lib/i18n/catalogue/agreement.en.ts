import type { Message } from '../format.js';
import type { agreementSv } from './agreement.sv.js';

/** English for ./agreement.sv.ts: exactly the same keys (the type checker enforces it). */
export const agreementEn: Record<keyof typeof agreementSv, Message> = {
  'agr.loading': 'Fetching the text…',
  'agr.notFound.heading': 'This page does not exist',
  'agr.notFound.body': 'There is no agreement with the code {code}. Check the link or the QR code.',
  'agr.failed.heading': 'The text could not be fetched',
  'agr.failed.body': 'No contact with the server right now. Check your connection and try again.',
  'agr.retry': 'Try again',

  'agr.stage.draft': 'Proposal being written',
  'agr.stage.remiss': 'Consultation – open for comments',
  'agr.stage.closed': 'The consultation has closed',
  'agr.stage.compiled': 'Proposal revised after the consultation',
  'agr.stage.adopted': 'Adopted agreement',
  'agr.draft.body': 'The text is not published yet – the working group is still writing the proposal. Come back here later: the link and the QR code stay the same.',
  'agr.remiss.until': 'Open for comments until {date}.',
  'agr.remiss.what': 'A consultation (remiss) means the proposal is sent out so that associations can give their views before it is decided.',
  'agr.remiss.how': 'Read the sections and press “Comment” under the section you want to say something about. Every comment is answered in a consultation report.',
  'agr.remiss.start': 'Read and comment',
  'agr.closed.body': 'The consultation closed on {date}. The organisers are now going through and answering every comment.',
  'agr.compiled.body': 'The text has been changed after the consultation. The consultation report shows how each comment was answered and what changed.',
  'agr.compilation.link': 'Consultation report for consultation version {n} ({date})',
  'agr.adopted.decided': 'Adopted on {date}',
  'agr.adopted.decision': 'Decision: {decision}',
  'agr.adopted.body': 'Associations can join the agreement here on this page.',
  'agr.adopted.join': 'Join with your association',
  'agr.version': 'Version {n}, published {date}',

  'agr.toc.label': 'Sections',
  'agr.toc.summary': { one: 'Contents – {count} section', other: 'Contents – {count} sections' },
  'agr.section.empty': 'This section has no text yet.',
  'agr.sources.summary': 'What the associations said ({count})',
  'agr.sources.intro': 'This is what participants wrote at the dialogue meetings. The paragraph above builds on it.',
  'agr.sources.gone': {
    one: '{count} post can no longer be shown (hidden or erased).',
    other: '{count} posts can no longer be shown (hidden or erased).'
  },
  'agr.comment.open': 'Comment',
  'agr.comment.openSection': 'on the section {section}',

  'agr.own.heading': 'Your comments',
  'agr.own.link': { one: 'Your comment ({count})', other: 'Your comments ({count})' },
  'agr.own.intro': 'Comments you have sent from this browser.',
  'agr.own.on': 'On the section “{section}”',
  'agr.own.as': 'For {association}',
  'agr.own.anonymous': 'Anonymous',
  'agr.own.erased': '(erased)',
  'agr.own.waiting': 'Not answered yet. The answers are published in the consultation report.',
  'agr.answer.label': 'Answer:',
  'agr.verdict.accepted': 'Accepted',
  'agr.verdict.partly': 'Partly accepted',
  'agr.verdict.rejected': 'Not accepted',

  'agr.joined.heading': 'Associations that have joined',
  'agr.joined.none': 'No association has joined yet.',
  'agr.joined.more': { one: 'and {count} more association', other: 'and {count} more associations' },
  'agr.joined.total': { one: '{count} association has joined.', other: '{count} associations have joined.' }
};
