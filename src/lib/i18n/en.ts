import type { Message } from './format.js';
import type { CommonKey } from './sv.js';
import { privacyEn } from './catalogue/privacy.en.js';
import { publishEn } from './catalogue/publish.en.js';
import { a11yEn } from './catalogue/a11y.en.js';
import { exportsHomeEn } from './catalogue/exports-home.en.js';
import { seriesHomeEn } from './catalogue/series-home.en.js';
import { participantJoinEn } from './catalogue/participant-join.en.js';

/** Same keys as `sv` (a missing or extra key is a type error); forms may differ. Staff areas: en-staff.ts. */
export const en: Record<CommonKey, Message> = {
  'app.name': 'Samråd',
  'content.untranslated': 'not translated',
  'app.tagline': 'Dialogue meetings between a municipality and its associations',
  'layout.skip': 'Skip to content',
  'layout.home': 'Samråd – to the start page',
  'layout.footer': 'Samråd is free software for dialogue meetings. No accounts, no trackers – everything stays on the meeting’s own server.',
  'lang.label': 'Language',

  'conn.connecting': 'Connecting…',
  'conn.connected': 'Connected',
  'conn.reconnecting': 'Reconnecting…',
  'conn.offline': 'Offline',
  'conn.unsent': {
    one: '{count} change not sent yet – it will be sent when you are back online.',
    other: '{count} changes not sent yet – they will be sent when you are back online.'
  },
  'conn.sending': { one: 'Sending {count} change…', other: 'Sending {count} changes…' },
  'error.page.heading': 'Page not found',
  'error.page.body': 'This address does not lead to a page in Samråd. Check the link or go to the start page.',
  'error.page.other': 'Something went wrong while showing the page. Reload it or go to the start page.',
  'error.page.home': 'To the start page',
  'error.dismiss': 'Close message',
  'error.refusedPost': 'Your text did not get in. Here it is, so you can copy it:',

  'home.title': 'Welcome to Samråd',
  'home.intro': 'Take part in a dialogue meeting from your phone, or create a workshop for your own meeting.',
  'home.join.heading': 'Join a meeting',
  'home.join.label': 'Meeting code',
  'home.join.hint': 'Six characters shown on the big screen, for example K7M 4QX. A consultation (remiss) has seven.',
  'home.join.submit': 'Join',
  'home.join.empty': 'Type the code shown on the big screen.',
  'home.join.invalid': 'The code is six characters (seven for a consultation), letters and digits. Compare with the big screen.',
  'home.create.heading': 'Create a workshop',
  'home.create.intro': 'For facilitators. You get a code for participants, a projector view and a control panel.',
  'home.create.template': 'Template',
  'home.create.title': 'Title (optional)',
  'home.create.titleHint': 'Shown to participants. Leave empty to use the template’s title.',
  'home.create.submit': 'Create workshop',
  'home.create.busy': 'Creating…',

  'round.short': 'Conversation {n}',
  'stage.collecting': 'Collecting',
  'stage.voting': 'Voting',
  'stage.results': 'Results',
  'stage.closed': 'Closed',
  'phase.lobby': 'Lobby',

  'p.pageTitle': 'Join – {code}',
  'join.heading': 'Join the meeting',
  'join.code': 'Code {code}',
  'join.name': 'Your name (optional)',
  'join.association': 'Association (optional)',
  'join.submit': 'Join',
  'join.closed': 'The meeting no longer accepts new participants. If you already joined from this phone, you come back automatically.',
  'join.expired': 'Your earlier connection is no longer recognised. Please join again.',
  'unknown.heading': 'Unknown code',
  'unknown.body': 'There is no meeting with the code {code}. Check the code on the big screen and try again.',
  'unknown.back': 'Enter another code',

  'results.heading': 'Results',
  'results.votes': { one: '{count} vote', other: '{count} votes' },
  'results.rank': 'Rank {rank}',
  'results.none': 'No posts.',
  'results.waiting': 'Results appear when the facilitator shows them.',

  'f.phase.button': '{round}: {stage}',
  'timer.label': 'Time left',
  'timer.paused': 'Paused',
  'timer.aria': 'Time left: {time}',
  'timer.lastMinute': 'One minute left.',
  'timer.done': 'Time is up.',
  'timer.closed': 'Closed',
  ...privacyEn,
  ...publishEn,
  ...a11yEn,
  ...exportsHomeEn,
  ...seriesHomeEn,
  ...participantJoinEn,
};
