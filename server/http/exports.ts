import express, { type NextFunction, type Request, type Response } from 'express';
import { nanoid } from 'nanoid';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import type { Config } from '../config.js';
import { postsCsv, type Separator } from '../exports/csv.js';
import { checkImport } from '../exports/import.js';
import { IMPORT_LIMITS } from '../exports/import-schema.js';
import { exportJson, workshopExport } from '../exports/json.js';
import { markdownSummary } from '../exports/markdown.js';
import { fileName } from '../exports/rows.js';
import { signupsCsv } from '../exports/signups.js';
import { workbook } from '../exports/xlsx.js';
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

/**
 * The exports of one workshop, for its facilitator (key in `Authorization: Bearer`, never
 * in the URL, which ends up in logs), and the import of an export.json as a new workshop.
 * Both are limited per address (`exportsPerAddress`, `importsPerAddress`).
 * Mounted before the general API router, whose catch-all would answer these paths first.
 */
export function exportsRouter(hub: Hub, config: Config, limits: RateLimits): express.Router {
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

  const send = (res: Response, type: string, { name, body }: ExportFile) =>
    void res
      .type(type)
      // Results and names of participants: never kept by a browser or proxy cache.
      .set({ 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="${name}"` })
      .send(body);

  /**
   * Built files per workshop version (state.seq): downloading an unchanged workshop again
   * costs a lookup. Sign-ups (contact details, cheap to build) are never kept; a deleted
   * workshop's files are dropped at the next export request.
   */
  const built = new VersionCache<ExportFile>({ maxEntries: 32, maxBytes: 64 * 1024 * 1024, sizeOf: (file) => file.body.length });
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
        built.deleteWhere((key) => hub.wasDeleted(workshopOf(key)));
        const file = cached ? await built.get(`${runtime.id}:${kind}:${variant(req)}`, String(runtime.state.seq), () => build(runtime, req)) : await build(runtime, req);
        send(res, type, file);
        logger.info('workshop_exported', { workshopId: runtime.id, kind });
      } catch (error) {
        next(error);
      }
    };

  router.get(
    '/workshops/:id/export.json',
    exportRoute('json', 'application/json; charset=utf-8', async (runtime) => ({
      name: fileName(runtime.state, 'json'),
      body: exportJson(workshopExport(await hub.entries(runtime.id)))
    }))
  );
  router.get(
    '/workshops/:id/export.xlsx',
    exportRoute('xlsx', XLSX, async (runtime) => ({ name: fileName(runtime.state, 'xlsx'), body: await workbook(runtime.state) }))
  );
  router.get(
    '/workshops/:id/export.csv',
    exportRoute('csv', 'text/csv; charset=utf-8', (runtime, req) => ({ name: fileName(runtime.state, 'csv'), body: postsCsv(runtime.state, separator(req)) }), { variant: separator })
  );
  router.get(
    '/workshops/:id/export.md',
    exportRoute('md', 'text/markdown; charset=utf-8', (runtime) => ({ name: fileName(runtime.state, 'md'), body: markdownSummary(runtime.state) }))
  );
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
