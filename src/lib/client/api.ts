import type { Localized } from '../domain/types.js';
import type { CreatedWorkshop } from '../protocol/events.js';
import type { CreateWorkshopRequest, SaveTemplateRequest } from '../protocol/schemas.js';
import { isErrorCode, type AnyErrorCode } from '../i18n/errors.js';
import { keys, readJson, writeJson } from './storage.js';

/** The few plain HTTP calls the pages make (same origin; the socket does the rest). */

export interface TemplateOption {
  id: string;
  name: Localized;
  /** Shipped with Samråd; the others were saved by facilitators on this server. */
  builtIn: boolean;
  /** Saved templates: when (server time). */
  savedAt?: number;
}

/** The ids of the templates this browser saved, newest last; at most as many as the server reads. */
const MAX_REMEMBERED_TEMPLATES = 64;
const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every((id) => typeof id === 'string');
const rememberedTemplates = () => readJson(keys.savedTemplates, isIdList) ?? [];
function rememberTemplate(id: string): void {
  writeJson(keys.savedTemplates, [...rememberedTemplates().filter((known) => known !== id), id].slice(-MAX_REMEMBERED_TEMPLATES));
}

/** Offered while the list loads or if the server cannot be asked: the built-in template. */
const BUILT_IN: TemplateOption[] = [
  { id: 'lokal-overenskommelse', name: { sv: 'Lokal överenskommelse – dialogmöte', en: 'Local agreement – dialogue meeting' }, builtIn: true }
];

const isTemplateList = (value: unknown): value is TemplateOption[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((t) => typeof t?.id === 'string' && typeof t?.name?.sv === 'string');

export async function loadTemplates(): Promise<TemplateOption[]> {
  try {
    // Templates not shared with everyone are listed for the browser that saved them.
    const ids = rememberedTemplates();
    const response = await fetch(ids.length ? `/api/templates?ids=${encodeURIComponent(ids.join(','))}` : '/api/templates', { headers: { accept: 'application/json' } });
    const body: unknown = response.ok ? await response.json() : null;
    // A server from before saved templates sends no `builtIn`: all of its templates are.
    return isTemplateList(body) ? body.map((t) => ({ id: t.id, name: t.name, builtIn: t.builtIn !== false, savedAt: typeof t.savedAt === 'number' ? t.savedAt : undefined })) : BUILT_IN;
  } catch {
    return BUILT_IN;
  }
}

export type CreateResult = { ok: true; workshop: CreatedWorkshop } | { ok: false; error: AnyErrorCode };

export async function createWorkshop(request: CreateWorkshopRequest): Promise<CreateResult> {
  let response: Response;
  try {
    response = await fetch('/api/workshops', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request)
    });
  } catch {
    return { ok: false, error: 'network' };
  }
  const body = (await response.json().catch(() => null)) as Partial<CreatedWorkshop> & { error?: unknown } | null;
  if (response.ok && body && typeof body.workshopId === 'string' && typeof body.key === 'string') {
    return { ok: true, workshop: body as CreatedWorkshop };
  }
  return { ok: false, error: isErrorCode(body?.error) ? body.error : 'http_error' };
}

export type SaveTemplateResult = { ok: true; id: string } | { ok: false; error: AnyErrorCode };

/** Saves a workshop's current setup as a template; the facilitator key proves the right to. */
export async function saveTemplate(request: SaveTemplateRequest): Promise<SaveTemplateResult> {
  let response: Response;
  try {
    response = await fetch('/api/templates', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request)
    });
  } catch {
    return { ok: false, error: 'network' };
  }
  const body = (await response.json().catch(() => null)) as { id?: unknown; error?: unknown } | null;
  if (response.ok && typeof body?.id === 'string') {
    rememberTemplate(body.id);
    return { ok: true, id: body.id };
  }
  return { ok: false, error: isErrorCode(body?.error) ? body.error : 'http_error' };
}
