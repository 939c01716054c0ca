import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Config } from './config.js';
import { MemoryDirectory, type WorkshopDirectory } from './hub/directory.js';
import { RedisDirectory } from './hub/redis-directory.js';
import { FileReports } from './feedback/file-reports.js';
import { RedisReports } from './feedback/redis-reports.js';
import type { AccessibilityReportStore } from './feedback/report-store.js';
import { AgreementLog } from './agreement/agreement-log.js';
import { FileLog } from './log/file-log.js';
import { RedisLog } from './log/redis-log.js';
import type { WorkshopLog } from './log/workshop-log.js';
import { FileKeys } from './privacy/file-keys.js';
import { RedisKeys } from './privacy/redis-keys.js';
import { SealedLog } from './privacy/sealed-log.js';
import { logger } from './logger.js';
import { FileSeries } from './series/file-series.js';
import { RedisSeries } from './series/redis-series.js';
import type { SeriesStore } from './series/series-store.js';
import { FileTemplates } from './templates/file-templates.js';
import { RedisTemplates } from './templates/redis-templates.js';
import type { TemplateStore } from './templates/template-store.js';

/** Where workshops live: the embedded file log, or Redis shared by several processes. */
export interface Storage {
  mode: 'file' | 'redis';
  log: WorkshopLog;
  directory: WorkshopDirectory;
  /** Setups saved as templates for later meetings, kept beside the workshops. */
  templates: TemplateStore;
  /** Series of meetings: member workshops, the series key's hash, dated updates. */
  series: SeriesStore;
  /** Accessibility problems reported from the statement page, waiting for the operator. */
  accessibilityReports: AccessibilityReportStore;
  /** The agreements' logs (docs/agreement.md), beside the workshops' and sealed likewise. */
  agreementLog: AgreementLog;
  /** Erases a participant from the log's storage (crypto-shredding, server/privacy/sealed-log.ts). */
  forget: SealedLog['forget'];
  /** The file log is this process's alone: load everything at start. */
  loadAllAtStart: boolean;
  /** Socket.IO adapter joining the processes (Redis mode only). */
  adapter?: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

export async function openStorage(config: Pick<Config, 'dataDir' | 'redisUrl'> & Partial<Pick<Config, 'redisRewriteAfterMs'>>): Promise<Storage> {
  if (!config.redisUrl) {
    const accessibilityReports = new FileReports(config.dataDir);
    const log = new SealedLog(new FileLog(config.dataDir), new FileKeys(config.dataDir));
    const agreementLog = new AgreementLog(new FileLog(config.dataDir, 'agreements'), new FileKeys(config.dataDir));
    return {
      mode: 'file',
      log,
      agreementLog,
      forget: (...args) => log.forget(...args),
      directory: new MemoryDirectory(),
      templates: new FileTemplates(config.dataDir),
      series: new FileSeries(config.dataDir),
      accessibilityReports,
      loadAllAtStart: true,
      // Waits for a report being written, and the agreements' group commit in flight.
      async close() {
        await Promise.allSettled([accessibilityReports.close(), agreementLog.close()]);
      }
    };
  }
  const keys = await RedisKeys.connect(config.redisUrl, { rewriteAfterMs: config.redisRewriteAfterMs });
  const log = new SealedLog(await RedisLog.connect(config.redisUrl), keys);
  const agreementLog = new AgreementLog(
    await RedisLog.connect(config.redisUrl, 'samrad:agreement'),
    await RedisKeys.connect(config.redisUrl, { rewriteAfterMs: config.redisRewriteAfterMs })
  );
  const directory = await RedisDirectory.connect(config.redisUrl);
  const templates = await RedisTemplates.connect(config.redisUrl);
  const series = await RedisSeries.connect(config.redisUrl);
  const accessibilityReports = await RedisReports.connect(config.redisUrl);
  const pub = createClient({ url: config.redisUrl });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) client.on('error', (error: Error) => logger.warn('redis_adapter_error', { error: error.message }));
  await Promise.all([pub.connect(), sub.connect()]);
  return {
    mode: 'redis',
    log,
    agreementLog,
    forget: (...args) => log.forget(...args),
    directory,
    templates,
    series,
    accessibilityReports,
    loadAllAtStart: false,
    adapter: createAdapter(pub, sub),
    async close() {
      await Promise.allSettled([pub.close(), sub.close(), templates.close(), series.close(), accessibilityReports.close(), agreementLog.close()]);
    }
  };
}
