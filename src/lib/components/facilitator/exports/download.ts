import { keys, readText } from '$lib/client/storage.js';
import { isErrorCode, type AnyErrorCode } from '$lib/i18n/errors.js';

/** The files of GET /api/workshops/:id/… (see docs/export-format.md). */
export type ExportFile = 'export.xlsx' | 'export.csv?sep=semicolon' | 'export.csv' | 'export.md' | 'export.json' | 'signups.csv' | 'signups.csv?sep=semicolon';

export type DownloadResult = { ok: true; name: string } | { ok: false; error: AnyErrorCode | 'noKey' };

/** The console's key: in the address (#key=…), or remembered by this browser. */
export const facilitatorKey = (workshopId: string) =>
  new URLSearchParams(location.hash.slice(1)).get('key') ?? readText(keys.facilitatorKey(workshopId));

/**
 * Fetches an export with the key in a header (a plain link could only carry it in the
 * URL, which ends up in logs and history) and hands it to the browser as a download.
 */
export async function downloadExport(workshopId: string, file: ExportFile): Promise<DownloadResult> {
  const key = facilitatorKey(workshopId);
  if (!key) return { ok: false, error: 'noKey' };
  let response: Response;
  try {
    response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/${file}`, { headers: { authorization: `Bearer ${key}` }, cache: 'no-store' });
  } catch {
    return { ok: false, error: 'network' };
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
    return { ok: false, error: isErrorCode(body?.error) ? body.error : 'http_error' };
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? file.replace(/\?.*$/, '');
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by now; give the browser a moment before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, name };
}
