import { z } from 'zod';
import { LIMITS } from '../domain/limits.js';
import { READER_LANGUAGES } from '../domain/types.js';
import { FACILITATOR_COMMANDS } from './event-names.js';
import { cleanText, hasVisibleContent } from './text.js';
import { id, line, paragraph, phaseSchema, screenLanguageSchema, screenModeSchema, screenPageActionSchema, setupSchema, updateText } from './setup-schema.js';

export { phaseSchema, setupSchema } from './setup-schema.js';

/**
 * Every payload from outside is parsed with one of these before anything else happens.
 * Objects are strict: an unknown key is an error, not something silently ignored.
 */

export const commandId = z.string().min(1).max(LIMITS.commandId).regex(/^[A-Za-z0-9_-]+$/);
/** Keys and tokens: at least 21 nanoid characters (~126 bits), so none can be guessed. */
const secret = z.string().min(21).max(128).regex(/^[A-Za-z0-9_-]+$/);
/** Join codes as typed: the server normalises them. */
const joinCode = z.string().min(1).max(20);

/** A post's text: at most 500 characters after cleaning; anything longer, however long, is `text_too_long`. */
export const postTextSchema = z
  .string()
  .max(LIMITS.postText * 4, { error: 'text_too_long' })
  .transform((s) => cleanText(s).trim())
  .pipe(z.string().min(1, { error: 'text_empty' }).max(LIMITS.postText, { error: 'text_too_long' }).refine(hasVisibleContent, { error: 'text_empty' }));

const table = z.number().int().min(1).max(LIMITS.tables);
const people = z.number().int().min(1).max(LIMITS.peoplePerTable);

/** Profile fields a participant may give; all optional but the two the first version had. */
const profile = {
  name: line(LIMITS.name),
  association: line(LIMITS.association),
  sector: z.union([id, z.literal('')]).optional(),
  table: table.nullable().optional(),
  showName: z.boolean().optional()
};

const postIds = z.array(id).min(1).max(50);

export const clientSchemas = {
  'participant:join': z.strictObject({
    code: joinCode,
    token: secret.optional(),
    name: profile.name.optional(),
    association: profile.association.optional(),
    sector: profile.sector,
    table: profile.table,
    showName: profile.showName
  }),
  'screen:join': z.strictObject({ code: joinCode }),
  'workshop:preview': z.strictObject({ code: joinCode }),
  'facilitator:join': z.strictObject({ workshopId: id, key: secret }),
  'sync:request': z.strictObject({}),
  'participant:update': z.strictObject({ commandId, ...profile }),
  'post:create': z.strictObject({
    commandId,
    roundId: id,
    topicIds: z.array(id).min(1).max(LIMITS.topics),
    text: postTextSchema,
    onBehalf: z.strictObject({ table, people }).optional(),
    lang: z.enum(READER_LANGUAGES).optional()
  }),
  'post:withdraw': z.strictObject({ commandId, postId: id }),
  'vote:cast': z.strictObject({ commandId, postId: id }),
  'vote:retract': z.strictObject({ commandId, postId: id }),
  'signup:set': z.strictObject({
    commandId,
    name: line(LIMITS.name).pipe(z.string().min(1, { error: 'text_empty' })),
    contact: line(LIMITS.contact).pipe(z.string().min(3, { error: 'text_empty' })),
    // The box must be ticked: there is no sign-up without it.
    consent: z.literal(true)
  }),
  'signup:withdraw': z.strictObject({ commandId }),
  'evaluation:answer': z.strictObject({
    commandId,
    scores: z.record(id, z.number().int().min(1).max(5)).refine((s) => Object.keys(s).length <= LIMITS.questions),
    comment: paragraph(LIMITS.comment)
  }),

  'phase:set': z.strictObject({ commandId, phase: phaseSchema }),
  'post:hide': z.strictObject({ commandId, postId: id, hidden: z.boolean() }),
  'post:pin': z.strictObject({ commandId, postId: id, pinned: z.boolean() }),
  'post:edit': z.strictObject({ commandId, postId: id, text: postTextSchema }),
  'post:merge': z.strictObject({ commandId, postIds: postIds.min(2) }),
  'post:approve': z.strictObject({ commandId, postIds }),
  'note:add': z.strictObject({
    commandId,
    roundId: id,
    topicIds: z.array(id).min(1).max(LIMITS.topics),
    text: postTextSchema,
    table: table.nullable(),
    people: people.nullable()
  }),
  'setup:update': z.strictObject({ commandId, setup: setupSchema, confirmRemoval: z.boolean() }),
  'agenda:current': z.strictObject({ commandId, itemId: id.nullable() }),
  'timer:start': z.strictObject({ commandId, durationMs: z.number().int().min(1000).max(LIMITS.timerMs), closeWhenDone: z.boolean() }),
  'timer:pause': z.strictObject({ commandId }),
  'timer:resume': z.strictObject({ commandId }),
  'timer:extend': z.strictObject({ commandId, ms: z.number().int().min(-LIMITS.timerMs).max(LIMITS.timerMs) }),
  'timer:stop': z.strictObject({ commandId }),
  'screen:mode': z.strictObject({ commandId, mode: screenModeSchema }),
  'screen:language': z.strictObject({ commandId, language: screenLanguageSchema }),
  'screen:page': z.strictObject({ commandId, action: screenPageActionSchema }),

  // Privacy and access
  /** "Delete my data": a participant's posts, votes, profile, sign-up and answers. */
  'participant:erase': z.strictObject({ commandId }),
  /** A new facilitator key, made by the server and acknowledged once; other consoles are logged out. */
  'facilitator:rotate-key': z.strictObject({ commandId }),
  /** Deletes the workshop and everything in it now. `confirm` must be true: there is no undo. */
  'workshop:delete': z.strictObject({ commandId, confirm: z.literal(true) }),
  'workshop:close': z.strictObject({ commandId, closed: z.boolean() }),
  'summary:set': z.strictObject({ commandId, text: paragraph(LIMITS.summary) }),
  'outcome:publish': z.strictObject({ commandId, published: z.boolean() }),
  'update:add': z.strictObject({ commandId, date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), text: updateText }),
  'update:remove': z.strictObject({ commandId, updateId: id }),
  'post:carry': z.strictObject({
    commandId,
    roundId: id,
    topicIds: z.array(id).min(1).max(LIMITS.topics),
    text: postTextSchema,
    from: z.strictObject({ title: line(LIMITS.title), votes: z.number().int().min(0).max(1_000_000) })
  })
} as const;

export type ClientEventName = keyof typeof clientSchemas;
export type ClientPayload<E extends ClientEventName> = z.input<(typeof clientSchemas)[E]>;
export type ParsedPayload<E extends ClientEventName> = z.output<(typeof clientSchemas)[E]>;
export const CLIENT_EVENTS = Object.keys(clientSchemas) as ClientEventName[];

/** Events only a facilitator may send; every other command is a participant's. */
export const FACILITATOR_EVENTS: ReadonlySet<ClientEventName> = new Set(FACILITATOR_COMMANDS);

/** Events that join or read rather than change a workshop. */
export const SESSION_EVENTS: ReadonlySet<ClientEventName> = new Set(['participant:join', 'screen:join', 'facilitator:join', 'sync:request', 'workshop:preview']);

/** POST /api/workshops */
export const createWorkshopSchema = z.strictObject({
  templateId: z.string().min(1).max(64),
  title: line(LIMITS.title).optional(),
  language: z.enum(['sv', 'en']).optional()
});
export type CreateWorkshopRequest = z.input<typeof createWorkshopSchema>;

/** GET /api/templates?ids=a,b: templates that are not shared, by the ids a browser saved them under. */
export const templateIdsSchema = z
  .string()
  .max(64 * 65)
  .transform((ids) => ids.split(',').filter(Boolean))
  .pipe(z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)).max(64))
  .optional();

/** POST /api/templates: save a workshop's current setup as a template (its facilitator key required). */
export const saveTemplateSchema = z.strictObject({
  workshopId: id,
  key: secret,
  name: line(LIMITS.title).pipe(z.string().min(1, { error: 'text_empty' })),
  /** Listed for everyone on this server; otherwise only for those who know its id. */
  shared: z.boolean().optional()
});
export type SaveTemplateRequest = z.input<typeof saveTemplateSchema>;
