import express from 'express';
import type { Config } from '../config.js';
import type { Metrics } from '../metrics/metrics.js';
import { hashSecret, secretMatches } from '../secrets.js';
import { bearerKey } from './bearer.js';

/**
 * GET /metrics for Prometheus. Off unless METRICS_TOKEN is set (404, as if it did not
 * exist); then only with `Authorization: Bearer <METRICS_TOKEN>`, compared in constant time.
 */
export function metricsRouter(config: Pick<Config, 'metricsToken'>, metrics: Metrics): express.Router {
  const router = express.Router();
  const tokenHash = config.metricsToken ? hashSecret(config.metricsToken) : '';
  router.get('/metrics', async (req, res, next) => {
    try {
      res.set('Cache-Control', 'no-store');
      if (!tokenHash) return void res.status(404).json({ error: 'not_found' });
      const presented = bearerKey(req, /^\S+$/);
      if (!presented || !secretMatches(presented, tokenHash)) return void res.status(401).json({ error: 'unauthorized' });
      res.type(metrics.registry.contentType).send(await metrics.text());
    } catch (error) {
      next(error);
    }
  });
  return router;
}
