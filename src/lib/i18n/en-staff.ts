import type { Message } from './format.js';
import type { StaffKey } from './sv-staff.js';
import { meetingEn } from './catalogue/meeting.en.js';
import { moderationEn } from './catalogue/moderation.en.js';
import { setupEn } from './catalogue/setup.en.js';
import { screenEn } from './catalogue/screen.en.js';
import { publishStaffEn } from './catalogue/publish-staff.en.js';
import { a11yStatementEn } from './catalogue/a11y-statement.en.js';
import { reportEn } from './catalogue/report.en.js';
import { exportsEn } from './catalogue/exports.en.js';
import { privacyStaffEn } from './catalogue/privacy-staff.en.js';
import { seriesEn } from './catalogue/series.en.js';
import { agreementFileEn } from './catalogue/agreement-file.en.js';
import { agreementStaffEn } from './catalogue/agreement-staff.en.js';

/** Same keys as `svStaff` (a missing or extra key is a type error): English for the staff pages. */
export const enStaff: Record<StaffKey, Message> = {
  's.pageTitle': 'Big screen – {code}',
  's.scan': 'Scan the QR code or go to',
  's.enterCode': 'and enter the code',
  's.qrAlt': 'QR code leading to {url}',
  's.joined': { one: '{count} participant has joined', other: '{count} participants have joined' },
  's.posts': { one: '{count} post', other: '{count} posts' },
  's.votesCast': { one: '{count} vote cast', other: '{count} votes cast' },
  's.empty': 'No posts yet',
  's.strip': 'Join at {url} with the code {code}',
  's.fullscreen': 'Full screen',
  's.exitFullscreen': 'Exit full screen',
  's.thanks': 'Thank you for today!',
  's.waiting': 'The meeting starts soon',
  'f.pageTitle': 'Control panel – {title}',
  'f.missingKey.heading': 'Key missing',
  'f.missingKey.body':
    'The control panel needs the meeting’s secret key. Open the link you got when the meeting was created – it ends with #key= followed by the key.',
  'f.badKey.heading': 'Wrong key',
  'f.badKey.body': 'The key in the link is not valid for this meeting. Check that you have the whole link.',
  'f.notFound.heading': 'Meeting not found',
  'f.notFound.body': 'There is no meeting at this address. It may have been deleted.',
  'f.keyNote': 'Keep the address of this page: it holds the key that controls the meeting. Do not share it with participants.',
  'f.share.heading': 'Invite',
  'f.code': 'Code',
  'f.link': 'Participant link',
  'f.copy': 'Copy the link',
  'f.copied': 'The link is copied.',
  'f.copyFailed': 'Could not copy. Select the link and copy it yourself.',
  'f.openScreen': 'Open the big screen in a new tab',
  'f.qrAlt': 'QR code for the participant link {url}',
  'f.localhost':
    'The participant link points at {host}, which phones in the room cannot reach. Start the server with PUBLIC_URL set to an address the phones can reach, for example http://192.168.1.20:3000.',
  'f.stats.heading': 'Right now',
  'f.stats.joined': 'Participants',
  'f.stats.posts': 'Active posts',
  'f.phase.heading': 'Run the meeting',
  'f.phase.hint': 'Choose what participants should do now. The current step is marked.',
  'f.phase.current': 'current',
  'f.posts.heading': 'Posts',
  'f.posts.round': 'Show posts from',
  'f.posts.none': 'No posts yet.',
  'f.posts.hidden': 'Hidden',
  'f.posts.anonymous': 'Anonymous',
  'f.posts.count': { one: '{count} post', other: '{count} posts' },
  'f.hide': 'Hide',
  'f.hideLabel': 'Hide: {text}',
  'f.unhide': 'Unhide',
  'f.unhideLabel': 'Unhide: {text}',
  ...meetingEn,
  ...moderationEn,
  ...setupEn,
  ...screenEn,
  ...publishStaffEn,
  ...a11yStatementEn,
  ...reportEn,
  ...exportsEn,
  ...privacyStaffEn,
  ...seriesEn,
  ...agreementFileEn,
  ...agreementStaffEn,
};
