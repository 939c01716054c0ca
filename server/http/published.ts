import express from 'express';
import { isJoinCode, normalizeJoinCode } from '../../src/lib/domain/code.js';
import { outcomeView } from '../../src/lib/domain/outcome-view.js';
import type { PublishedOutcomeError, PublishedOutcomeResponse } from '../../src/lib/protocol/published.js';
import type { Config } from '../config.js';
import { clientAddress, type RateLimits } from '../edge/rate-limits.js';
import type { Hub } from '../hub/hub.js';
import { logger } from '../logger.js';

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
      const address = clientAddress({ address: req.socket.remoteAddress ?? '', headers: req.headers }, config.trustProxy);
      // One "socket" per address for plain HTTP: an address gets the per-socket allowance
      // here on top of (and counted in) its per-address one.
      const caller = `http:${address}`;
      if (!(await limits.mayLookUpCodes(caller, address))) return refuse(res, 429, 'rate_limited');
      const code = normalizeJoinCode(String(req.params.code));
      const runtime = isJoinCode(code) ? await hub.findByCode(code) : undefined;
      if (!runtime) {
        await limits.wrongCode(caller, address);
        return refuse(res, 404, 'not_published');
      }
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

  // Anything unexpected: a JSON error, never a stack.
  router.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    logger.error('http_error', { error: String(error) });
    res.status(500).json({ error: 'internal' });
  });
  return router;
}
