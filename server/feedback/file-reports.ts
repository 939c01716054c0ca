import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFile } from '../durable-file.js';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { AccessibilityReport } from '../../src/lib/protocol/accessibility-report.js';
import { consumed } from './consumed.js';
import { MAX_REPORTS, parseStoredReport, REPORTS_PER_ADDRESS, type AccessibilityReportStore } from './report-store.js';

/**
 * Reports as one JSON line each in DATA_DIR/accessibility-reports.jsonl, readable only by
 * the server's user (they may hold a reporter's contact). Appends go one at a time, each
 * made durable before the reporter is told it arrived.
 */
export class FileReports implements AccessibilityReportStore {
  readonly #dir: string;
  readonly #path: string;
  readonly #limiter = new RateLimiterMemory(REPORTS_PER_ADDRESS);
  #queue: Promise<unknown> = Promise.resolve();
  /** Lines in the file, learnt on the first add. */
  #count: number | undefined;

  constructor(dataDir: string) {
    this.#dir = dataDir;
    this.#path = join(dataDir, 'accessibility-reports.jsonl');
  }

  add(report: AccessibilityReport): Promise<void> {
    const next = this.#queue.then(() => this.#append(report));
    this.#queue = next.catch(() => {});
    return next;
  }

  async #append(report: AccessibilityReport): Promise<void> {
    await mkdir(this.#dir, { recursive: true });
    this.#count ??= (await this.#readAll()).length;
    const handle = await open(this.#path, 'a', 0o600);
    try {
      await handle.appendFile(`${JSON.stringify(report)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (++this.#count > MAX_REPORTS) await this.#keepNewest();
  }

  /** Rewrites the file with the newest MAX_REPORTS: a temporary file renamed over the old one. */
  async #keepNewest(): Promise<void> {
    const kept = (await this.#readAll()).slice(-MAX_REPORTS);
    await replaceFile(this.#path, kept.map((r) => `${JSON.stringify(r)}\n`).join(''));
    this.#count = kept.length;
  }

  remove(doomed: (report: AccessibilityReport) => boolean): Promise<number> {
    const next = this.#queue.then(async () => {
      const all = await this.#readAll();
      const kept = all.filter((report) => !doomed(report));
      if (kept.length === all.length) return 0;
      await replaceFile(this.#path, kept.map((r) => `${JSON.stringify(r)}\n`).join(''));
      this.#count = kept.length;
      return all.length - kept.length;
    });
    this.#queue = next.catch(() => {});
    return next;
  }

  async #readAll(): Promise<AccessibilityReport[]> {
    let text: string;
    try {
      text = await readFile(this.#path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    // A line cut short by a crash (or edited by hand) is skipped, not fatal.
    return text.split('\n').flatMap((line) => {
      const report = line.trim() ? parseStoredReport(line) : undefined;
      return report ? [report] : [];
    });
  }

  async list(limit = MAX_REPORTS): Promise<AccessibilityReport[]> {
    await this.#queue;
    return (await this.#readAll()).reverse().slice(0, Math.max(0, limit));
  }

  admit(address: string): Promise<boolean> {
    return consumed(this.#limiter.consume(address));
  }

  async close(): Promise<void> {
    await this.#queue;
  }
}
