import type { Message } from '../format.js';
import type { exportsSv } from './exports.sv.js';

/** English for ./exports.sv.ts: exactly the same keys (the type checker enforces it). */
export const exportsEn: Record<keyof typeof exportsSv, Message> = {
  'exports.heading': 'Results and export',
  'exports.intro': 'Download the meeting’s results to keep working on them in spreadsheets and documents.',
  'exports.xlsx': 'Excel (.xlsx)',
  'exports.xlsxHint': 'Summary, one sheet per round, participation by association and a draft activity plan.',
  'exports.csv': 'CSV for Excel in Swedish (semicolons)',
  'exports.csvHint': 'One post per row. Opens in the right columns in Excel set to Swedish.',
  'exports.csvComma': 'CSV with commas',
  'exports.csvCommaHint': 'The same content, for other programs and Excel in English.',
  'exports.md': 'Summary as text (.md)',
  'exports.mdHint': 'The figures and each principle’s ranked list, to paste into minutes and reports.',
  'exports.json': 'The whole workshop (.json)',
  'exports.jsonHint':
    'For the archive, or to import the workshop on the start page of another Samråd. With participants’ names and associations, without contact details or keys.',
  'exports.signups.heading': 'Working-group sign-ups',
  'exports.signups.note':
    'The contact details are in this file only – in none of the files above. Share it only with those who will contact the working group, and delete it when it is no longer needed.',
  'exports.signups.download': 'Sign-ups with contact details (.csv)',
  'exports.signups.count': { one: '{count} person has signed up.', other: '{count} people have signed up.' },
  'exports.signups.none': 'Nobody has signed up yet.',
  'exports.busy': 'Downloading…',
  'exports.done': '{file} is downloaded.',
  'exports.failed': 'The file could not be downloaded. {reason}',
  'exports.outside':
    'A downloaded file is outside the server’s control: retention, participants’ erasure and “Delete workshop” do not reach it. Whoever downloads it is responsible for where it is kept and for deleting it.',
  'exports.person.heading': 'One participant’s data',
  'exports.person.hint': 'If someone asks what the meeting has stored about them: choose them here and download the same file their phone gives them. Anonymous participants can download their own data only from their phone.',
  'exports.person.list': 'Show participants with a name or association',
  'exports.person.none': 'No participant has given a name or association.',
  'exports.person.choose': 'Participant',
  'exports.person.noName': '(no name)',
  'exports.person.table': 'table {table}',
  'exports.person.download': 'Download the participant’s data (JSON)',
  'exports.person.erase': 'Delete the participant’s data',
  'exports.person.eraseConfirm': 'Yes, delete – this cannot be undone',
  'exports.person.erased': '{who} is deleted: profile, sign-up, evaluation answer and votes are gone and the posts withdrawn.',
  'exports.noKey': 'The key is missing. Open the console with the link that ends in #key= and try again.'
};
