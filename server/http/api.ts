import express, { type Request } from 'express';
import { sameInEveryLanguage, setupFromTemplate, TEMPLATES } from '../../src/lib/domain/template.js';
import type { WorkshopSetup } from '../../src/lib/domain/types.js';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import { createWorkshopSchema, saveTemplateSchema, templateIdsSchema } from '../../src/lib/protocol/schemas.js';
import { joinUrl, type Config } from '../config.js';
import type { Hub } from '../hub/hub.js';
import { logger } from '../logger.js';
import { secretMatches } from '../secrets.js';
import { parsePayload } from '../edge/validate.js';
import { httpCaller, lookUpTypedCode } from '../edge/code-lookup.js';
import type { RateLimits } from '../edge/rate-limits.js';
import type { QrCodes } from './qr-codes.js';
import { requestAddress } from './request-address.js';
import { newTemplateId, type TemplateStore } from '../templates/template-store.js';
import { jsonErrors } from './json-errors.js';

const origin = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/** A host name or address with an optional port, as browsers send it: anything else is not put in a QR code. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const validOrigin = (req: Request) => {
  const host = req.get('host') ?? '';
  return host.length <= 260 && HOST.test(host) ? `${req.protocol}://${host}` : undefined;
};

/** One entry of GET /api/templates: the built-in templates first, then the saved ones, newest first. */
export interface TemplateListItem {
  id: string;
  name: { sv: string; en?: string };
  builtIn: boolean;
  /** Saved templates: when, so two of one name can be told apart. */
  savedAt?: number;
  /** Saved templates: listed for everyone, or only for the browsers that know the id. */
  shared?: boolean;
}

/** GET /api/privacy: what the privacy page and the phones say about how long data is kept. */
export interface PrivacyInfo {
  retentionDays: number;
}

/** The HTTP API under /api: create a workshop, list and save templates, render join QR codes, privacy facts. */
export function apiRouter(hub: Hub, config: Config, templates: TemplateStore, limits: RateLimits, qrCodes: QrCodes): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: '16kb' }));

  /** A fresh copy of a built-in or saved template's setup, titled as asked; undefined if there is none. */
  async function setupFor(templateId: string, title?: string): Promise<WorkshopSetup | undefined> {
    const builtIn = setupFromTemplate(templateId, title);
    if (builtIn) return builtIn;
    const saved = await templates.get(templateId);
    if (!saved) return undefined;
    const setup = structuredClone(saved.setup);
    if (title && title.trim()) setup.title = sameInEveryLanguage(title.trim());
    return setup;
  }

  // Built-in templates, the saved ones their authors shared, and those this browser saved (by id).
  router.get('/templates', async (req, res, next) => {
    try {
      const ids = parsePayload(templateIdsSchema, req.query.ids);
      if (!ids.ok) return void res.status(400).json({ error: ids.error });
      const known = new Set(ids.data);
      const builtIn: TemplateListItem[] = TEMPLATES.map((t) => ({ id: t.id, name: t.name, builtIn: true }));
      const saved: TemplateListItem[] = (await templates.list())
        .filter((t) => t.shared || known.has(t.id))
        .map((t) => ({ id: t.id, name: { sv: t.name }, builtIn: false, savedAt: t.savedAt, shared: t.shared }));
      res.json([...builtIn, ...saved]);
    } catch (error) {
      next(error);
    }
  });

  // Saves a workshop's setup as it is now. Only its facilitator may: the key proves it.
  router.post('/templates', async (req, res, next) => {
    try {
      const parsed = parsePayload(saveTemplateSchema, req.body);
      if (!parsed.ok) return void res.status(400).json({ error: parsed.error });
      const { workshopId, key, name, shared = false } = parsed.data;
      const runtime = await hub.findById(workshopId);
      if (!runtime) return void res.status(404).json({ error: 'workshop_not_found' });
      if (!secretMatches(key, runtime.state.keyHash)) return void res.status(401).json({ error: 'unauthorized' });
      const id = newTemplateId(name);
      await templates.save({ id, name, savedAt: Date.now(), shared, setup: structuredClone(runtime.state.setup) });
      // Not the template id: it is made from the name, which could be a person's.
      logger.info('template_saved', { workshopId });
      res.status(201).json({ id });
    } catch (error) {
      next(error);
    }
  });

  router.post('/workshops', async (req, res, next) => {
    try {
      const parsed = parsePayload(createWorkshopSchema, req.body);
      if (!parsed.ok) return void res.status(400).json({ error: parsed.error });
      const setup = await setupFor(parsed.data.templateId, parsed.data.title);
      if (!setup) return void res.status(400).json({ error: 'invalid_payload' });
      // Only a request that would create a workshop counts (`createsPerAddress`, shared with new series).
      if (!(await limits.allowCreate(requestAddress(req, config)))) return void res.status(429).json({ error: 'rate_limited' });
      if (parsed.data.language) setup.language = parsed.data.language;
      const { runtime, key } = await hub.create(setup);
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
      logger.info('workshop_created', { workshopId: runtime.id });
      res.status(201).json(body);
    } catch (error) {
      next(error);
    }
  });

  router.get('/privacy', (_req, res) => {
    const body: PrivacyInfo = { retentionDays: config.retentionDays };
    res.json(body);
  });

  router.get('/codes/:code/qr.svg', async (req, res, next) => {
    try {
      const runtime = await lookUpTypedCode(hub, limits, httpCaller(req, config.trustProxy), String(req.params.code));
      if (runtime === 'rate_limited') return void res.status(429).json({ error: 'rate_limited' });
      if (!runtime) return void res.status(404).json({ error: 'workshop_not_found' });
      const base = config.publicUrl || validOrigin(req);
      if (!base) return void res.status(400).json({ error: 'invalid_payload' });
      const svg = await qrCodes.svgFor(joinUrl(config, runtime.state.code, base));
      res.type('image/svg+xml').set('Cache-Control', 'no-cache').send(svg);
    } catch (error) {
      next(error);
    }
  });

  router.use((_req, res) => void res.status(404).json({ error: 'not_found' }));
  router.use(jsonErrors());
  return router;
}
