import { nanoid } from 'nanoid';
import { isAgreementCode } from '../../src/lib/domain/code.js';
import { LIMITS } from '../../src/lib/domain/limits.js';
import { asLocalized } from '../../src/lib/domain/setup.js';
import type { Localized, OutcomeUpdate } from '../../src/lib/domain/types.js';

/**
 * A series of meetings: a title, its own key (stored hashed, like a facilitator key), the
 * member workshops in the order they joined, and dated "what has happened since" notes
 * that each new meeting of the series takes along.
 */
export interface Series {
  id: string;
  title: string;
  keyHash: string;
  workshopIds: string[];
  /**
   * Per member workshop, proof that it was attached with its current facilitator key
   * (server/series/series-members.ts). Series stored before proofs existed have none: their
   * members are shown as needing to be attached again.
   */
  keyProofs: Record<string, string>;
  updates: OutcomeUpdate[];
  createdAt: number;
  /** When someone last changed it (retention counts from this); absent in series stored before it was kept. */
  updatedAt?: number;
  /** The code of the series' agreement process (docs/agreement.md), once the organisers have started it. */
  agreementCode?: string;
}

/** When a series last changed: what its retention counts from. */
export const seriesChangedAt = (series: Series) => series.updatedAt ?? Math.max(series.createdAt, ...series.updates.map((u) => u.at));

/**
 * Where series live: a JSON file each under DATA_DIR/series, or one Redis hash shared by
 * every process. Both pass tests/integration/series-store.test.ts.
 */
export interface SeriesStore {
  get(id: string): Promise<Series | undefined>;
  save(series: Series): Promise<void>;
  /** Every series id (for retention and the operator's list). */
  ids(): Promise<string[]>;
  delete(id: string): Promise<void>;
  close(): Promise<void>;
}

/** Same shape as workshop ids: URL-safe, at most 64 characters. */
export const SERIES_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const newSeriesId = () => nanoid(12);
/** A series is a season of meetings, not an archive: this bounds the work of one combined view. */
export const MAX_SERIES_WORKSHOPS = 50;

const isText = (text: unknown) => typeof text === 'string';
/** An update's text: a string in files written before updates were translated (Swedish), else per language. */
const isUpdateText = (text: unknown): text is string | Localized => {
  if (isText(text)) return true;
  if (typeof text !== 'object' || text === null || Array.isArray(text)) return false;
  const { sv, en, ar, ...other } = text as Record<string, unknown>;
  return isText(sv) && (en === undefined || isText(en)) && (ar === undefined || isText(ar)) && Object.keys(other).length === 0;
};
type StoredUpdate = Omit<OutcomeUpdate, 'text'> & { text: string | Localized };
const isUpdate = (u: unknown): u is StoredUpdate => {
  const { id, date, text, at } = (u ?? {}) as Record<string, unknown>;
  return typeof id === 'string' && typeof date === 'string' && isUpdateText(text) && typeof at === 'number';
};

/**
 * A stored series as read back, or undefined when it is not one: files can be edited by
 * hand and Redis shared with other software, so nothing stored is trusted unchecked.
 */
export function parseStoredSeries(text: string): Series | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, title, keyHash, workshopIds, keyProofs = {}, updates, createdAt, updatedAt, agreementCode } = value as Record<string, unknown>;
  if (updatedAt !== undefined && typeof updatedAt !== 'number') return undefined;
  if (agreementCode !== undefined && !(typeof agreementCode === 'string' && isAgreementCode(agreementCode))) return undefined;
  if (typeof id !== 'string' || !SERIES_ID.test(id)) return undefined;
  if (typeof title !== 'string' || !title.trim() || title.length > LIMITS.title) return undefined;
  if (typeof keyHash !== 'string' || !/^[0-9a-f]{64}$/.test(keyHash) || typeof createdAt !== 'number') return undefined;
  if (!Array.isArray(workshopIds) || !workshopIds.every((w) => typeof w === 'string' && SERIES_ID.test(w))) return undefined;
  if (!Array.isArray(updates) || !updates.every(isUpdate)) return undefined;
  if (typeof keyProofs !== 'object' || keyProofs === null || Array.isArray(keyProofs)) return undefined;
  const proofs = Object.entries(keyProofs);
  if (!proofs.every(([w, proof]) => SERIES_ID.test(w) && typeof proof === 'string' && /^[0-9a-f]{64}$/.test(proof))) return undefined;
  return { id, title, keyHash, workshopIds: [...workshopIds], keyProofs: Object.fromEntries(proofs) as Record<string, string>, updates: updates.map((u) => ({ id: u.id, date: u.date, text: asLocalized(u.text), at: u.at })), createdAt, ...(updatedAt === undefined ? {} : { updatedAt }), ...(agreementCode === undefined ? {} : { agreementCode }) };
}
