import { UI_LANGUAGES } from '../../src/lib/i18n/languages.js';
import { REPORT_KINDS, type AccessibilityReport } from '../../src/lib/protocol/accessibility-report.js';

/**
 * Where accessibility reports wait for the operator: lines appended to
 * DATA_DIR/accessibility-reports.jsonl, or one Redis list shared by every process. Both
 * pass tests/integration/report-store-contract.ts.
 *
 * The store also counts reports per address (`admit`): the count lives where the reports
 * do, so several processes share one allowance exactly when they share the reports.
 */
export interface AccessibilityReportStore {
  add(report: AccessibilityReport): Promise<void>;
  /** The last stored first, at most `limit`. */
  list(limit?: number): Promise<AccessibilityReport[]>;
  /** Counts one report from an address; false when it is over REPORTS_PER_ADDRESS. */
  admit(address: string): Promise<boolean>;
  /** Deletes the reports `doomed` picks (retention, or the operator); resolves with how many went. */
  remove(doomed: (report: AccessibilityReport) => boolean): Promise<number>;
  close(): Promise<void>;
}

/**
 * Reports per address and hour. People report rarely; a venue's phones may share one
 * public address, so a handful fits, a script filling the disk does not.
 */
export const REPORTS_PER_ADDRESS = { points: 10, duration: 60 * 60 } as const;

/** The most reports kept: the oldest go first beyond this (a full disk helps no one). */
export const MAX_REPORTS = 5000;

/** A stored line read back, or undefined: files can be edited by hand, Redis shared. */
export function parseStoredReport(text: string): AccessibilityReport | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  const optional = (v: unknown) => v === null || typeof v === 'string';
  if (typeof r.id !== 'string' || typeof r.receivedAt !== 'number' || typeof r.what !== 'string') return undefined;
  if (!(REPORT_KINDS as readonly unknown[]).includes(r.kind) || !(UI_LANGUAGES as readonly unknown[]).includes(r.language)) return undefined;
  if (!optional(r.where) || !optional(r.name) || !optional(r.contact)) return undefined;
  return {
    id: r.id,
    receivedAt: r.receivedAt,
    kind: r.kind as AccessibilityReport['kind'],
    what: r.what,
    where: (r.where as string | null) ?? null,
    name: (r.name as string | null) ?? null,
    contact: (r.contact as string | null) ?? null,
    language: r.language as AccessibilityReport['language']
  };
}
