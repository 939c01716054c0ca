import express, { type NextFunction, type Request, type Response } from 'express';
import { nanoid } from 'nanoid';
import { LIMITS } from '../../src/lib/domain/limits.js';
import { tidyUpdateText } from '../../src/lib/domain/commands/outcome.js';
import { outcomeView } from '../../src/lib/domain/outcome-view.js';
import { seriesMeetingInput, type SeriesView } from '../../src/lib/domain/series-view.js';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import { attachWorkshopSchema, createSeriesSchema, newMeetingSchema, seriesUpdateSchema, type CreatedSeries, type SeriesExportFormat } from '../../src/lib/protocol/series.js';
import { id as idSchema } from '../../src/lib/protocol/setup-schema.js';
import type { Config } from '../config.js';
import type { BuildThread } from '../exports/build-thread.js';
import { parsePayload } from '../edge/validate.js';
import type { RateLimits } from '../edge/rate-limits.js';
import type { Hub } from '../hub/hub.js';
import type { WorkshopRuntime } from '../hub/workshop-runtime.js';
import type { KeyedQueue } from '../keyed-queue.js';
import { logger } from '../logger.js';
import { hashSecret, newSecret, secretMatches } from '../secrets.js';
import { seriesJson, seriesMarkdown } from '../series/series-export.js';
import { fileSlug, type ExportLanguage } from '../series/series-labels.js';
import { createSeriesMeeting } from '../series/series-meetings.js';
import { proofHolds, recordProof, seriesMembers, viewVersion } from '../series/series-members.js';
import { MAX_SERIES_WORKSHOPS, newSeriesId, type Series, type SeriesStore } from '../series/series-store.js';
import { seriesXlsx } from '../series/series-xlsx.js';
import { requestAddress } from './request-address.js';
import { VersionCache } from './version-cache.js';
import { bearerKey } from './bearer.js';
import { jsonErrors } from './json-errors.js';

const origin = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;


const MIME: Record<SeriesExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/**
 * The series API under /api/series. Every call but creation needs the series key; a
 * missing or wrong key and an unknown series get the same 401, so the answer does not
 * tell which ids exist. Workshop keys keep working for their own workshops (nothing here
 * changes them); attaching a workshop takes its key as well, as proof it is the caller's.
 */
/** A series as saved after someone changed it: its retention counts from now. */
const changed = (series: Series): Series => ({ ...series, updatedAt: Date.now() });

export function seriesRouter(hub: Hub, config: Config, store: SeriesStore, limits: RateLimits, builds: BuildThread, seriesQueue: KeyedQueue): express.Router {
  const outer = express.Router();
  const router = express.Router();
  // Mounted at /series only, so its body limit and 404 never touch the rest of /api.
  outer.use('/series', router);
  router.use(express.json({ limit: '16kb' }));
  // A series holds a consultation's results: no cache along the way may keep them.
  router.use((_req, res, next) => void (res.set('Cache-Control', 'no-store'), next()));

  /**
   * Changes to one series run one after another in this process (`seriesQueue`, shared with
   * the agreement's routes, which record the agreement's code in the series).
   */
  const serially = <T>(id: string, work: () => Promise<T>): Promise<T> => seriesQueue.run(id, work);

  /** The series if the key opens it; undefined for an unknown id and a wrong key alike. */
  async function authorized(req: Request): Promise<Series | undefined> {
    const id = idSchema.safeParse(req.params.id);
    const key = bearerKey(req);
    if (!id.success || !key) return undefined;
    const series = await store.get(id.data);
    return series && secretMatches(key, series.keyHash) ? series : undefined;
  }

  /** Runs `handle` with the authorised series (read inside the queue, so it is current), or answers 401. */
  const withSeries =
    (handle: (series: Series, req: Request, res: Response) => Promise<void>, { queued = true } = {}) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const id = String(req.params.id);
        const work = async () => {
          const series = await authorized(req);
          if (!series) return void res.status(401).json({ error: 'unauthorized' });
          await handle(series, req, res);
        };
        await (queued ? serially(id, work) : work());
      } catch (error) {
        next(error);
      }
    };

  /**
   * Combined views kept per version (viewVersion: the series' own changes and its shown
   * members' seqs), as the JSON sent: reading an unchanged series again costs a lookup, not
   * a new grouping of every post, and reads that arrive while it is built wait for that
   * build. Built in the worker thread (`builds`). Bounded in entries and bytes.
   */
  const views = new VersionCache<string>({ maxEntries: 32, maxBytes: 64 * 1024 * 1024, sizeOf: (json) => json.length });

  /** The combined view as JSON, with the members it shows (for the exports). */
  async function viewOf(series: Series): Promise<{ json: string; found: WorkshopRuntime[] }> {
    const members = await seriesMembers(hub, series);
    const info = { id: series.id, title: series.title, createdAt: series.createdAt, updates: series.updates };
    // The grouping compares every post with its likely neighbours: seconds for a big series, so in the worker.
    const json = await views.get(series.id, viewVersion(series, members), async () =>
      String(await builds.run({ kind: 'series-view', info, inputs: members.found.map((r) => seriesMeetingInput(r.state)), missing: members.missing, stale: members.stale }))
    );
    return { json, found: members.found };
  }

  /** Views and exports rebuild the grouping when a member changed: limited per address. */
  const limited =
    (handler: (req: Request, res: Response, next: NextFunction) => Promise<void>) => async (req: Request, res: Response, next: NextFunction) => {
      try {
        if (!(await limits.allowExport(requestAddress(req, config)))) return void res.status(429).json({ error: 'rate_limited' });
      } catch (error) {
        return next(error);
      }
      await handler(req, res, next);
    };

  router.post('/', async (req, res, next) => {
    try {
      const parsed = parsePayload(createSeriesSchema, req.body);
      if (!parsed.ok) return void res.status(400).json({ error: parsed.error });
      if (!(await limits.allowCreate(requestAddress(req, config)))) return void res.status(429).json({ error: 'rate_limited' });
      const key = newSecret();
      const series: Series = { id: newSeriesId(), title: parsed.data.title, keyHash: hashSecret(key), workshopIds: [], keyProofs: {}, updates: [], createdAt: Date.now() };
      await store.save(changed(series));
      logger.info('series_created', { seriesId: series.id });
      const body: CreatedSeries = { id: series.id, key, url: `${config.publicUrl || origin(req)}/s/${series.id}#key=${key}` };
      res.status(201).json(body);
    } catch (error) {
      next(error);
    }
  });

  router.get(
    '/:id',
    limited(withSeries(async (series, _req, res) => void res.type('application/json').send((await viewOf(series)).json), { queued: false }))
  );

  router.post(
    '/:id/workshops',
    withSeries(async (series, req, res) => {
      const parsed = parsePayload(attachWorkshopSchema, req.body);
      if (!parsed.ok) return void res.status(400).json({ error: parsed.error });
      const { workshopId, workshopKey } = parsed.data;
      const runtime = hub.wasDeleted(workshopId) ? undefined : await hub.findById(workshopId);
      // The workshop's key proves it is the caller's; an unknown workshop gets the same answer.
      if (!runtime || !secretMatches(workshopKey, runtime.state.keyHash)) return void res.status(403).json({ error: 'forbidden' });
      const member = series.workshopIds.includes(workshopId);
      if (member && proofHolds(series, runtime)) return void res.status(200).json({ workshopIds: series.workshopIds, attached: false });
      if (!member && series.workshopIds.length >= MAX_SERIES_WORKSHOPS) return void res.status(400).json({ error: 'invalid_payload' });
      // New, or attached again after its key changed: the proof is made with the key it has now.
      if (!member) series.workshopIds.push(workshopId);
      recordProof(series, runtime);
      await store.save(changed(series));
      logger.info('series_workshop_attached', { seriesId: series.id, workshopId });
      res.status(201).json({ workshopIds: series.workshopIds, attached: true });
    })
  );

  /**
   * Detaches a workshop. The series owner may (series key), and so may the workshop's
   * facilitator with the workshop's own key, who need not hold the series key. 204, or
   * 404 not_found when it is not a member; 401 alike for an unknown series and a key that
   * opens neither.
   */
  router.delete('/:id/workshops/:workshopId', async (req, res, next) => {
    try {
      const id = idSchema.safeParse(req.params.id);
      const workshopId = idSchema.safeParse(req.params.workshopId);
      const key = bearerKey(req);
      if (!id.success || !workshopId.success || !key) return void res.status(401).json({ error: 'unauthorized' });
      await serially(id.data, async () => {
        const series = await store.get(id.data);
        const member = series?.workshopIds.includes(workshopId.data) ?? false;
        const runtime = member && !hub.wasDeleted(workshopId.data) ? await hub.findById(workshopId.data) : undefined;
        const owner = series !== undefined && secretMatches(key, series.keyHash);
        const facilitator = runtime !== undefined && secretMatches(key, runtime.state.keyHash);
        if (!series || !(owner || facilitator)) return void res.status(401).json({ error: 'unauthorized' });
        if (!member) return void res.status(404).json({ error: 'not_found' });
        series.workshopIds = series.workshopIds.filter((w) => w !== workshopId.data);
        series.keyProofs = Object.fromEntries(Object.entries(series.keyProofs).filter(([w]) => w !== workshopId.data));
        await store.save(changed(series));
        logger.info('series_workshop_detached', { seriesId: series.id, workshopId: workshopId.data, by: owner ? 'series' : 'facilitator' });
        res.status(204).end();
      });
    } catch (error) {
      next(error);
    }
  });

  router.post(
    '/:id/meetings',
    withSeries(async (series, req, res) => {
      const parsed = parsePayload(newMeetingSchema, req.body);
      if (!parsed.ok) return void res.status(400).json({ error: parsed.error });
      if (series.workshopIds.length >= MAX_SERIES_WORKSHOPS) return void res.status(400).json({ error: 'invalid_payload' });
      // Only meetings the series may still show lend their setup and carry items forward.
      const { found } = await seriesMembers(hub, series);
      const { runtime, key, carried } = await createSeriesMeeting(hub, series, found, parsed.data);
      series.workshopIds.push(runtime.id);
      recordProof(series, runtime);
      await store.save(changed(series));
      const base = config.publicUrl || origin(req);
      const body: CreatedWorkshop & { carried: number } = {
        workshopId: runtime.id,
        code: runtime.state.code,
        key,
        urls: {
          participant: `${base}/w/${runtime.state.code}`,
          screen: `${base}/w/${runtime.state.code}/screen`,
          console: `${base}/f/${runtime.id}#key=${key}`
        },
        carried
      };
      logger.info('series_meeting_created', { seriesId: series.id, workshopId: runtime.id, carried });
      res.status(201).json(body);
    })
  );

  router.post(
    '/:id/updates',
    withSeries(async (series, req, res) => {
      const parsed = parsePayload(seriesUpdateSchema, req.body);
      if (!parsed.ok) return void res.status(400).json({ error: parsed.error });
      const text = tidyUpdateText(parsed.data.text);
      if (typeof text === 'string') return void res.status(400).json({ error: text });
      if (series.updates.length >= LIMITS.updates) return void res.status(400).json({ error: 'invalid_payload' });
      const update = { id: `u${nanoid(10)}`, date: parsed.data.date, text, at: Date.now() };
      series.updates.push(update);
      // By the day they are about; one day's in the order they were written (as a workshop keeps them).
      series.updates.sort((a, b) => a.date.localeCompare(b.date) || a.at - b.at);
      await store.save(changed(series));
      res.status(201).json(update);
    })
  );

  router.delete(
    '/:id/updates/:updateId',
    withSeries(async (series, req, res) => {
      const index = series.updates.findIndex((u) => u.id === req.params.updateId);
      if (index < 0) return void res.status(404).json({ error: 'not_found' });
      series.updates.splice(index, 1);
      await store.save(changed(series));
      res.status(204).end();
    })
  );

  for (const format of ['json', 'xlsx', 'md'] as const) {
    router.get(
      `/:id/export.${format}`,
      limited(withSeries(
        async (series, req, res) => {
          const lang: ExportLanguage = req.query.lang === 'en' ? 'en' : 'sv';
          const { json, found } = await viewOf(series);
          const view = JSON.parse(json) as SeriesView;
          const now = Date.now();
          res.attachment(`${fileSlug(series.title)}.${format}`).type(MIME[format]);
          if (format === 'json') res.send(JSON.stringify(seriesJson(view, found.map((r) => ({ workshopId: r.id, outcome: outcomeView(r.state) })), now), null, 2));
          else if (format === 'md') res.send(seriesMarkdown(view, lang, now));
          else res.send(await seriesXlsx(view, lang, now));
        },
        { queued: false }
      ))
    );
  }

  router.use((_req, res) => void res.status(404).json({ error: 'not_found' }));
  router.use(jsonErrors());
  return outer;
}
