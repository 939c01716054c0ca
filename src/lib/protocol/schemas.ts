import { z } from 'zod';
import type { CommandAck } from '../domain/command-registry.js';
import { LIMITS } from '../domain/limits.js';
import { COMMANDS, commandId, EDGE_COMMANDS, profile, roleOf, type CommandEntry, type CommandEvent, type SentCommand } from './commands.js';
import { id, line } from './setup-schema.js';

export { phaseSchema, setupSchema } from './setup-schema.js';
export { commandId, postTextSchema } from './commands.js';

/**
 * Every payload from outside is parsed with one of these before anything else happens.
 * Objects are strict: an unknown key is an error, not something silently ignored.
 */

/** Keys and tokens: at least 21 nanoid characters (~126 bits), so none can be guessed. */
const secret = z.string().min(21).max(128).regex(/^[A-Za-z0-9_-]+$/);
/** Join codes as typed: the server normalises them. */
const joinCode = z.string().min(1).max(20);

/** Joining and re-reading: the events that are not commands. */
const sessionSchemas = {
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
  /** A page of a large round's posts, for a phone that holds only its share (browse.ts). */
  'posts:browse': z.strictObject({
    roundId: id,
    topicId: id.optional(),
    query: z.string().max(100).optional(),
    after: z.number().int().min(0).max(1_000_000).optional()
  })
};
export type SessionEvent = keyof typeof sessionSchemas;

/** A command's payload on the wire: its fields and the sender's `commandId`. */
type CommandSchema<Shape extends z.ZodRawShape> = z.ZodObject<{ commandId: typeof commandId } & Shape, z.core.$strict>;
type CommandSchemas<T extends Record<string, { payload: z.ZodRawShape }>> = { [K in keyof T]: CommandSchema<T[K]['payload']> };
const withCommandIds = <T extends Record<string, { payload: z.ZodRawShape }>>(entries: T): CommandSchemas<T> =>
  Object.fromEntries(Object.entries(entries).map(([name, entry]) => [name, z.strictObject({ commandId, ...entry.payload })])) as CommandSchemas<T>;

/** Every event a client may send, with its schema: derived from the command registry (commands.ts). */
export const clientSchemas = { ...sessionSchemas, ...withCommandIds(COMMANDS), ...withCommandIds(EDGE_COMMANDS) };

export type ClientEventName = keyof typeof clientSchemas;
export type ClientPayload<E extends ClientEventName> = z.input<(typeof clientSchemas)[E]>;
export type ParsedPayload<E extends ClientEventName> = z.output<(typeof clientSchemas)[E]>;
export const CLIENT_EVENTS = Object.keys(clientSchemas) as ClientEventName[];
export type { CommandEvent, SentCommand } from './commands.js';
/** What each sent command acknowledges on success, from its apply in the domain. */
export type SentCommandAck = { [K in SentCommand]: CommandAck<K> };

/** Events that join or read rather than change a workshop. */
export const SESSION_EVENTS: ReadonlySet<ClientEventName> = new Set(Object.keys(sessionSchemas) as SessionEvent[]);
export const isSessionEvent = (event: ClientEventName): event is SessionEvent => SESSION_EVENTS.has(event);

/** Events only a facilitator may send; every other command is a participant's. */
export const FACILITATOR_EVENTS: ReadonlySet<ClientEventName> = new Set(CLIENT_EVENTS.filter((event) => !isSessionEvent(event) && roleOf(event) === 'facilitator'));

/** Posts and votes: also counted against the sender's address. */
export const CONTRIBUTION_EVENTS: ReadonlySet<ClientEventName> = new Set((Object.keys(COMMANDS) as SentCommand[]).filter((event) => (COMMANDS[event] as CommandEntry<SentCommand>).contribution));

/** The largest payload of an event, in JSON characters: a whole workshop setup is the one big message. */
export const maxCharsOf = (event: ClientEventName): number => (event in COMMANDS ? (COMMANDS[event as SentCommand] as CommandEntry<SentCommand>).maxChars : undefined) ?? 10_000;

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
