import type { Message } from '../format.js';
import type { phoneSv } from './phone.sv.js';

/** English for ./phone.sv.ts: exactly the same keys (the type checker enforces it). */
export const phoneEn: Record<keyof typeof phoneSv, Message> = {
  'phone.more.heading': 'My details',
  'phone.more.hint': 'Name and association, the working group, delete my data',
  'phone.lobby.agenda': 'Programme',
  'phone.lobby.now': 'Now',
  'phone.about': 'About this conversation and the principles',
  'phone.about.instructions': 'What to do',
  'phone.step.nav': 'Principles',
  'phone.step.pick': 'Show principle',
  'phone.step.of': 'Principle {n} of {total}',
  'phone.step.prev': 'Previous principle',
  'phone.step.next': 'Next principle',
  'phone.step.nextTo': 'Next: {topic}',
  'phone.step.option': { one: '{topic} – {count} post', other: '{topic} – {count} posts' },
  'phone.hidden': 'Hidden by the facilitator',
  'phone.hidden.info': 'Only you see this post now. Others do not, and it cannot get votes.',
  'phone.vote.refused': 'The vote was not accepted: {reason} The page now shows your votes as they are.'
};
