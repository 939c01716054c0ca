import type { Message } from '../format.js';
import type { participantJoinSv } from './participant-join.sv.js';

/** English for ./participant-join.sv.ts: exactly the same keys (the type checker enforces it). */
export const participantJoinEn: Record<keyof typeof participantJoinSv, Message> = {
  'participant.profile.summary': 'Your profile',
  'participant.profile.anonymous': 'You take part anonymously unless you fill something in.',
  'participant.profile.private': 'Everything here is optional and only the facilitator sees it.',
  'participant.profile.namesHint': 'Your name is shown on the big screen only if you tick the box for it.',
  'participant.profile.sector': 'Field of activity (optional)',
  'participant.profile.sectorNone': 'Prefer not to say',
  'participant.profile.table': 'Table number (optional)',
  'participant.profile.tableInvalid': 'Enter a table number between 1 and {max}, or leave the field empty.',
  'participant.profile.showName': 'My name may be shown on the big screen',
  'participant.profile.showNameHint': 'Only applies if you have given your name. You can change your mind here at any time.',
  'participant.profile.table.short': 'table {table}',
  'participant.profile.saved': 'Your profile is saved.',
};
