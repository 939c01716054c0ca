import type { Message } from '../format.js';
import type { privacySv } from './privacy.sv.js';

/** English for ./privacy.sv.ts: exactly the same keys (the type checker enforces it). */
export const privacyEn: Record<keyof typeof privacySv, Message> = {
  'privacy.link': 'How your data is handled',
  'privacy.linkNewTab': 'How your data is handled (opens in a new tab)',
  'privacy.footerLink': 'Privacy',
  'privacy.cancel': 'Cancel',

  'privacy.ended.deleted.heading': 'The workshop is deleted',
  'privacy.ended.deleted.phone':
    'The workshop has been deleted with everything in it: posts, votes, profiles, sign-ups and evaluation answers. None of it is left on the server, and this phone has forgotten that you took part.',
  'privacy.ended.deleted.console':
    'The workshop has been deleted with everything in it: posts, votes, profiles, sign-ups and evaluation answers. The links to the meeting, the big screen and the control panel no longer lead anywhere.',
  'privacy.ended.deleted.screen': 'Everything in the workshop has been deleted. The big screen has nothing more to show – you can close this window.',
  'privacy.ended.keyRotated.heading': 'The control panel key has been changed',
  'privacy.ended.keyRotated.body':
    'Someone changed the key from another control panel. The link you used no longer works, and this control panel has been signed out. Ask the person who changed the key for the new link.',
  'privacy.ended.erased.heading': 'Your data is deleted',
  'privacy.ended.erased.body':
    'Your profile, your working-group sign-up, your evaluation answer and your votes are removed, and your posts are withdrawn. This phone has forgotten that you took part.',
  'privacy.ended.erased.again': 'You can join again as a new, anonymous participant. Nothing you did before comes along.',
  'privacy.ended.erased.rejoin': 'Join again anonymously',
};
