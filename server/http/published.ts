import express from 'express';
import { outcomeView } from '../../src/lib/domain/outcome-view.js';
import type { PublishedOutcomeError, PublishedOutcomeResponse } from '../../src/lib/protocol/published.js';
import type { Config } from '../config.js';
import { httpCaller, lookUpTypedCode } from '../edge/code-lookup.js';
import type { RateLimits } from '../edge/rate-limits.js';
import type { Hub } from '../hub/hub.js';
import { jsonErrors } from './json-errors.js';

/**
 * The published outcome, for anyone with the participant link: no key, and nothing in it
 * about people (outcomeView has no names, associations by name, contacts or answers).
 * Looking up codes here counts against the same wrong-code allowance as the sockets, so
 * the page cannot be used to guess codes that the join card would refuse.
 */
export function publishedRouter(hub: Hub, config: Pick<Config, 'trustProxy'>, limits: RateLimits): express.Router {
  const router = express.Router();

  const refuse = (res: express.Response, status: number, error: PublishedOutcomeError) =>
    void res.status(status).set('Cache-Control', 'no-store').json({ error });

  router.get('/codes/:code/outcome', async (req, res, next) => {
    try {
      const runtime = await lookUpTypedCode(hub, limits, httpCaller(req, config.trustProxy), String(req.params.code));
      if (runtime === 'rate_limited') return refuse(res, 429, 'rate_limited');
      if (!runtime) return refuse(res, 404, 'not_published');
      // Not published (or withdrawn): the same answer as an unknown code.
      if (runtime.state.published === null) return refuse(res, 404, 'not_published');
      const body: PublishedOutcomeResponse = { outcome: outcomeView(runtime.state) };
      // Withdrawing must take effect at once: no copies kept along the way. Search
      // engines are asked not to index what is meant for the people with the link.
      res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }).json(body);
    } catch (error) {
      next(error);
    }
  });

  router.use(jsonErrors());
  return router;
}
