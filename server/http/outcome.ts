import express from 'express';
import { reportData } from '../../src/lib/domain/report-data.js';
import { id as idSchema } from '../../src/lib/protocol/setup-schema.js';
import type { Hub } from '../hub/hub.js';
import { secretMatches } from '../secrets.js';
import { bearerKey } from './bearer.js';
import { jsonErrors } from './json-errors.js';


/**
 * GET /api/workshops/:id/outcome: the data of the organiser's printable report (see
 * report-data.ts). A missing or wrong key and an unknown workshop get the same 401, so the
 * answer does not tell which workshop ids exist.
 */
export function outcomeRouter(hub: Hub): express.Router {
  const router = express.Router();

  router.get('/workshops/:id/outcome', async (req, res, next) => {
    try {
      // The report holds a workshop's results: no cache along the way may keep it.
      res.set('Cache-Control', 'no-store');
      const id = idSchema.safeParse(req.params.id);
      if (!id.success) return void res.status(400).json({ error: 'invalid_payload' });
      const key = bearerKey(req);
      const runtime = key ? await hub.findById(id.data) : undefined;
      if (!key || !runtime || !secretMatches(key, runtime.state.keyHash)) return void res.status(401).json({ error: 'unauthorized' });
      res.json(reportData(runtime.state, Date.now()));
    } catch (error) {
      next(error);
    }
  });

  router.use(jsonErrors());
  return router;
}
