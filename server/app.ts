import express from 'express';
import helmet from 'helmet';
import { createServer, type Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Config } from './config.js';
import { RateLimits, type RateLimitSettings } from './edge/rate-limits.js';
import { admitSocket, checkUpgradeOrigins, countSocketsPerAddress } from './edge/admission.js';
import { registerSocketEdge } from './edge/socket-edge.js';
import { deltaRoom, emptyRooms, type SamradServer } from './edge/rooms.js';
import { apiRouter } from './http/api.js';
import { BuildThread } from './exports/build-thread.js';
import { exportsRouter } from './http/exports.js';
import { personalDataRouter } from './http/personal-data.js';
import { seriesRouter } from './http/series.js';
import { agreementPublicRouter } from './http/agreement-public.js';
import { agreementStaffRouter } from './http/agreement.js';
import { Agreements } from './agreement/agreements.js';
import { KeyedQueue } from './keyed-queue.js';
import { operatorRouter } from './http/operator.js';
import { outcomeRouter } from './http/outcome.js';
import { publishedRouter } from './http/published.js';
import { QrCodes } from './http/qr-codes.js';
import { metricsRouter } from './http/metrics-route.js';
import { readiness, type Readiness } from './http/readiness.js';
import { countByAudience, Metrics } from './metrics/metrics.js';
import { Hub } from './hub/hub.js';
import { startPresence } from './hub/presence.js';
import { startTicker } from './hub/ticker.js';
import { logger } from './logger.js';
import { LocalDeletionNotices, RedisDeletionNotices } from './retention/deletion-notices.js';
import { startRetention, type Retention } from './retention/retention.js';
import { WorkshopDeleter } from './retention/workshop-deleter.js';
import type { Storage } from './storage.js';

export interface Application {
  app: express.Express;
  server: HttpServer;
  io: SamradServer;
  hub: Hub;
  /** Deletes workshops now, in every process (the facilitator's "delete", and retention). */
  deleter: WorkshopDeleter;
  /** Deletes workshops past RETENTION_DAYS; ran at start, then every hour. */
  retention: Retention;
  /** The join QR codes, rendered once per link (a bounded cache). */
  qrCodes: QrCodes;
  /** The worker thread that builds exports and series views. */
  builds: BuildThread;
  /** What GET /metrics reports. */
  metrics: Metrics;
  /** GET /readyz; `drain()` turns it to 503 (shutting down). */
  readiness: Readiness;
  close(): Promise<void>;
}

/**
 * Security headers on every response. The pages load nothing from other origins. Their
 * Content-Security-Policy comes from SvelteKit (kit.csp in svelte.config.js), which knows
 * the hash of its inline start-up script; the API's is set here. Two CSP headers on one
 * response would both apply, so each response gets exactly one.
 */
const API_CSP = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: { defaultSrc: ["'none'"], imgSrc: ["'self'"], styleSrc: ["'unsafe-inline'"], frameAncestors: ["'none'"] }
});

/** Half a year: browsers that saw Samråd over https keep to https. */
const HSTS_MAX_AGE_S = 180 * 24 * 60 * 60;

export function securityHeaders(config: Pick<Config, 'publicUrl'>): express.RequestHandler {
  // Plain http on a venue's LAN is a supported setup: HSTS only when the public address is https.
  const https = config.publicUrl.startsWith('https://');
  return helmet({ contentSecurityPolicy: false, strictTransportSecurity: https ? { maxAge: HSTS_MAX_AGE_S } : false });
}

/** Socket.IO refuses bigger messages (and drops the connection) before any handler runs; the
 * edge then holds each event to its own, smaller limit (only a whole setup is this big). */
export const MAX_MESSAGE_BYTES = 64_000;

/**
 * The composition root: takes the storage and the configuration, wires hub, socket edge,
 * ticker and HTTP API onto one http server. `index.ts` only picks implementations and
 * listens; tests call this with a temporary data directory and port 0.
 */
export interface ApplicationOptions {
  config: Config;
  storage: Storage;
  /** Overrides of the per-socket and per-address limits (tests that send thousands of events). */
  rateLimits?: Partial<RateLimitSettings>;
}

export async function createApplication({ config, storage, rateLimits }: ApplicationOptions): Promise<Application> {
  const metrics = new Metrics(Boolean(config.metricsToken));
  const hub = new Hub({ log: storage.log, directory: storage.directory, loadAllAtStart: storage.loadAllAtStart, appendTook: (s) => metrics.appendTook(s), forget: storage.forget });
  await hub.start();

  // Made before the routes: the published outcome counts wrong codes like the sockets do.
  const limits = await RateLimits.open(config.redisUrl, rateLimits, config.addressLimitFactor);
  const qrCodes = new QrCodes();
  // Exports and series views: built off the event loop, in a worker thread.
  const builds = new BuildThread();
  const agreements = new Agreements(storage.agreementLog);
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  app.get('/healthz', API_CSP, (_req, res) => void res.json({ ok: true }));
  // Ready: the storage answers (a listing of the workshops) and the process is not shutting down.
  const ready = readiness(() => storage.log.list());
  // The API's strict CSP on these two paths only: mounted without a path it would replace the pages' own.
  app.use(['/readyz', '/metrics'], API_CSP);
  app.use(ready.router, metricsRouter(config, metrics));
  app.use('/api', API_CSP, outcomeRouter(hub)); // before apiRouter: its catch-all answers 404
  app.use('/api', API_CSP, publishedRouter(hub, config, limits)); // before apiRouter, like outcomeRouter
  app.use('/api', API_CSP, operatorRouter(config, storage.accessibilityReports)); // before apiRouter, like outcomeRouter
  const seriesQueue = new KeyedQueue();
  const agreementDeps = { hub, config, series: storage.series, agreements, limits, builds, qrCodes, seriesQueue };
  app.use('/api', API_CSP, agreementStaffRouter(agreementDeps)); // before seriesRouter, whose catch-all answers 404
  app.use('/api', API_CSP, agreementPublicRouter(agreementDeps)); // before apiRouter, like outcomeRouter
  app.use('/api', API_CSP, seriesRouter(hub, config, storage.series, limits, builds, seriesQueue)); // before apiRouter, like outcomeRouter
  app.use('/api', API_CSP, exportsRouter(hub, config, limits, builds)); // before apiRouter, like outcomeRouter
  app.use('/api', API_CSP, personalDataRouter(hub, config, limits)); // before apiRouter, like outcomeRouter
  app.use('/api', API_CSP, apiRouter(hub, config, storage.templates, limits, qrCodes));

  const server = createServer(app);
  const io: SamradServer = new Server(server, {
    serveClient: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    allowRequest: admitSocket(config, limits),
    ...(storage.adapter ? { adapter: storage.adapter } : {})
  });
  countSocketsPerAddress(io, config, limits);
  checkUpgradeOrigins(server, config);
  const notices = config.redisUrl ? await RedisDeletionNotices.connect(config.redisUrl) : new LocalDeletionNotices();
  const deleter = new WorkshopDeleter(hub, io, notices, storage.series);
  hub.failed.onFailed((workshopId) => emptyRooms(io, workshopId, 'workshop:failed'));
  registerSocketEdge(io, hub, config, limits, deleter, metrics);
  metrics.watch({
    socketsByAudience: () => countByAudience([...io.of('/').sockets.values()].map((socket) => socket.data.audience)),
    workshopsLoaded: () => [...hub.runtimes()].length
  });

  // Workshops past their retention go before anyone can connect, then once an hour.
  const retention = startRetention(hub, deleter, { days: config.retentionDays, intervalMs: config.retentionSweepMs, others: storage });
  await retention.sweep().catch((error: unknown) => logger.warn('retention_failed', { error: String(error) }));

  const ticker = startTicker(
    hub,
    {
      hasMembers: (workshopId, audience, group) => (io.sockets.adapter.rooms.get(deltaRoom(workshopId, audience, group))?.size ?? 0) > 0,
      // Local delivery only: every process sends deltas to its own clients.
      send: (workshopId, audience, delta, group) => {
        const room = deltaRoom(workshopId, audience, group);
        metrics.deltaSent(audience, delta, io.sockets.adapter.rooms.get(room)?.size ?? 0);
        io.local.to(room).emit('workshop:changed', delta);
      }
    },
    config.tickMs
  );
  const presence = startPresence(io, hub, config.presenceMs);

  return {
    app,
    server,
    io,
    hub,
    deleter,
    retention,
    qrCodes,
    builds,
    metrics,
    readiness: ready,
    /**
     * Graceful stop (SIGTERM): not ready any more, no new connections, every socket's
     * transport closed (clients reconnect by themselves, behind a proxy to another process),
     * then the log closed, which waits for the group commit in flight. A command whose
     * acknowledgement was lost with its socket is re-sent with its command id and answered
     * from the log, never applied twice.
     */
    async close() {
      ready.drain();
      // Stops listening now; resolves once the last HTTP connection has ended.
      const listenerClosed = new Promise<void>((resolve) => void server.close(() => resolve()));
      ticker.stop();
      presence.stop();
      retention.stop();
      // Closes every transport ("transport close" on the client, which reconnects), unlike a
      // server-side disconnect, after which socket.io clients stay disconnected.
      await new Promise<void>((resolve) => void io.close(() => resolve()));
      await listenerClosed;
      await hub.close();
      await Promise.allSettled([limits.close(), deleter.close(), builds.close()]);
      await storage.close();
    }
  };
}
