import type { Message } from '../format.js';
import type { privacyEraseSv } from './privacy-erase.sv.js';

/** English for ./privacy-erase.sv.ts: exactly the same keys (the type checker enforces it). */
export const privacyEraseEn: Record<keyof typeof privacyEraseSv, Message> = {
  'privacy.access.hint': 'Everything the meeting has stored about you – profile, posts, votes, sign-up and evaluation – as a file.',
  'privacy.access.download': 'Download my data',
  'privacy.erase.summary': 'Delete my data',
  'privacy.erase.deleted': 'This is deleted at once:',
  'privacy.erase.item.profile': 'your profile: name, association, sector and table',
  'privacy.erase.item.signup': 'your working-group sign-up with contact details',
  'privacy.erase.item.evaluation': 'your evaluation answer',
  'privacy.erase.item.votes': 'your votes',
  'privacy.erase.item.posts': 'your posts – they are withdrawn and their text removed (a post that others’ posts were merged into stays, with no link to you)',
  'privacy.erase.kept': 'This is not deleted at once:',
  'privacy.erase.keptLog': {
    one: 'The meeting’s log on the server keeps your votes and scores, without a name, until the whole workshop is deleted – at the latest {count} day after the meeting’s latest change. What you wrote and were called can no longer be read.',
    other:
      'The meeting’s log on the server keeps your votes and scores, without a name, until the whole workshop is deleted – at the latest {count} days after the meeting’s latest change. What you wrote and were called can no longer be read.'
  },
  'privacy.erase.keptLogNoDays':
    'The meeting’s log on the server keeps your votes and scores, without a name, until the whole workshop is deleted – automatically, some time after the meeting’s latest change. What you wrote and were called can no longer be read.',
  'privacy.erase.yes': 'Yes, delete my data',
  'privacy.erase.busy': 'Deleting…',
  'privacy.erase.waiting': 'It will be deleted as soon as the phone is connected again.',
};
