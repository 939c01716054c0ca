import { customAlphabet } from 'nanoid';
import type { WorkshopSetup } from '../../src/lib/domain/types.js';
import { setupSchema } from '../../src/lib/protocol/setup-schema.js';
import { validateSetup } from '../../src/lib/domain/setup.js';

/** A setup a facilitator saved for the next meeting, beside the built-in templates. */
export interface SavedTemplate {
  id: string;
  name: string;
  /** Log time of the save, for ordering the list. */
  savedAt: number;
  setup: WorkshopSetup;
}

export type TemplateSummary = Pick<SavedTemplate, 'id' | 'name' | 'savedAt'>;

/**
 * Where saved templates live: a JSON file each under DATA_DIR/templates, or one Redis hash
 * shared by every process. Both pass tests/integration/template-store-contract.ts.
 */
export interface TemplateStore {
  /** Newest first. */
  list(): Promise<TemplateSummary[]>;
  get(id: string): Promise<SavedTemplate | undefined>;
  save(template: SavedTemplate): Promise<void>;
  close(): Promise<void>;
}

/** Same format as every other id (URL-safe, at most 64 characters), so it fits `templateId`. */
export const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,64}$/;

const suffix = customAlphabet('abcdefghijkmnpqrstuvwxyz23456789', 8);

/** A readable, unguessable-enough id: the name as a slug plus a random suffix ("hostmote-k3x9…"). */
export function newTemplateId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || 'mall'}-${suffix()}`;
}

/**
 * A stored template as read back, or undefined when it is not one: files can be edited by
 * hand and Redis shared with other software, so nothing stored is trusted unchecked.
 */
export function parseStoredTemplate(text: string): SavedTemplate | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name, savedAt, setup } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !TEMPLATE_ID.test(id) || typeof name !== 'string' || !name.trim() || typeof savedAt !== 'number') return undefined;
  const parsed = setupSchema.safeParse(setup);
  if (!parsed.success) return undefined;
  const full: WorkshopSetup = parsed.data;
  return validateSetup(full) ? { id, name, savedAt, setup: full } : undefined;
}

export const newestFirst = (a: TemplateSummary, b: TemplateSummary) => b.savedAt - a.savedAt || a.id.localeCompare(b.id);
