import type { ReportData } from '$lib/domain/report-data.js';

export type ReportLoad = { kind: 'ok'; data: ReportData } | { kind: 'unauthorized' } | { kind: 'failed' };

/**
 * Fetches the report's data. The key goes in a header, never in the URL: addresses end up
 * in logs and browser history. A wrong key and an unknown workshop look the same (401).
 */
export async function loadReport(workshopId: string, key: string): Promise<ReportLoad> {
  try {
    const response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/outcome`, {
      headers: { authorization: `Bearer ${key}` },
      cache: 'no-store'
    });
    if (response.status === 401 || response.status === 400) return { kind: 'unauthorized' };
    if (!response.ok) return { kind: 'failed' };
    return { kind: 'ok', data: (await response.json()) as ReportData };
  } catch {
    return { kind: 'failed' };
  }
}
