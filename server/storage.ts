import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Config } from './config.js';
import { MemoryDirectory, type WorkshopDirectory } from './hub/directory.js';
import { RedisDirectory } from './hub/redis-directory.js';
import { FileLog } from './log/file-log.js';
import { RedisLog } from './log/redis-log.js';
import type { WorkshopLog } from './log/workshop-log.js';
import { logger } from './logger.js';
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
  /** The file log is this process's alone: load everything at start. */
  loadAllAtStart: boolean;
  /** Socket.IO adapter joining the processes (Redis mode only). */
  adapter?: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

export async function openStorage(config: Pick<Config, 'dataDir' | 'redisUrl'>): Promise<Storage> {
  if (!config.redisUrl) {
    return {
      mode: 'file',
      log: new FileLog(config.dataDir),
      directory: new MemoryDirectory(),
      templates: new FileTemplates(config.dataDir),
      loadAllAtStart: true,
      close: async () => {}
    };
  }
  const log = await RedisLog.connect(config.redisUrl);
  const directory = await RedisDirectory.connect(config.redisUrl);
  const templates = await RedisTemplates.connect(config.redisUrl);
  const pub = createClient({ url: config.redisUrl });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) client.on('error', (error: Error) => logger.warn('redis_adapter_error', { error: error.message }));
  await Promise.all([pub.connect(), sub.connect()]);
  return {
    mode: 'redis',
    log,
    directory,
    templates,
    loadAllAtStart: false,
    adapter: createAdapter(pub, sub),
    async close() {
      await Promise.allSettled([pub.close(), sub.close(), templates.close()]);
    }
  };
}
