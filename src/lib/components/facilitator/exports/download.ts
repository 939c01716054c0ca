import { downloadWithKey, type DownloadResult } from '$lib/client/download.js';
import { keys, readText } from '$lib/client/storage.js';

export type { DownloadResult } from '$lib/client/download.js';

/** The files of GET /api/workshops/:id/… (see docs/export-format.md). */
export type ExportFile = 'export.xlsx' | 'export.csv?sep=semicolon' | 'export.csv' | 'export.md' | 'export.json' | 'signups.csv' | 'signups.csv?sep=semicolon';

/** The console's key: in the address (#key=…), or remembered by this browser. */
export const facilitatorKey = (workshopId: string) =>
  new URLSearchParams(location.hash.slice(1)).get('key') ?? readText(keys.facilitatorKey(workshopId));

/** An export of this workshop, downloaded with the console's key. */
export const downloadExport = (workshopId: string, file: ExportFile): Promise<DownloadResult> =>
  downloadWithKey(`/api/workshops/${encodeURIComponent(workshopId)}/${file}`, facilitatorKey(workshopId), file.replace(/\?.*$/, ''));
