import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { createClient } from 'redis';
import type { AccessibilityReport } from '../../src/lib/protocol/accessibility-report.js';
import { logger } from '../logger.js';
import { consumed } from './consumed.js';
import { MAX_REPORTS, parseStoredReport, REPORTS_PER_ADDRESS, type AccessibilityReportStore } from './report-store.js';

const newClient = (url: string) => createClient({ url });

/**
 * Reports in one Redis list (`samrad:accessibility-reports`), newest at the head, shared by
 * every process; trimmed to MAX_REPORTS. The per-address count is in Redis too.
 */
export class RedisReports implements AccessibilityReportStore {
  readonly #client: ReturnType<typeof newClient>;
  readonly #key: string;
  readonly #limiter: RateLimiterRedis;

  private constructor(client: ReturnType<typeof newClient>, prefix: string) {
    this.#client = client;
    this.#key = `${prefix}:accessibility-reports`;
    this.#limiter = new RateLimiterRedis({
      ...REPORTS_PER_ADDRESS,
      storeClient: client,
      useRedisPackage: true,
      keyPrefix: `${prefix}:rl:accessibility-reports`,
      // Redis away: count in this process's memory rather than refuse every report.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(REPORTS_PER_ADDRESS)
    });
  }

  static async connect(url: string, prefix = 'samrad'): Promise<RedisReports> {
    const client = newClient(url);
    client.on('error', (error: Error) => logger.warn('redis_error', { error: error.message }));
    await client.connect();
    return new RedisReports(client, prefix);
  }

  async add(report: AccessibilityReport): Promise<void> {
    await this.#client.multi().lPush(this.#key, JSON.stringify(report)).lTrim(this.#key, 0, MAX_REPORTS - 1).exec();
  }

  async list(limit = MAX_REPORTS): Promise<AccessibilityReport[]> {
    const count = Math.min(Math.floor(limit), MAX_REPORTS);
    if (!(count > 0)) return [];
    const lines = await this.#client.lRange(this.#key, 0, count - 1);
    return lines.flatMap((line) => {
      const report = parseStoredReport(line);
      return report ? [report] : [];
    });
  }

  async remove(doomed: (report: AccessibilityReport) => boolean): Promise<number> {
    const lines = await this.#client.lRange(this.#key, 0, -1);
    const gone = lines.filter((line) => {
      const report = parseStoredReport(line);
      return report !== undefined && doomed(report);
    });
    for (const line of gone) await this.#client.lRem(this.#key, 0, line);
    return gone.length;
  }

  admit(address: string): Promise<boolean> {
    return consumed(this.#limiter.consume(address));
  }

  async close(): Promise<void> {
    await this.#client.close().catch(() => this.#client.destroy());
  }
}
