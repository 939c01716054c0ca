import type { Message } from '../format.js';
import type { privacyStaffSv } from './privacy-staff.sv.js';

/** English for ./privacy-staff.sv.ts: exactly the same keys (the type checker enforces it). */
export const privacyStaffEn: Record<keyof typeof privacyStaffSv, Message> = {
  'privacy.console.heading': 'Data and security',
  'privacy.console.deleteAt': 'Deleted automatically on {date}',
  'privacy.console.deleteAtHint': {
    one: 'That is {count} day after the latest change. Every change in the workshop moves the date on.',
    other: 'That is {count} days after the latest change. Every change in the workshop moves the date on.'
  },
  'privacy.console.pageLink': 'How participants’ data is handled (opens in a new tab)',
  'privacy.close.heading': 'New participants',
  'privacy.close.open': 'The meeting accepts new participants.',
  'privacy.close.closed': 'The meeting does not accept new participants. Those who have joined can come back.',
  'privacy.close.label': 'Close to new participants',
  'privacy.close.hint': 'The code then works only for those who have already joined, for example after the meeting or if the code has spread outside the room.',
  'privacy.rotate.heading': 'The control panel key',
  'privacy.rotate.info':
    'Change the key if the control panel link may have reached the wrong person. The old link then stops working at once, and other open control panels are signed out. You get a new link here.',
  'privacy.rotate.button': 'Change key',
  'privacy.rotate.busy': 'Changing key…',
  'privacy.rotate.question': 'Change the key now? The old link stops working, and other control panels are signed out.',
  'privacy.rotate.yes': 'Yes, change key',
  'privacy.rotate.done': 'The key is changed. Keep the new link – the old one no longer works.',
  'privacy.rotate.newLink': 'New control panel link',
  'privacy.rotate.copy': 'Copy the new link',
  'privacy.rotate.copied': 'The new link is copied.',
  'privacy.rotate.copyFailed': 'Could not copy. Select the link and copy it yourself.',
  'privacy.delete.heading': 'Delete the workshop',
  'privacy.delete.info': 'Removes everything in the workshop at once, without waiting for the automatic deletion. This cannot be undone.',
  'privacy.delete.button': 'Delete the workshop now',
  'privacy.delete.dialogHeading': 'Delete the workshop for good?',
  'privacy.delete.what':
    'Everything in the workshop is deleted from the server at once: posts, votes, profiles, working-group sign-ups with contact details, and evaluation answers. This cannot be undone.',
  'privacy.delete.others': 'Participants’ phones, the big screen and other open control panels will show that the workshop is deleted.',
  'privacy.delete.typeCode': 'Type the meeting code, {code}, to confirm',
  'privacy.delete.wrongCode': 'The code does not match. Type {code}.',
  'privacy.delete.yes': 'Delete for good',
  'privacy.delete.busy': 'Deleting…',
  'privacy.page.title': 'Privacy',
  'privacy.page.heading': 'How your data is handled in Samråd',
  'privacy.page.intro': 'Samråd collects as little as possible. You need no account and can take part fully anonymously.',
  'privacy.page.stored.heading': 'What is stored',
  'privacy.page.stored.posts': 'Your posts – interpretations and activities – and which principles they belong to.',
  'privacy.page.stored.votes': 'Your votes.',
  'privacy.page.stored.profile': 'If you wish: name, association, sector and table number. All of it is optional.',
  'privacy.page.stored.signup':
    'If you sign up for the working group: name and contact details, only with your consent. You can withdraw the sign-up at any time.',
  'privacy.page.stored.evaluation': 'Your evaluation answers, with a comment if you write one.',
  'privacy.page.stored.device':
    'No accounts, no trackers and no cookies. The browser keeps only what the device needs (in localStorage): a random key that keeps you the same participant when you reload the page, what you sent that has not arrived yet, and your language choice. The facilitator’s browser also keeps the control panel key.',
  'privacy.page.stored.address':
    'Your IP address stays in the server’s memory for at most a minute, to stop abuse such as guessing codes. It is not stored in the meeting and not written to the server’s logs.',
  'privacy.page.why.heading': 'Why',
  'privacy.page.why.body':
    'The data is used for the meeting only: to show and vote on the posts, so the facilitator can see which associations and sectors take part, to contact those who signed up for the working group, and to follow up the meeting with the evaluation. Samråd uses it for nothing else and passes it to no one.',
  'privacy.page.howLong.heading': 'For how long',
  'privacy.page.howLong.days': {
    one: 'A workshop is deleted automatically, with everything in it, {count} day after its latest change.',
    other: 'A workshop is deleted automatically, with everything in it, {count} days after its latest change.'
  },
  'privacy.page.howLong.default':
    'A workshop is deleted automatically, with everything in it, some time after its latest change: 180 days, unless whoever runs the server chose otherwise.',
  'privacy.page.howLong.early': 'The facilitator can delete the workshop sooner, straight from the control panel. Everything then goes at once.',
  'privacy.page.who.heading': 'Who sees what',
  'privacy.page.who.col.who': 'Who',
  'privacy.page.who.col.sees': 'Sees',
  'privacy.page.who.participants': 'Other participants',
  'privacy.page.who.participantsSees':
    'The posts, without names, and the results when the facilitator shows them. Association names given so far are suggested when others type theirs, with no link to who gave them. Not who wrote or voted for what, sign-ups or evaluation answers.',
  'privacy.page.who.screen': 'The big screen',
  'privacy.page.who.screenSees':
    'The posts, how many take part and from which sectors, votes and results when the facilitator shows them, and a summary of the evaluation. Your name only if you ticked that it may be shown and the facilitator turned that on.',
  'privacy.page.who.facilitators': 'The facilitators',
  'privacy.page.who.facilitatorsSees':
    'What the big screen shows, and also: name, association, sector and table of whoever wrote a post (if they gave them), hidden posts and posts waiting for approval, working-group sign-ups with contact details, and the evaluation comments. Not who voted for what.',
  'privacy.page.who.operator': 'Whoever runs the server',
  'privacy.page.who.operatorSees': 'Everything stored on the server, until the workshop is deleted – except what you erased: that can no longer be read.',
  'privacy.page.rights.heading': 'Your rights',
  'privacy.page.rights.change': 'You can change your profile and withdraw posts, votes and your sign-up at any time from your phone.',
  'privacy.page.rights.erase':
    'You can delete your data with “Delete my data” on the meeting’s page on your phone. Your profile, sign-up, evaluation answer and votes are then removed, and your posts withdrawn. In the meeting’s log on the server, what you wrote and were called is stored locked with a key of your own; the key is destroyed before your phone says it is done, so it can never be read again. Files the facilitator downloaded before that are not reached.',
  'privacy.page.rights.contact':
    'To find out what is stored about you, get a copy or have it deleted in another way: contact whoever invited you to the meeting.',
  'privacy.page.operator.heading': 'Who is responsible',
  'privacy.page.operator.body':
    'Samråd is free software running on a server chosen by the meeting’s organiser, often the municipality’s own. The organiser is responsible for the data and is who you contact. Samråd passes nothing on: the pages load nothing from other websites.'
};
