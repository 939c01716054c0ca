import { execute } from '../../src/lib/domain/execute.js';
import { seriesView, type SeriesInfo, type SeriesMeetingInput } from '../../src/lib/domain/series-view.js';
import type { LogEntry } from '../../src/lib/domain/types.js';
import { replay } from '../../src/lib/domain/workshop.js';
import { postsCsv, type Separator } from './csv.js';
import { exportJson, workshopExport } from './json.js';
import { markdownSummary } from './markdown.js';
import { workbook } from './xlsx.js';

/**
 * The work that can take a big workshop seconds: each export file, built from the log, and
 * a series' combined view (the similarity grouping). Plain data in and out, so a job can be
 * sent to a worker thread (server/exports/build-thread.ts) and run there by `runJob`.
 */
export type BuildJob =
  | { kind: 'json' | 'xlsx' | 'md'; entries: readonly LogEntry[] }
  | { kind: 'csv'; entries: readonly LogEntry[]; separator: Separator }
  | { kind: 'series-view'; info: SeriesInfo; inputs: readonly SeriesMeetingInput[]; missing: readonly string[]; stale: readonly string[] };

/** A file as bytes (moved, not copied, from the worker to the server's thread), or a view as JSON text. */
export type Built = Uint8Array | string;

/** Bytes in an ArrayBuffer of their own, so that it can be moved to another thread. */
const bytes = (file: string | Uint8Array): Uint8Array => (typeof file === 'string' ? new TextEncoder().encode(file) : new Uint8Array(file));

/** Runs one job. The workshop's state is replayed from the entries, as every process does from the log. */
export async function runJob(job: BuildJob): Promise<Built> {
  switch (job.kind) {
    case 'json':
      return bytes(exportJson(workshopExport(job.entries)));
    case 'xlsx':
      return bytes(await workbook(replay(job.entries, execute)));
    case 'md':
      return bytes(markdownSummary(replay(job.entries, execute)));
    case 'csv':
      return bytes(postsCsv(replay(job.entries, execute), job.separator));
    case 'series-view':
      return JSON.stringify(seriesView(job.info, job.inputs, job.missing, job.stale));
  }
}
