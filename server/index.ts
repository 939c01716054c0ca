import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApplication } from './app.js';
import { readConfig } from './config.js';
import { staticAssets } from './http/static-assets.js';
import { logger } from './logger.js';
import { openStorage } from './storage.js';

/**
 * Starts Samråd: the file log under DATA_DIR (or Redis when REDIS_URL is set), the API
 * and sockets, and the built pages.
 */
const config = readConfig();
const storage = await openStorage(config);
const application = await createApplication({ config, storage });

// The SvelteKit pages, built by `vite build`; mounted after our own routes. Their static
// files are served by staticAssets, which survives a build replaced under a running server.
const buildDir = resolve(process.env.SAMRAD_BUILD_DIR ?? 'build');
const handlerPath = join(buildDir, 'handler.js');
if (existsSync(handlerPath)) {
  const { handler } = (await import(pathToFileURL(handlerPath).href)) as { handler: import('express').RequestHandler };
  application.app.use(staticAssets(join(buildDir, 'client')));
  application.app.use(handler);
} else {
  logger.warn('pages_not_built', { hint: 'run `npm run build` to serve the pages' });
}

application.server.listen(config.port, config.host, () => {
  const address = application.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info('listening', { port, host: config.host, storage: storage.mode, publicUrl: config.publicUrl || null, retentionDays: config.retentionDays, trustProxy: config.trustProxy });
  // Tests and scripts read this line to learn the port when PORT=0.
  process.stdout.write(`Samråd listening on http://localhost:${port}\n`);
});

/** A stop that takes longer than this (a stuck download, a storage that does not answer) is forced. */
const STOP_LIMIT_MS = 10_000;

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info('stopping', { signal });
  const forced = setTimeout(() => exit(1, 'stop_forced'), STOP_LIMIT_MS);
  forced.unref();
  try {
    await application.close();
    exit(0, 'stopped');
  } catch (error) {
    exit(1, 'stop_failed', String(error));
  }
}

function exit(code: number, msg: string, error?: string): never {
  (code === 0 ? logger.info : logger.error)(msg, error ? { error } : {});
  logger.flush();
  process.exit(code);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
