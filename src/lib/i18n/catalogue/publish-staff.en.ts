import type { Message } from '../format.js';
import type { publishStaffSv } from './publish-staff.sv.js';

/** English for ./publish-staff.sv.ts: exactly the same keys (the type checker enforces it). */
export const publishStaffEn: Record<keyof typeof publishStaffSv, Message> = {
  'publish.console.heading': 'Feedback to participants',
  'publish.console.intro': 'Tell the participants what came of the meeting – and what has happened since.',
  'publish.console.publishHeading': 'Publish the results',
  'publish.console.state.published': 'Published {date}',
  'publish.console.state.draft': 'Not published',
  'publish.console.what':
    'Once the results are published, the participant link and the QR code show them to anyone with the link: the interpretations and activities ranked by votes, the meeting in numbers, your closing summary and the updates below. No names, association names, contact details or evaluation answers are shown, and hidden or merged posts do not count.',
  'publish.console.noSummary': 'No closing summary has been written yet. The page shows without one until you write it under Report.',
  'publish.console.publish': 'Publish the results',
  'publish.console.withdraw': 'Withdraw the publication',
  'publish.console.busy': 'Sending…',
  'publish.console.withdrawNote':
    'If you withdraw it, the link goes straight back to showing the meeting instead of the results. You can publish again whenever you like.',
  'publish.console.open': 'Open the published page (new tab)',

  'publish.updates.consoleHeading': 'What has happened since the meeting?',
  'publish.updates.consoleHint':
    'Dated updates show newest first on the published page and on the projector (“What has happened since last time?”).',
  'publish.updates.date': 'Date',
  'publish.updates.text': 'What has happened?',
  'publish.updates.textHint': 'For example: The municipal executive board adopted the agreement.',
  'publish.updates.add': 'Add the update',
  'publish.updates.needText': 'Write what has happened.',
  'publish.updates.needDate': 'Choose a date.',
  'publish.updates.added': 'The update has been added.',
  'publish.updates.removed': 'The update has been removed.',
  'publish.updates.none': 'No updates yet.',
  'publish.updates.full': 'There can be at most {count} updates. Remove one to add a new one.',
  'publish.updates.listHeading': { one: '{count} update', other: '{count} updates' },
  'publish.updates.remove': 'Remove',
  'publish.updates.removeLabel': 'Remove the update of {date}: {text}',
  'publish.updates.confirm': 'Remove the update of {date}?',
  'publish.updates.confirmYes': 'Yes, remove',
  'publish.updates.cancel': 'Cancel',

  'publish.screen.label': 'Updates, newest first',
  'publish.screen.empty': 'No updates yet.'
};
