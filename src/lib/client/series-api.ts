import { downloadWithKey } from './download.js';
import type { SeriesView } from '../domain/series-view.js';
import type { OutcomeUpdate } from '../domain/types.js';
import type { CreatedWorkshop } from '../protocol/events.js';
import type { AttachWorkshopRequest, CreatedSeries, NewMeetingRequest, SeriesExportFormat, SeriesUpdateRequest } from '../protocol/series.js';
import { isErrorCode, type AnyErrorCode } from '../i18n/errors.js';

/**
 * The series page's HTTP calls. The series key goes in an Authorization header, never in
 * a URL, so it stays out of the server's and proxies' logs.
 */
export type SeriesResult<T, E extends string = AnyErrorCode> = { ok: true; status: number; body: T } | { ok: false; status: number; error: E | 'network' | 'http_error' };

/**
 * One call under /api/series; `known` tells the error codes the caller has words for (the
 * agreement's routes answer codes of their own), any other failure is `http_error`.
 */
export async function seriesCall<T, E extends string = AnyErrorCode>(
  path: string,
  init: { method?: string; key?: string; body?: unknown } = {},
  known: (code: unknown) => code is E = isErrorCode as (code: unknown) => code is E
): Promise<SeriesResult<T, E>> {
  let response: Response;
  try {
    response = await fetch(`/api/series${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        accept: 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.key ? { authorization: `Bearer ${init.key}` } : {})
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body)
    });
  } catch {
    return { ok: false, status: 0, error: 'network' };
  }
  const body = response.status === 204 ? null : ((await response.json().catch(() => null)) as (T & { error?: unknown }) | null);
  if (response.ok) return { ok: true, status: response.status, body: body as T };
  return { ok: false, status: response.status, error: known(body?.error) ? body.error : 'http_error' };
}

const call = <T>(path: string, init: { method?: string; key?: string; body?: unknown } = {}) => seriesCall<T>(path, init);

export const createSeries = (title: string) => call<CreatedSeries>('', { body: { title } });
export const loadSeries = (id: string, key: string) => call<SeriesView>(`/${encodeURIComponent(id)}`, { key });
export const attachWorkshop = (id: string, key: string, body: AttachWorkshopRequest) =>
  call<{ workshopIds: string[]; attached: boolean }>(`/${encodeURIComponent(id)}/workshops`, { key, body });
/** Detaches a member; `key` is the series key, or the workshop's own. */
export const detachWorkshop = (id: string, key: string, workshopId: string) =>
  call<null>(`/${encodeURIComponent(id)}/workshops/${encodeURIComponent(workshopId)}`, { key, method: 'DELETE' });
export const newMeeting = (id: string, key: string, body: NewMeetingRequest) => call<CreatedWorkshop & { carried: number }>(`/${encodeURIComponent(id)}/meetings`, { key, body });
export const addSeriesUpdate = (id: string, key: string, body: SeriesUpdateRequest) => call<OutcomeUpdate>(`/${encodeURIComponent(id)}/updates`, { key, body });
export const removeSeriesUpdate = (id: string, key: string, updateId: string) =>
  call<null>(`/${encodeURIComponent(id)}/updates/${encodeURIComponent(updateId)}`, { key, method: 'DELETE' });

/** A series export, downloaded with the series key. */
export async function downloadSeriesExport(id: string, key: string, format: SeriesExportFormat, lang: string): Promise<{ ok: true } | { ok: false; error: AnyErrorCode }> {
  const result = await downloadWithKey(`/api/series/${encodeURIComponent(id)}/export.${format}?lang=${lang === 'en' ? 'en' : 'sv'}`, key, `serie.${format}`);
  return result.ok ? { ok: true } : { ok: false, error: result.error === 'noKey' ? 'unauthorized' : result.error };
}
