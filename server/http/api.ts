import express, { type NextFunction, type Request, type Response } from 'express';
import QRCode from 'qrcode';
import { isJoinCode, normalizeJoinCode } from '../../src/lib/domain/code.js';
import { setupFromTemplate, TEMPLATES } from '../../src/lib/domain/template.js';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import { createWorkshopSchema } from '../../src/lib/protocol/schemas.js';
import { joinUrl, type Config } from '../config.js';
import type { Hub } from '../hub/hub.js';
import { logger } from '../logger.js';
import { parsePayload } from '../edge/validate.js';

const origin = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/** The HTTP API under /api: create a workshop, list templates, render join QR codes. */
export function apiRouter(hub: Hub, config: Config): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: '16kb' }));

  router.get('/templates', (_req, res) => {
    res.json(TEMPLATES.map((t) => ({ id: t.id, name: t.name })));
  });

  router.post('/workshops', async (req, res, next) => {
    try {
      const parsed = parsePayload(createWorkshopSchema, req.body);
      if (!parsed.ok) return void res.status(400).json({ error: parsed.error });
      const setup = setupFromTemplate(parsed.data.templateId, parsed.data.title);
      if (!setup) return void res.status(400).json({ error: 'invalid_payload' });
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

  const qrCache = new Map<string, string>();
  router.get('/codes/:code/qr.svg', async (req, res, next) => {
    try {
      const code = normalizeJoinCode(String(req.params.code).replace(/\.svg$/, ''));
      if (!isJoinCode(code) || !(await hub.findByCode(code))) return void res.status(404).json({ error: 'workshop_not_found' });
      const url = joinUrl(config, code, origin(req));
      let svg = qrCache.get(url);
      if (!svg) {
        svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
        qrCache.set(url, svg);
      }
      res.type('image/svg+xml').set('Cache-Control', 'no-cache').send(svg);
    } catch (error) {
      next(error);
    }
  });

  router.use((_req, res) => void res.status(404).json({ error: 'not_found' }));
  // Malformed JSON, oversized bodies and anything unexpected: a JSON error, never a stack.
  router.use((error: { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error('http_error', { error: String(error) });
    res.status(status).json({ error: status === 413 ? 'payload_too_large' : status === 500 ? 'internal' : 'invalid_payload' });
  });
  return router;
}
