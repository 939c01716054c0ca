import type { AccessibilityReport, AccessibilityReportInput, OperatorInfo } from '../protocol/accessibility-report.js';

/**
 * The accessibility statement's calls to the server: who runs it (GET /api/operator), the
 * "report a problem" form (POST /api/accessibility-reports) and the operator's list (GET,
 * with the operator key as a Bearer header, never in the URL: URLs end up in logs).
 */

let operator: Promise<OperatorInfo | null> | null = null;

/** Asked once per page load; null when the server cannot be asked (the page then names no one). */
export function loadOperator(): Promise<OperatorInfo | null> {
  operator ??= fetch('/api/operator', { headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? (response.json() as Promise<OperatorInfo>) : null))
    .catch(() => {
      operator = null; // a later visit may try again
      return null;
    });
  return operator;
}

export type SendResult = 'sent' | 'rate_limited' | 'failed';

export async function sendReport(report: AccessibilityReportInput): Promise<SendResult> {
  try {
    const response = await fetch('/api/accessibility-reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(report)
    });
    return response.status === 201 ? 'sent' : response.status === 429 ? 'rate_limited' : 'failed';
  } catch {
    return 'failed';
  }
}

export type ReportsResult = { ok: true; reports: AccessibilityReport[] } | { ok: false; error: 'unauthorized' | 'disabled' | 'failed' };

export async function fetchReports(key: string): Promise<ReportsResult> {
  try {
    const response = await fetch('/api/accessibility-reports', { headers: { accept: 'application/json', authorization: `Bearer ${key}` } });
    if (response.status === 401) return { ok: false, error: 'unauthorized' };
    if (response.status === 404) return { ok: false, error: 'disabled' };
    if (!response.ok) return { ok: false, error: 'failed' };
    const body = (await response.json()) as { reports?: AccessibilityReport[] };
    return Array.isArray(body.reports) ? { ok: true, reports: body.reports } : { ok: false, error: 'failed' };
  } catch {
    return { ok: false, error: 'failed' };
  }
}
