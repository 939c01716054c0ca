import { nanoid } from 'nanoid';
import { AGREEMENT_ERRORS, type AgreementError } from '../domain/agreement/types.js';
import type { StaffView } from '../domain/agreement/views.js';
import type { CreatedAgreement, InvitedEditor, StaffCommandRequest } from '../protocol/agreement.js';
import { isErrorCode, type AnyErrorCode } from '../i18n/errors.js';
import { downloadWithKey } from './download.js';
import { seriesCall, type SeriesResult } from './series-api.js';

/**
 * The workspace's calls to /api/series/:id/agreement (docs/agreement.md), with the series
 * key or a working-group key in the Authorization header. Errors keep the agreement's own
 * codes (AGREEMENT_ERRORS), so the page can say what went wrong in words.
 */
export type AgreementErrorCode = AgreementError | AnyErrorCode;
export type AgreementResult<T> = SeriesResult<T, AgreementErrorCode>;

const isAgreementErrorCode = (code: unknown): code is AgreementErrorCode =>
  (typeof code === 'string' && (AGREEMENT_ERRORS as readonly string[]).includes(code)) || isErrorCode(code);

const base = (id: string) => `/${encodeURIComponent(id)}/agreement`;
const call = <T>(id: string, path: string, key: string, body?: unknown) => seriesCall<T, AgreementErrorCode>(`${base(id)}${path}`, { key, body }, isAgreementErrorCode);

export const createAgreement = (id: string, key: string) => call<CreatedAgreement>(id, '', key, {});
export const loadAgreement = (id: string, key: string) => call<StaffView>(id, '', key);

export type CommandAnswer = { ok: true; seq?: number; version?: number; sectionId?: string } & Partial<InvitedEditor>;

/**
 * One staff command. Its id is made once per action: a network failure is retried once with
 * the same id, which the server answers with the first outcome instead of applying it twice.
 */
export async function sendCommand(id: string, key: string, command: StaffCommandRequest, commandId = nanoid()): Promise<AgreementResult<CommandAnswer>> {
  const send = () => call<CommandAnswer>(id, '/commands', key, { commandId, command });
  const first = await send();
  return !first.ok && first.error === 'network' ? send() : first;
}

export const fillFromSynthesis = (id: string, key: string, body: { sectionId: string; role: 'principles' | 'activities'; mode: 'replace' | 'append' }) =>
  call<{ ok: true; seq: number; paragraphs: number }>(id, '/from-synthesis', key, body);

type DownloadAnswer = Promise<{ ok: true } | { ok: false; error: AnyErrorCode }>;
async function download(path: string, key: string, name: string): DownloadAnswer {
  const result = await downloadWithKey(`/api/series${path}`, key, name);
  return result.ok ? { ok: true } : { ok: false, error: result.error === 'noKey' ? 'unauthorized' : result.error };
}

export const downloadCompilation = (id: string, key: string, remiss: number, format: 'md' | 'xlsx', lang: string) =>
  download(`${base(id)}/compilations/${remiss}/export.${format}?lang=${lang === 'en' ? 'en' : 'sv'}`, key, `remissammanstallning-${remiss}.${format}`);

export const downloadRegister = (id: string, key: string, lang: string) => download(`${base(id)}/register.xlsx?lang=${lang === 'en' ? 'en' : 'sv'}`, key, 'anslutna.xlsx');

/**
 * The public page's QR code as a data: URL: the route wants the key, which an <img> cannot
 * send, and the pages' Content-Security-Policy takes images from the origin and data: only.
 */
export async function qrDataUrl(id: string, key: string): Promise<string | null> {
  try {
    const response = await fetch(`/api/series${base(id)}/qr.svg`, { headers: { authorization: `Bearer ${key}` }, cache: 'no-store' });
    return response.ok ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await response.text())}` : null;
  } catch {
    return null;
  }
}
