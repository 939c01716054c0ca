import type { AccessibilityReportStore } from '../feedback/report-store.js';
import { logger } from '../logger.js';
import type { AgreementLog } from '../agreement/agreement-log.js';
import { seriesChangedAt, type Series, type SeriesStore } from '../series/series-store.js';
import type { TemplateStore } from '../templates/template-store.js';
/** As in retention.ts (not imported from there, which imports this file). */
const DAY_MS = 24 * 60 * 60 * 1000;

/** The stores beside the workshops that also hold what people wrote: each gets an end date. */
export interface OtherStores {
  series: SeriesStore;
  /** The series' agreement processes: they live and go with their series. */
  agreementLog?: Pick<AgreementLog, 'list' | 'lastActivity' | 'delete'>;
  templates: TemplateStore;
  accessibilityReports: AccessibilityReportStore;
}

/**
 * Deletes, like the workshops, everything past `days` (RETENTION_DAYS): a series after its
 * last change (attaching, detaching, an update), a saved template after it was saved, an
 * accessibility report after it was received. Resolves with how many of each went.
 */
export async function sweepOtherStores(stores: OtherStores, days: number, now: number): Promise<{ series: number; templates: number; reports: number }> {
  const cutoff = now - days * DAY_MS;
  let series = 0;
  const codes = new Set<string>();
  for (const id of await stores.series.ids()) {
    const found = await stores.series.get(id);
    if (!found) continue;
    if (found.agreementCode) codes.add(found.agreementCode);
    // A consultation's comments and joins count as changes to its series.
    const agreementAt = found.agreementCode ? await stores.agreementLog?.lastActivity(found.agreementCode) : undefined;
    if (Math.max(seriesChangedAt(found), agreementAt ?? 0) < cutoff) (await deleteSeries(stores, found), series++);
  }
  // An agreement whose series never recorded it (a crash between the two writes) goes on its own date.
  for (const code of (await stores.agreementLog?.list()) ?? []) {
    if (!codes.has(code) && ((await stores.agreementLog?.lastActivity(code)) ?? 0) < cutoff) await stores.agreementLog?.delete(code);
  }
  let templates = 0;
  for (const template of await stores.templates.list()) {
    if (template.savedAt < cutoff) (await stores.templates.delete(template.id), templates++);
  }
  const reports = await stores.accessibilityReports.remove((report) => report.receivedAt < cutoff);
  if (series + templates + reports > 0) logger.info('stores_swept', { series, templates, reports });
  return { series, templates, reports };
}

/** Deletes a series with its agreement process (log and keys). */
export async function deleteSeries(stores: Pick<OtherStores, 'series' | 'agreementLog'>, series: Pick<Series, 'id' | 'agreementCode'>): Promise<void> {
  if (series.agreementCode) await stores.agreementLog?.delete(series.agreementCode);
  await stores.series.delete(series.id);
}

/**
 * A deleted workshop leaves every series it was in (its key proof with it), so no series
 * keeps its id or shows it as a member needing to be attached again. Not a change someone
 * made to the series: its retention date stays.
 */
export async function removeFromSeries(series: SeriesStore, workshopId: string): Promise<number> {
  let removed = 0;
  for (const id of await series.ids()) {
    const found = await series.get(id);
    if (!found?.workshopIds.includes(workshopId)) continue;
    const { [workshopId]: _gone, ...keyProofs } = found.keyProofs;
    await series.save({ ...found, workshopIds: found.workshopIds.filter((w) => w !== workshopId), keyProofs, updatedAt: seriesChangedAt(found) });
    removed++;
  }
  return removed;
}
