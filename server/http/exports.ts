import express, { type NextFunction, type Request, type Response } from 'express';
import { nanoid } from 'nanoid';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import type { Config } from '../config.js';
import type { BuildThread } from '../exports/build-thread.js';
import type { Separator } from '../exports/csv.js';
import type { Built } from '../exports/export-jobs.js';
import { checkImport } from '../exports/import.js';
import { IMPORT_LIMITS } from '../exports/import-schema.js';
import { fileName } from '../exports/rows.js';
import { signupsCsv } from '../exports/signups.js';
import type { RateLimits } from '../edge/rate-limits.js';
import type { Hub } from '../hub/hub.js';
import type { WorkshopRuntime } from '../hub/workshop-runtime.js';
import { logger } from '../logger.js';
import { secretMatches } from '../secrets.js';
import { requestAddress } from './request-address.js';
import { VersionCache } from './version-cache.js';
import { bearerKey } from './bearer.js';
import { jsonErrors } from './json-errors.js';

interface ExportFile {
  name: string;
  body: string | Buffer;
}

/** An export.json of a long plenary runs to a few megabytes; only the import may send that much. */
export const IMPORT_LIMIT = IMPORT_LIMITS.bytes;

const origin = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;
const WORKSHOP_ID = /^[A-Za-z0-9_-]{1,64}$/;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** ?sep=semicolon: the variant Excel in a Swedish locale splits into columns. */
const separator = (req: Request): Separator => (req.query.sep === 'semicolon' ? 'semicolon' : 'comma');

/** Files come back from the worker as bytes: a Buffer over the same memory. */
const asBody = (built: Built): string | Buffer => (typeof built === 'string' ? built : Buffer.from(built.buffer, built.byteOffset, built.byteLength));

/**
 * The exports of one workshop, for its facilitator (key in `Authorization: Bearer`, never
 * in the URL, which ends up in logs), and the import of an export.json as a new workshop.
 * Both are limited per address (`exportsPerAddress`, `importsPerAddress`). The files are
 * built in a worker thread (`builds`) from the log up to the version asked for, so a big
 * workshop's first download does not hold up the event loop.
 * Mounted before the general API router, whose catch-all would answer these paths first.
 */
export function exportsRouter(hub: Hub, config: Config, limits: RateLimits, builds: BuildThread): express.Router {
  const router = express.Router();

  /** The workshop, if the request carries its key. An unknown id gets the same answer as a wrong key. */
  async function authorised(req: Request, res: Response): Promise<WorkshopRuntime | undefined> {
    const key = bearerKey(req);
    const id = String(req.params.id);
    const runtime = key && WORKSHOP_ID.test(id) ? await hub.findById(id) : undefined;
    if (runtime && key && secretMatches(key, runtime.state.keyHash)) return runtime;
    res.status(401).json({ error: 'unauthorized' });
    return undefined;
  }

  // Sent as is with end(), not send(): send() would hash a file of megabytes for an ETag on
  // the event loop, and a file nobody may cache has no use for one.
  const send = (res: Response, type: string, { name, body }: ExportFile) =>
    void res
      .type(type)
      // Results and names of participants: never kept by a browser or proxy cache.
      .set({ 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="${name}"`, 'Content-Length': String(Buffer.byteLength(body)) })
      .end(body);

  /**
   * Built files per workshop version (state.seq): downloading an unchanged workshop again
   * costs a lookup. Sign-ups (contact details, cheap to build) are never kept; a deleted
   * workshop's files are dropped at the next export request.
   */
  const kept = new VersionCache<ExportFile>({ maxEntries: 32, maxBytes: 64 * 1024 * 1024, sizeOf: (file) => file.body.length });
  const workshopOf = (cacheKey: string) => cacheKey.slice(0, cacheKey.indexOf(':'));

  /**
   * One export route: limit per address, authorise, build (or take the file built for this
   * version), send; the log line names the workshop and the kind only.
   */
  const exportRoute =
    (kind: string, type: string, build: (runtime: WorkshopRuntime, req: Request) => Promise<ExportFile> | ExportFile, { cached = true, variant = (_req: Request): string => '' }: { cached?: boolean; variant?: (req: Request) => string } = {}) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        if (!(await limits.allowExport(requestAddress(req, config)))) return void res.status(429).json({ error: 'rate_limited' });
        const runtime = await authorised(req, res);
        if (!runtime) return;
        kept.deleteWhere((key) => hub.wasDeleted(workshopOf(key)));
        const file = cached ? await kept.get(`${runtime.id}:${kind}:${variant(req)}`, String(runtime.state.seq), () => build(runtime, req)) : await build(runtime, req);
        send(res, type, file);
        logger.info('workshop_exported', { workshopId: runtime.id, kind });
      } catch (error) {
        next(error);
      }
    };

  /** The log up to the workshop's current version (the one the file is kept under). */
  async function entriesOf(runtime: WorkshopRuntime) {
    const seq = runtime.state.seq;
    return (await hub.entries(runtime.id)).filter((entry) => entry.seq <= seq);
  }

  /** A file built in the worker from the workshop's log. */
  const inWorker =
    (kind: 'json' | 'xlsx' | 'md' | 'csv') =>
    async (runtime: WorkshopRuntime, req: Request): Promise<ExportFile> => {
      const name = fileName(runtime.state, kind);
      const entries = await entriesOf(runtime);
      const job = kind === 'csv' ? { kind, entries, separator: separator(req) } : { kind, entries };
      return { name, body: asBody(await builds.run(job)) };
    };

  router.get('/workshops/:id/export.json', exportRoute('json', 'application/json; charset=utf-8', inWorker('json')));
  router.get('/workshops/:id/export.xlsx', exportRoute('xlsx', XLSX, inWorker('xlsx')));
  router.get('/workshops/:id/export.csv', exportRoute('csv', 'text/csv; charset=utf-8', inWorker('csv'), { variant: separator }));
  router.get('/workshops/:id/export.md', exportRoute('md', 'text/markdown; charset=utf-8', inWorker('md')));
  router.get(
    '/workshops/:id/signups.csv',
    exportRoute('signups', 'text/csv; charset=utf-8', (runtime, req) => ({ name: fileName(runtime.state, 'csv', '-signups'), body: signupsCsv(runtime.state, separator(req)) }), { cached: false })
  );

  /** Counted before the body is read: a refused import costs no parsing. */
  async function importAllowed(req: Request, res: Response, next: NextFunction) {
    try {
      if (await limits.allowImport(requestAddress(req, config))) return next();
      res.status(429).json({ error: 'rate_limited' });
    } catch (error) {
      next(error);
    }
  }

  // No key: whoever holds an export may start a new workshop from it (and gets its key).
  router.post('/import', importAllowed, express.json({ limit: IMPORT_LIMIT, strict: false }), async (req, res, next) => {
    try {
      const checked = await checkImport(req.body);
      if (!checked.ok) return void res.status(400).json({ error: checked.error, ...(checked.detail ? { detail: checked.detail } : {}) });
      const { runtime, key } = await hub.createFromLog(checked.entries);
      // An import is a change: the retention period starts now, not at the original's last change.
      await hub.submit(runtime, { role: 'facilitator' }, `import-${nanoid(10)}`, { type: 'screen:mode', mode: runtime.state.screen });
      const base = config.publicUrl || origin(req);
      const body: CreatedWorkshop = {
        workshopId: runtime.id,
        code: runtime.state.code,
        key,
        urls: {
          participant: `${base}/w/${runtime.state.code}`,
          screen: `${base}/w/${runtime.state.code}/screen`,
          console: `${base}/f/${runtime.id}#key=${key}`
        }
      };
      logger.info('workshop_imported', { workshopId: runtime.id, entries: checked.entries.length });
      res.status(201).json(body);
    } catch (error) {
      next(error);
    }
  });

  router.use(jsonErrors('import_not_json'));
  return router;
}
