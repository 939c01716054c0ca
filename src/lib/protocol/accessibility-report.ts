/**
 * The "report an accessibility problem" form's contract with the server (POST and GET
 * /api/accessibility-reports). Plain types and limits only, so the form can import them
 * without pulling zod into the page; the server's schema (server/feedback/report-schema.ts)
 * is built from the same limits.
 */
import type { UiLanguage } from '../i18n/languages.js';

export const REPORT_LIMITS = {
  what: 4000,
  where: 500,
  name: 200,
  contact: 200
} as const;

/** A problem to fix, or a request for something in an accessible form (15 § of the law). */
export const REPORT_KINDS = ['problem', 'alternative'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** What the form sends. Contact details are taken only with consent to keep them. */
export interface AccessibilityReportInput {
  kind: ReportKind;
  /** What happened, in the reporter's own words. */
  what: string;
  /** The page or address where it happened (optional). */
  where?: string;
  name?: string;
  /** E-mail or phone, for an answer. */
  contact?: string;
  /** True when the reporter agreed that the operator keeps the contact to answer. */
  consent?: boolean;
  /** The interface language the report was written in, so the answer can be in it. */
  language?: UiLanguage;
}

/** A report as stored and listed for the operator. */
export interface AccessibilityReport {
  id: string;
  /** Milliseconds since 1970, server time. */
  receivedAt: number;
  kind: ReportKind;
  what: string;
  where: string | null;
  name: string | null;
  contact: string | null;
  language: UiLanguage;
}

/** GET /api/operator: who runs this server, for the accessibility statement. Every field is optional. */
export interface OperatorInfo {
  name: string | null;
  email: string | null;
  phone: string | null;
}
