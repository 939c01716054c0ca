import { isErrorCode, type AnyErrorCode } from '$lib/i18n/errors.js';

export type DownloadResult = { ok: true; name: string } | { ok: false; error: AnyErrorCode | 'noKey' };

/**
 * Fetches a file with a secret in a header (a plain link could only carry it in the URL,
 * which ends up in logs and history) and hands it to the browser as a download.
 */
export async function downloadWithKey(path: string, key: string | null, fallbackName: string): Promise<DownloadResult> {
  if (!key) return { ok: false, error: 'noKey' };
  return downloadWithHeaders(path, { authorization: `Bearer ${key}` }, fallbackName);
}

/** The same with any headers that prove the right to the file (an agreement's reader token). */
export async function downloadWithHeaders(path: string, headers: Record<string, string>, fallbackName: string): Promise<DownloadResult> {
  let response: Response;
  try {
    response = await fetch(path, { headers, cache: 'no-store' });
  } catch {
    return { ok: false, error: 'network' };
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
    return { ok: false, error: isErrorCode(body?.error) ? body.error : 'http_error' };
  }
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by now; give the browser a moment before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, name };
}
