import type { RequestHandler } from 'express';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { createApplication } from '../app.js';
import { readConfig } from '../config.js';
import { openStorage } from '../storage.js';

/**
 * The real Samråd server for `vite dev`: the same composition root as `npm start`, fed
 * requests by Vite's HTTP server instead of listening on its own port. Loaded through
 * Vite's SSR module loader (see vite-plugin.ts), so a change to server code loads it anew.
 */
export interface DevApplication {
  /** Security headers, `/healthz` and `/api`; calls `next` for everything else (the pages). */
  handle: RequestHandler;
  /** Whether a request or upgrade belongs to Socket.IO. */
  isSocketPath(url: string | undefined): boolean;
  /** Socket.IO's polling requests and WebSocket upgrades, handled as on a listening server. */
  request(req: IncomingMessage, res: import('node:http').ServerResponse): void;
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): Promise<void>;
}

/** Where `vite dev` keeps workshops unless DATA_DIR says otherwise: never the production `./data`. */
export const DEV_DATA_DIR = './data-dev';

export async function startDevApplication(env: NodeJS.ProcessEnv = process.env): Promise<DevApplication> {
  const config = readConfig({ ...env, DATA_DIR: env.DATA_DIR ?? DEV_DATA_DIR });
  const storage = await openStorage(config);
  const application = await createApplication({ config, storage });
  // The http server is never listened on: Vite's is. Socket.IO attached its request and
  // upgrade listeners to it, so emitting Vite's events on it runs exactly the production path.
  const server: HttpServer = application.server;
  const socketPath = application.io.path();
  return {
    handle: (req, res, next) => application.app(req, res, next),
    isSocketPath: (url) => !!url && url.startsWith(`${socketPath}/`),
    request: (req, res) => void server.emit('request', req, res),
    upgrade: (req, socket, head) => void server.emit('upgrade', req, socket, head),
    close: () => application.close()
  };
}
