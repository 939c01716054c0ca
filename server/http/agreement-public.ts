import { createHash } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { nanoid } from 'nanoid';
import { isAgreementCode, normalizeJoinCode } from '../../src/lib/domain/code.js';
import type { AgreementState } from '../../src/lib/domain/agreement/types.js';
import { compilationView, publicView } from '../../src/lib/domain/agreement/views.js';
import { commentSchema, joinSchema, READER_HEADER, readerToken, type PublicAgreementResponse } from '../../src/lib/protocol/agreement.js';
import { httpCaller } from '../edge/code-lookup.js';
import { parsePayload } from '../edge/validate.js';
import { answer, sourceTextOf, type AgreementDeps } from './agreement.js';
import { jsonErrors } from './json-errors.js';

/**
 * A reader's id in one agreement: a hash of their browser's token and the code, so the
 * token itself is never stored and the same browser is a different sender in another
 * agreement.
 */
const authorIdOf = (code: string, token: string) => createHash('sha256').update(`samrad-reader\n${code}\n${token}`, 'utf8').digest('base64url').slice(0, 24);

/**
 * The id a reader's comment or join is kept under: a hash of the sender and the id their
 * page made, so two readers' ids never meet and a re-send gets the same one, but nothing
 * in it is shared by one reader's comments (the compilation shows them side by side, and
 * an anonymous comment must not be linkable to the same reader's signed one).
 */
const readerMadeIdOf = (kind: 'c' | 'j', authorId: string, id: string) =>
  kind + createHash('sha256').update(`samrad-${kind}\n${authorId}\n${id}`, 'utf8').digest('base64url').slice(0, 20);

/**
 * The public routes under /api/agreements/:code (docs/agreement.md): anyone with the link
 * reads, comments while a remiss is open, joins after adoption; no account. Looking up a
 * code counts against the wrong-code allowance, like a meeting's code.
 */
export function agreementPublicRouter(deps: Pick<AgreementDeps, 'hub' | 'config' | 'series' | 'agreements' | 'limits'>): express.Router {
  const { hub, config, series: store, agreements, limits } = deps;
  const router = express.Router();
  router.use('/agreements', express.json({ limit: '16kb' }), (_req, res, next) => void (res.set('Cache-Control', 'no-store'), next()));

  interface Reading {
    state: AgreementState;
    /** Undefined when the request carries no (well-formed) reader token. */
    authorId: string | undefined;
  }

  const reading =
    (handle: (reading: Reading, req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const code = normalizeJoinCode(String(req.params.code));
        const caller = httpCaller(req, config.trustProxy);
        const state = await limits.lookUpCode(caller.id, caller.address, async () => (isAgreementCode(code) ? await agreements.get(code) : undefined));
        if (state === 'rate_limited') return void res.status(429).json({ error: 'rate_limited' });
        if (!state) return void res.status(404).json({ error: 'not_found' });
        const token = readerToken.safeParse(req.get(READER_HEADER));
        await handle({ state, authorId: token.success ? authorIdOf(state.code, token.data) : undefined }, req, res);
      } catch (error) {
        next(error);
      }
    };

  const sourcesOf = async (state: AgreementState) => sourceTextOf(hub, await store.get(state.seriesId));

  router.get(
    '/agreements/:code',
    reading(async ({ state, authorId }, _req, res) => {
      const series = await store.get(state.seriesId);
      const view = publicView(state, Date.now(), authorId, await sourceTextOf(hub, series));
      // Once adopted, the yearly follow-up ("vad har hänt sedan sist?") is the series' dated updates.
      const body: PublicAgreementResponse = { ...view, updates: view.stage === 'adopted' ? (series?.updates ?? []) : [] };
      res.json(body);
    })
  );

  router.get(
    '/agreements/:code/compilations/:n',
    reading(async ({ state }, req, res) => {
      const view = compilationView(state, Number(req.params.n), await sourcesOf(state));
      if (!view) return void res.status(404).json({ error: 'not_found' });
      res.json(view);
    })
  );

  /** Sending needs the reader's token (it names their comments) and counts against their address. */
  const sending =
    (handle: (reading: Reading & { authorId: string }, req: Request, res: Response) => Promise<void>) =>
    reading(async (found, req, res) => {
      if (!found.authorId) return void res.status(400).json({ error: 'invalid_payload' });
      if (!(await limits.allowAgreementSend(httpCaller(req, config.trustProxy).address))) return void res.status(429).json({ error: 'rate_limited' });
      await handle({ ...found, authorId: found.authorId }, req, res);
    });

  router.post(
    '/agreements/:code/comments',
    sending(async ({ state, authorId }, req, res) => {
      const parsed = parsePayload(commentSchema, req.body);
      if (!parsed.ok) return void res.status(400).json({ error: parsed.error });
      const { commentId, ...rest } = parsed.data;
      answer(res, await agreements.run(state.code, { role: 'public', authorId }, `comment-${commentId}`, { type: 'comment:add', commentId: readerMadeIdOf('c', authorId, commentId), ...rest }), 201);
    })
  );

  router.post(
    '/agreements/:code/joins',
    sending(async ({ state, authorId }, req, res) => {
      const parsed = parsePayload(joinSchema, req.body);
      if (!parsed.ok) return void res.status(400).json({ error: parsed.error });
      const { joinId, ...rest } = parsed.data;
      answer(res, await agreements.run(state.code, { role: 'public', authorId }, `join-${joinId}`, { type: 'join:add', joinId: readerMadeIdOf('j', authorId, joinId), ...rest }), 201);
    })
  );

  /** Everything stored about the reader, personal fields included (the right of access). */
  router.get(
    '/agreements/:code/my-data',
    reading(async ({ state, authorId }, _req, res) => {
      if (!authorId) return void res.status(400).json({ error: 'invalid_payload' });
      const comments = state.comments.filter((c) => c.authorId === authorId).map(({ authorId: _a, ...c }) => c);
      const joins = state.joins.filter((j) => j.authorId === authorId).map(({ authorId: _a, ...j }) => j);
      res.attachment(`samrad-${state.code}-mina-uppgifter.json`).json({ agreement: state.code, exportedAt: new Date().toISOString(), comments, joins });
    })
  );

  // Counted like a comment: each erasure that finds something is an entry in the log and a write to the key store.
  router.post(
    '/agreements/:code/erase',
    sending(async ({ state, authorId }, _req, res) => {
      answer(res, await agreements.erase(state.code, { role: 'public', authorId }, `erase-${nanoid(10)}`, authorId));
    })
  );

  router.use('/agreements', (_req, res) => void res.status(404).json({ error: 'not_found' }));
  router.use('/agreements', jsonErrors());
  return router;
}
