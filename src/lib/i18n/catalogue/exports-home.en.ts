import type { Message } from '../format.js';
import type { exportsHomeSv } from './exports-home.sv.js';

/** English for ./exports-home.sv.ts: exactly the same keys (the type checker enforces it). */
export const exportsHomeEn: Record<keyof typeof exportsHomeSv, Message> = {
  'exports.import.heading': 'Import a workshop',
  'exports.import.intro': 'Do you have an export of a whole workshop (.json) from Samråd? It becomes a new workshop with its own code and its own key.',
  'exports.import.file': 'Export file (.json)',
  'exports.import.submit': 'Import',
  'exports.import.busy': 'Importing…',
  'exports.import.noFile': 'Choose an export file first.',
  'exports.import.error.import_not_json': 'The file is not JSON. Choose the file ending in .json from Samråd’s export. Nothing was imported.',
  'exports.import.error.import_unknown_format': 'The file is not a workshop export from Samråd. Nothing was imported.',
  'exports.import.error.import_unsupported_version': 'The file comes from a newer version of Samråd than this server. Update the server and try again. Nothing was imported.',
  'exports.import.error.import_too_large': 'The file holds more than one workshop on this server may (at most 50,000 events and 10,000 posts). Nothing was imported.',
  'exports.import.error.rate_limited': 'Many imports from your connection in a short time. Wait a minute and try again. Nothing was imported.',
  'exports.import.error.import_invalid': 'The file is damaged or has been changed and cannot be read. Nothing was imported.',
  'exports.import.error.import_mismatch': 'The file’s contents do not add up – it was changed after the export. Nothing was imported.',
  'exports.import.error.import_newer_rules': 'The file comes from a newer version of Samråd than this server. Update the server and try again. Nothing was imported.',
  'exports.import.error.payload_too_large': 'The file is too large: at most 10 MB can be imported. Nothing was imported.',
  'exports.import.error.other': 'The import failed. Check the connection and try again.'
};
