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
  /**
   * Listed for everyone on this server, as its author chose. Otherwise only the browsers
   * that know its id (the one it was saved from) see it: the id is the key to it.
   */
  shared: boolean;
  setup: WorkshopSetup;
}

export type TemplateSummary = Pick<SavedTemplate, 'id' | 'name' | 'savedAt' | 'shared'>;

/**
 * Where saved templates live: a JSON file each under DATA_DIR/templates, or one Redis hash
 * shared by every process. Both pass tests/integration/template-store-contract.ts.
 */
export interface TemplateStore {
  /** Newest first. */
  list(): Promise<TemplateSummary[]>;
  get(id: string): Promise<SavedTemplate | undefined>;
  save(template: SavedTemplate): Promise<void>;
  delete(id: string): Promise<void>;
  close(): Promise<void>;
}

/** Same format as every other id (URL-safe, at most 64 characters), so it fits `templateId`. */
export const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** 16 characters from 32: 80 bits, so the id of a template that is not shared cannot be guessed. */
const suffix = customAlphabet('abcdefghijkmnpqrstuvwxyz23456789', 16);

/** A readable, unguessable id: the name as a slug plus a random suffix ("hostmote-k3x9…"). */
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
  const { id, name, savedAt, setup, shared } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !TEMPLATE_ID.test(id) || typeof name !== 'string' || !name.trim() || typeof savedAt !== 'number') return undefined;
  const parsed = setupSchema.safeParse(setup);
  if (!parsed.success) return undefined;
  const full: WorkshopSetup = parsed.data;
  // Saved before sharing was a choice: not shared, until its author saves it again as shared.
  return validateSetup(full) ? { id, name, savedAt, shared: shared === true, setup: full } : undefined;
}

export const newestFirst = (a: TemplateSummary, b: TemplateSummary) => b.savedAt - a.savedAt || a.id.localeCompare(b.id);
