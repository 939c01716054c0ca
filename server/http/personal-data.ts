import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { namedParticipants, personalData } from '../../src/lib/domain/personal-data.js';
import type { Config } from '../config.js';
import type { RateLimits } from '../edge/rate-limits.js';
import type { Hub } from '../hub/hub.js';
import type { WorkshopRuntime } from '../hub/workshop-runtime.js';
import { logger } from '../logger.js';
import { hashSecret, secretMatches } from '../secrets.js';
import { bearerKey } from './bearer.js';
import { requestAddress } from './request-address.js';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const eraseBody = z.strictObject({ commandId: z.string().regex(ID) });
const params = z.strictObject({ id: z.string().regex(ID), participantId: z.string().regex(ID).optional() });

/**
 * The right of access (docs/data-protection.md): a participant downloads what the workshop
 * holds about them with the token their phone holds (`Authorization: Bearer <token>`); a
 * facilitator, with the workshop key, lists the participants who gave a name or association
 * and downloads the same file for one of them (someone who asks by e-mail). Limited per
 * address like the exports; a wrong token or key, an unknown workshop and an erased
 * participant all get the same 401 / 404 as nothing there.
 */
export function personalDataRouter(hub: Hub, config: Config, limits: RateLimits): express.Router {
  const router = express.Router();

  const route =
    (handle: (req: Request, res: Response, ids: z.infer<typeof params>) => Promise<void>) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const ids = params.safeParse(req.params);
        if (!ids.success) return void res.status(400).json({ error: 'invalid_payload' });
        if (!(await limits.allowExport(requestAddress(req, config)))) return void res.status(429).json({ error: 'rate_limited' });
        await handle(req, res, ids.data);
      } catch (error) {
        next(error);
      }
    };

  const send = (res: Response, body: unknown, name: string) =>
    void res.set({ 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="${name}"` }).json(body);

  async function asFacilitator(req: Request, res: Response, id: string): Promise<WorkshopRuntime | undefined> {
    const key = bearerKey(req);
    const runtime = key ? await hub.findById(id) : undefined;
    if (runtime && key && secretMatches(key, runtime.state.keyHash)) return runtime;
    res.status(401).json({ error: 'unauthorized' });
    return undefined;
  }

  router.get(
    '/workshops/:id/my-data',
    route(async (req, res, { id }) => {
      const token = bearerKey(req);
      const runtime = token ? await hub.findById(id) : undefined;
      const participantId = runtime && token ? runtime.state.participantByToken.get(hashSecret(token)) : undefined;
      const data = runtime && participantId ? personalData(runtime.state, participantId) : undefined;
      if (!data) return void res.status(401).json({ error: 'unauthorized' });
      send(res, data, 'samrad-mina-uppgifter.json');
      logger.info('personal_data_sent', { workshopId: id, by: 'participant' });
    })
  );

  router.get(
    '/workshops/:id/participants',
    route(async (req, res, { id }) => {
      const runtime = await asFacilitator(req, res, id);
      if (runtime) res.set('Cache-Control', 'no-store').json({ participants: namedParticipants(runtime.state) });
    })
  );

  router.get(
    '/workshops/:id/participants/:participantId/data',
    route(async (req, res, { id, participantId }) => {
      const runtime = await asFacilitator(req, res, id);
      if (!runtime) return;
      const data = participantId ? personalData(runtime.state, participantId) : undefined;
      if (!data) return void res.status(404).json({ error: 'not_found' });
      send(res, data, `samrad-deltagare-${participantId}.json`);
      logger.info('personal_data_sent', { workshopId: id, by: 'facilitator' });
    })
  );

  /**
   * Erasure for one participant who asked another way: the same erasure as the phone's
   * "Radera mina uppgifter", recorded as the facilitator's, acknowledged once storage has
   * forgotten them too. The command id makes a retry (a lost answer) apply it once.
   */
  router.post(
    '/workshops/:id/participants/:participantId/erase',
    express.json({ limit: '1kb' }),
    route(async (req, res, { id, participantId }) => {
      const body = eraseBody.safeParse(req.body);
      if (!body.success || !participantId) return void res.status(400).json({ error: 'invalid_payload' });
      const runtime = await asFacilitator(req, res, id);
      if (!runtime) return;
      const outcome = await hub.submit(runtime, { role: 'facilitator' }, body.data.commandId, { type: 'participant:erase', participantId });
      if (outcome.ok) return void res.json({ ok: true });
      res.status(outcome.error === 'not_joined' ? 404 : outcome.error === 'unavailable' ? 503 : 400).json({ error: outcome.error });
    })
  );

  return router;
}
