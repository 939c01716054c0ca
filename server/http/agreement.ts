import express, { type NextFunction, type Request, type Response } from 'express';
import { nanoid } from 'nanoid';
import type { AgreementActor, AgreementCommand, AgreementError, AgreementState } from '../../src/lib/domain/agreement/types.js';
import { compilationView, staffView, type SourceText } from '../../src/lib/domain/agreement/views.js';
import { synthesisParagraphs } from '../../src/lib/domain/agreement/synthesis.js';
import { isActive } from '../../src/lib/domain/rules.js';
import { seriesMeetingInput, type SeriesView } from '../../src/lib/domain/series-view.js';
import { fromSynthesisSchema, staffCommandBodySchema, type CreatedAgreement, type InvitedEditor, type StaffCommandRequest } from '../../src/lib/protocol/agreement.js';
import { id as idSchema } from '../../src/lib/protocol/setup-schema.js';
import type { Answered, Agreements } from '../agreement/agreements.js';
import { compilationMarkdown, compilationXlsx } from '../agreement/compilation-export.js';
import { registerXlsx } from '../agreement/register-export.js';
import type { ExportLanguage } from '../series/series-labels.js';
import type { Config } from '../config.js';
import { parsePayload } from '../edge/validate.js';
import type { RateLimits } from '../edge/rate-limits.js';
import type { BuildThread } from '../exports/build-thread.js';
import type { Hub } from '../hub/hub.js';
import type { KeyedQueue } from '../keyed-queue.js';
import { hashSecret, newSecret, secretMatches } from '../secrets.js';
import { seriesMembers } from '../series/series-members.js';
import type { Series, SeriesStore } from '../series/series-store.js';
import type { QrCodes } from './qr-codes.js';
import { bearerKey } from './bearer.js';
import { jsonErrors } from './json-errors.js';
import { requestAddress } from './request-address.js';

export interface AgreementDeps {
  hub: Hub;
  config: Config;
  series: SeriesStore;
  agreements: Agreements;
  limits: RateLimits;
  builds: BuildThread;
  qrCodes: QrCodes;
  /** The series router's queue: recording the agreement's code is a change to the series. */
  seriesQueue: KeyedQueue;
}

const EXPORT_MIME = { md: 'text/markdown; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** The HTTP status a refused command gets, by what refused it. */
export function statusOf(error: AgreementError): number {
  if (error === 'unauthorized') return 401;
  if (error === 'forbidden') return 403;
  if (error.endsWith('_not_found')) return 404;
  if (['already_exists', 'remiss_open', 'remiss_closed', 'remiss_not_closed', 'already_adopted', 'not_adopted', 'unanswered_comments'].includes(error)) return 409;
  return 400;
}

export const baseUrl = (req: Request, config: Pick<Config, 'publicUrl'>) => config.publicUrl || `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/**
 * The words of the series' posts a paragraph names: only posts that still count in a
 * meeting the series may show (not hidden, withdrawn or erased; the meeting not deleted and
 * its key unchanged since it was attached).
 */
export async function sourceTextOf(hub: Hub, series: Series | undefined): Promise<SourceText> {
  if (!series) return () => undefined;
  const { found } = await seriesMembers(hub, series);
  const states = new Map(found.map((r) => [r.id, r.state]));
  return (ref) => {
    const post = states.get(ref.workshopId)?.posts.get(ref.postId);
    return post && isActive(post) ? post.text : undefined;
  };
}

/** Sends a command's answer: 200 (or `created`) with its data, or its error's status. */
export function answer(res: Response, answered: Answered | undefined, created = 200): void {
  if (!answered) return void res.status(404).json({ error: 'not_found' });
  if (!answered.ok) return void res.status(statusOf(answered.error)).json({ error: answered.error });
  res.status(created).json(answered);
}

/**
 * The organisers' and the working group's routes under /api/series/:id/agreement
 * (docs/agreement.md). The series key opens them as an organiser; a working-group key
 * (made by `editor:invite`, kept hashed in the agreement's log) as an editor. A wrong key
 * and an unknown series get the same 401.
 */
export function agreementStaffRouter(deps: AgreementDeps): express.Router {
  const { hub, config, series: store, agreements, limits, builds, qrCodes, seriesQueue } = deps;
  const router = express.Router();
  router.use('/series/:id/agreement', (_req, res, next) => void (res.set('Cache-Control', 'no-store'), next()));

  interface Staff {
    series: Series;
    state: AgreementState | undefined;
    actor: AgreementActor;
  }

  /** Who the key makes the caller: the series' organiser, or one of its working group. */
  async function staffOf(req: Request): Promise<Staff | undefined> {
    const id = idSchema.safeParse(req.params.id);
    const key = bearerKey(req);
    if (!id.success || !key) return undefined;
    const series = await store.get(id.data);
    if (!series) return undefined;
    const state = series.agreementCode ? await agreements.get(series.agreementCode) : undefined;
    if (secretMatches(key, series.keyHash)) return { series, state, actor: { role: 'organiser' } };
    const editor = state?.editors.find((e) => !e.revoked && secretMatches(key, e.keyHash));
    return editor ? { series, state, actor: { role: 'editor', editorId: editor.id } } : undefined;
  }

  const staff =
    (handle: (who: Staff & { state: AgreementState }, req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const who = await staffOf(req);
        if (!who) return void res.status(401).json({ error: 'unauthorized' });
        if (!who.state) return void res.status(404).json({ error: 'not_found' });
        await handle({ ...who, state: who.state }, req, res);
      } catch (error) {
        next(error);
      }
    };

  router.post('/series/:id/agreement', express.json({ limit: '1kb' }), async (req, res, next) => {
    try {
      const created = await seriesQueue.run(String(req.params.id), async () => {
        const who = await staffOf(req);
        if (!who || who.actor.role !== 'organiser') return { status: 401, body: { error: 'unauthorized' } };
        if (who.state) return { status: 409, body: { error: 'already_exists' } };
        if (!(await limits.allowCreate(requestAddress(req, config)))) return { status: 429, body: { error: 'rate_limited' } };
        const code = await agreements.create(who.series.id, { sv: who.series.title });
        await store.save({ ...who.series, agreementCode: code, updatedAt: Date.now() });
        const body: CreatedAgreement = { code, url: `${baseUrl(req, config)}/r/${code}` };
        return { status: 201, body };
      });
      res.status(created.status).json(created.body);
    } catch (error) {
      next(error);
    }
  });

  router.get(
    '/series/:id/agreement',
    staff(async ({ state, actor, series }, _req, res) => {
      const audience = actor.role === 'organiser' ? 'organiser' : 'editor';
      res.json(staffView(state, audience, Date.now(), await sourceTextOf(hub, series)));
    })
  );

  /** What the log keeps of a staff request: the ids and the working-group key's hash the server makes. */
  function toCommand(request: StaffCommandRequest, secret: string): AgreementCommand {
    if (request.type === 'editor:invite') return { type: 'editor:invite', editorId: `e${nanoid(10)}`, name: request.name, keyHash: hashSecret(secret) };
    if (request.type === 'section:add') return { ...request, sectionId: request.sectionId ?? `s${nanoid(10)}` };
    return request as AgreementCommand;
  }

  router.post(
    '/series/:id/agreement/commands',
    // A section's text in three languages can be long; the rules bound the whole draft.
    express.json({ limit: '512kb' }),
    staff(async ({ state, actor }, req, res) => {
      const parsed = parsePayload(staffCommandBodySchema, req.body);
      if (!parsed.ok) return void res.status(400).json({ error: parsed.error });
      const secret = newSecret();
      const command = toCommand(parsed.data.command as StaffCommandRequest, secret);
      const answered =
        command.type === 'author:erase'
          ? await agreements.erase(state.code, actor, parsed.data.commandId, command.authorId ?? '')
          : await agreements.run(state.code, actor, parsed.data.commandId, command);
      if (answered?.ok && command.type === 'editor:invite' && 'editorId' in answered) {
        // Shown this once: only its hash is in the log. A re-send is answered without a key.
        const body: InvitedEditor & { ok: true; seq?: number } = { ...answered, ok: true, editorId: String(answered.editorId), key: secret, url: `${baseUrl(req, config)}/s/${state.seriesId}/overenskommelse#key=${secret}` };
        return void res.status(answered.seq === undefined ? 200 : 201).json(answered.seq === undefined ? answered : body);
      }
      answer(res, answered);
    })
  );

  router.post(
    '/series/:id/agreement/from-synthesis',
    express.json({ limit: '4kb' }),
    staff(async ({ state, actor, series }, req, res) => {
      const parsed = parsePayload(fromSynthesisSchema, req.body);
      if (!parsed.ok) return void res.status(400).json({ error: parsed.error });
      // The synthesis groups every post of every meeting: limited like a series view.
      if (!(await limits.allowExport(requestAddress(req, config)))) return void res.status(429).json({ error: 'rate_limited' });
      const section = state.draft.find((s) => s.id === parsed.data.sectionId);
      if (!section) return void res.status(404).json({ error: 'section_not_found' });
      const members = await seriesMembers(hub, series);
      const info = { id: series.id, title: series.title, createdAt: series.createdAt, updates: series.updates };
      const view = JSON.parse(String(await builds.run({ kind: 'series-view', info, inputs: members.found.map((r) => seriesMeetingInput(r.state)), missing: members.missing, stale: members.stale }))) as SeriesView;
      const drawn = synthesisParagraphs(view, parsed.data.role);
      const kept = parsed.data.mode === 'append' ? section.paragraphs.map((p) => ({ id: p.id, text: p.text, sources: p.sources })) : [];
      const command: AgreementCommand = { type: 'section:edit', sectionId: section.id, heading: section.heading, paragraphs: [...kept, ...drawn] };
      const answered = await agreements.run(state.code, actor, `synthesis-${nanoid(10)}`, command);
      if (answered?.ok) return void res.json({ ...answered, paragraphs: drawn.length });
      answer(res, answered);
    })
  );

  router.get(
    '/series/:id/agreement/qr.svg',
    staff(async ({ state }, req, res) => {
      res.type('image/svg+xml').send(await qrCodes.svgFor(`${baseUrl(req, config)}/r/${state.code}`));
    })
  );

  /** The compilation of remiss version n as a file (`.md` or `.xlsx`, `?lang=en` for English); 404 before it is published. */
  for (const format of ['md', 'xlsx'] as const) {
    router.get(
      `/series/:id/agreement/compilations/:n/export.${format}`,
      staff(async ({ state }, req, res) => {
        if (!(await limits.allowExport(requestAddress(req, config)))) return void res.status(429).json({ error: 'rate_limited' });
        // The files carry comments, answers and changes, not the posts behind paragraphs: nothing to look up.
        const view = compilationView(state, Number(req.params.n), () => undefined);
        if (!view) return void res.status(404).json({ error: 'version_not_found' });
        const lang: ExportLanguage = req.query.lang === 'en' ? 'en' : 'sv';
        res.attachment(`remissammanstallning-${view.remiss.number}.${format}`).type(EXPORT_MIME[format]);
        res.send(format === 'md' ? compilationMarkdown(view, lang) : await compilationXlsx(view, lang));
      })
    );
  }

  /** The register of joins with their contact people: the organisers' only (the series key). */
  router.get(
    '/series/:id/agreement/register.xlsx',
    staff(async ({ state, actor }, req, res) => {
      if (actor.role !== 'organiser') return void res.status(403).json({ error: 'forbidden' });
      const lang: ExportLanguage = req.query.lang === 'en' ? 'en' : 'sv';
      const { joins } = staffView(state, 'organiser', Date.now(), () => undefined);
      res.attachment('anslutna-foreningar.xlsx').type(EXPORT_MIME.xlsx);
      res.send(await registerXlsx(joins, lang));
    })
  );

  router.use('/series/:id/agreement', jsonErrors());
  return router;
}
