import { z } from 'zod';
import { LIMITS } from '../domain/limits.js';
import { STAGES } from '../domain/types.js';
import { cleanLine, cleanText } from './text.js';

/**
 * Every payload from outside is parsed with one of these before anything else happens.
 * Objects are strict: an unknown key is an error, not something silently ignored.
 */

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
export const commandId = z.string().min(1).max(LIMITS.commandId).regex(/^[A-Za-z0-9_-]+$/);
/** Keys and tokens: at least 21 nanoid characters (~126 bits), so none can be guessed. */
const secret = z.string().min(21).max(128).regex(/^[A-Za-z0-9_-]+$/);
/** Join codes as typed: the server normalises them. */
const joinCode = z.string().min(1).max(20);

const line = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(cleanLine)
    .pipe(z.string().max(max));

export const postTextSchema = z
  .string()
  .max(LIMITS.postText * 4)
  .transform((s) => cleanText(s).trim())
  .pipe(z.string().min(1, { error: 'text_empty' }).max(LIMITS.postText, { error: 'text_too_long' }));

export const phaseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('lobby') }),
  z.strictObject({ kind: z.literal('round'), roundId: id, stage: z.enum(STAGES) })
]);

export const clientSchemas = {
  'participant:join': z.strictObject({
    code: joinCode,
    token: secret.optional(),
    name: line(LIMITS.name).optional(),
    association: line(LIMITS.association).optional()
  }),
  'screen:join': z.strictObject({ code: joinCode }),
  'facilitator:join': z.strictObject({ workshopId: id, key: secret }),
  'sync:request': z.strictObject({}),
  'participant:update': z.strictObject({ commandId, name: line(LIMITS.name), association: line(LIMITS.association) }),
  'post:create': z.strictObject({
    commandId,
    roundId: id,
    topicIds: z.array(id).min(1).max(LIMITS.topics),
    text: postTextSchema
  }),
  'post:withdraw': z.strictObject({ commandId, postId: id }),
  'vote:cast': z.strictObject({ commandId, postId: id }),
  'vote:retract': z.strictObject({ commandId, postId: id }),
  'phase:set': z.strictObject({ commandId, phase: phaseSchema }),
  'post:hide': z.strictObject({ commandId, postId: id, hidden: z.boolean() })
} as const;

export type ClientEventName = keyof typeof clientSchemas;
export type ClientPayload<E extends ClientEventName> = z.input<(typeof clientSchemas)[E]>;
export type ParsedPayload<E extends ClientEventName> = z.output<(typeof clientSchemas)[E]>;
export const CLIENT_EVENTS = Object.keys(clientSchemas) as ClientEventName[];

/** POST /api/workshops */
export const createWorkshopSchema = z.strictObject({
  templateId: z.string().min(1).max(64),
  title: line(LIMITS.title).optional(),
  language: z.enum(['sv', 'en']).optional()
});
export type CreateWorkshopRequest = z.input<typeof createWorkshopSchema>;
