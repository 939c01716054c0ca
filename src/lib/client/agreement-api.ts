import { nanoid } from 'nanoid';
import type { CompilationView } from '../domain/agreement/views.js';
import { isPublicRefusal, type PublicRefusal } from '../components/agreement/refusal.js';
import { READER_HEADER, type CommentRequest, type JoinRequest, type PublicAgreementResponse } from '../protocol/agreement.js';
import { downloadWithHeaders, type DownloadResult } from './download.js';
import { keys, readText, writeText } from './storage.js';

/**
 * The calls of an agreement's public pages (docs/agreement.md, "Public"). No account: the
 * browser makes a random token the first time it needs one and sends it with every call;
 * the server keeps only its hash, which names this reader's comments and joins for their
 * own view, their data download and their erasure.
 */

const path = (code: string, rest = '') => `/api/agreements/${encodeURIComponent(code)}${rest}`;

/** This browser's token for the agreement: made (nanoid, 21 characters) and kept the first time. */
export function readerToken(code: string): string {
  const stored = readText(keys.readerToken(code));
  if (stored && /^[A-Za-z0-9_-]{21,128}$/.test(stored)) return stored;
  const token = nanoid(24);
  writeText(keys.readerToken(code), token);
  return token;
}

/** After an erasure: the next visit is a new reader, linked to nothing that went before. */
export const forgetReader = (code: string) => writeText(keys.readerToken(code), null);

const headers = (code: string, json = false): Record<string, string> => ({
  accept: 'application/json',
  [READER_HEADER]: readerToken(code),
  ...(json ? { 'content-type': 'application/json' } : {})
});

export type Loaded<T> = { kind: 'ok'; value: T } | { kind: 'notFound' } | { kind: 'failed' };

async function load<T>(code: string, rest: string, isValid: (body: unknown) => body is T): Promise<Loaded<T>> {
  try {
    const response = await fetch(path(code, rest), { headers: headers(code), cache: 'no-store' });
    if (response.status === 404) return { kind: 'notFound' };
    const body: unknown = response.ok ? await response.json() : null;
    return isValid(body) ? { kind: 'ok', value: body } : { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}

const isPublicView = (body: unknown): body is PublicAgreementResponse => {
  const view = body as Partial<PublicAgreementResponse> | null;
  return typeof view?.title?.sv === 'string' && typeof view.stage === 'string' && Array.isArray(view.own) && Array.isArray(view.compilations) && Array.isArray(view.updates);
};

const isCompilation = (body: unknown): body is CompilationView => {
  const view = body as Partial<CompilationView> | null;
  return typeof view?.title?.sv === 'string' && !!view.totals && Array.isArray(view.sections) && Array.isArray(view.changes);
};

export const loadAgreement = (code: string) => load(code, '', isPublicView);

export const loadCompilation = (code: string, remiss: number) => load(code, `/compilations/${remiss}`, isCompilation);

export type Sent<T extends object = object> = ({ ok: true } & T) | { ok: false; error: PublicRefusal };

async function post<T extends object>(code: string, rest: string, body: object): Promise<Sent<T>> {
  let response: Response;
  try {
    response = await fetch(path(code, rest), { method: 'POST', headers: headers(code, true), body: JSON.stringify(body), cache: 'no-store' });
  } catch {
    return { ok: false, error: 'network' };
  }
  const answer = (await response.json().catch(() => null)) as ({ error?: unknown } & T) | null;
  if (response.ok && answer) return { ...answer, ok: true };
  return { ok: false, error: isPublicRefusal(answer?.error) ? answer.error : 'http_error' };
}

/** A comment; its id is made once by the form, so a re-send after a lost answer is the same comment. */
export const sendComment = (code: string, comment: CommentRequest) => post(code, '/comments', comment);

export const sendJoin = (code: string, join: JoinRequest) => post(code, '/joins', join);

export const eraseReader = (code: string) => post<{ comments: number; joins: number }>(code, '/erase', {});

export const downloadMyData = (code: string): Promise<DownloadResult> =>
  downloadWithHeaders(path(code, '/my-data'), { [READER_HEADER]: readerToken(code) }, `samrad-${code}.json`);

/** A fresh id for what the reader is about to send (a comment, a join). */
export const newId = () => nanoid(21);
