import { z } from 'zod';
import { COMMAND_RULES, type CommandsOf } from '../domain/command-registry.js';
import { LIMITS } from '../domain/limits.js';
import { READER_LANGUAGES, type CommandOf, type CommandType } from '../domain/types.js';
import { id, line, paragraph, phaseSchema, screenLanguageSchema, screenModeSchema, screenPageActionSchema, setupSchema, updateText } from './setup-schema.js';
import { int, storedLine, storedPostIds, storedProfile, storedSetup, storedTable, storedText, storedTopicIds } from './stored-fields.js';
import { cleanText, hasVisibleContent } from './text.js';

/**
 * The protocol half of the command registry. The domain half (`COMMAND_RULES` in
 * src/lib/domain/command-registry.ts) says who may send a command and how it applies; this
 * says what its payload looks like on the wire and in the log. Everything else is derived
 * from the two: the edge schemas, the role checks, the acknowledgement types, the typed
 * handlers and emitter, the import schema and the protocol reference.
 */

export const commandId = z.string().min(1).max(LIMITS.commandId).regex(/^[A-Za-z0-9_-]+$/);

/** A post's text: at most 500 characters after cleaning; anything longer, however long, is `text_too_long`. */
export const postTextSchema = z
  .string()
  .max(LIMITS.postText * 4, { error: 'text_too_long' })
  .transform((s) => cleanText(s).trim())
  .pipe(z.string().min(1, { error: 'text_empty' }).max(LIMITS.postText, { error: 'text_too_long' }).refine(hasVisibleContent, { error: 'text_empty' }));

export const table = z.number().int().min(1).max(LIMITS.tables);
export const people = z.number().int().min(1).max(LIMITS.peoplePerTable);

/** Profile fields a participant may give; all optional but the two the first version had. */
export const profile = {
  name: line(LIMITS.name),
  association: line(LIMITS.association),
  sector: z.union([id, z.literal('')]).optional(),
  table: table.nullable().optional(),
  showName: z.boolean().optional()
};

const postIds = z.array(id).min(1).max(50);
const topicIds = z.array(id).min(1).max(LIMITS.topics);

/** A zod shape whose parsed output is the command's fields: no field missing, none extra. */
type ShapeOf<K extends CommandType> = { [F in keyof Omit<CommandOf<K>, 'type'>]-?: z.ZodType<Omit<CommandOf<K>, 'type'>[F]> };

/** Commands a client sends and the log keeps as they are (the log's other commands are made by the server). */
export type SentCommand = Exclude<CommandsOf<'participant' | 'facilitator'>, 'key:rotate'>;

export interface CommandEntry<K extends CommandType> {
  /** The fields a client sends (besides `commandId`): parsed, cleaned and bounded at the edge. */
  payload: ShapeOf<K>;
  /**
   * The fields as the log keeps them, for reading a log back (imports), where they differ
   * from `payload`: texts checked clean rather than cleaned, and every value an older
   * version accepted. Without it, `payload` is used.
   */
  stored?: ShapeOf<K>;
  /** Posts and votes: also counted against the sender's address. */
  contribution?: true;
  /** The payload's largest size in JSON characters (default 10,000). */
  maxChars?: number;
}

/**
 * One entry per command a client sends. A command type of the domain that a participant or
 * the facilitator may send and that has no entry here is a compile error, and so is an
 * entry whose fields do not match the domain's command.
 */
export const COMMANDS = {
  // Participants
  'participant:update': {
    // What the profile form leaves out is cleared (an empty sector, no table, name hidden).
    payload: { ...profile, sector: profile.sector.default(''), table: table.nullable().default(null), showName: z.boolean().default(false) },
    stored: storedProfile
  },
  'post:create': {
    payload: { roundId: id, topicIds, text: postTextSchema, onBehalf: z.strictObject({ table, people }).optional(), lang: z.enum(READER_LANGUAGES).optional() },
    stored: {
      roundId: id,
      topicIds: storedTopicIds,
      text: storedText(LIMITS.postText),
      onBehalf: z.strictObject({ table: storedTable, people: int(1, LIMITS.peoplePerTable) }).optional(),
      lang: z.enum(READER_LANGUAGES).optional()
    },
    contribution: true
  },
  'post:withdraw': { payload: { postId: id } },
  'vote:cast': { payload: { postId: id }, contribution: true },
  'vote:retract': { payload: { postId: id }, contribution: true },
  'signup:set': {
    payload: {
      name: line(LIMITS.name).pipe(z.string().min(1, { error: 'text_empty' })),
      contact: line(LIMITS.contact).pipe(z.string().min(3, { error: 'text_empty' })),
      // The box must be ticked: there is no sign-up without it.
      consent: z.literal(true)
    },
    stored: { name: storedLine(LIMITS.name), contact: storedLine(LIMITS.contact), consent: z.literal(true) }
  },
  'signup:withdraw': { payload: {} },
  'evaluation:answer': {
    payload: {
      scores: z.record(id, z.number().int().min(1).max(5)).refine((s) => Object.keys(s).length <= LIMITS.questions),
      comment: paragraph(LIMITS.comment)
    },
    stored: { scores: z.record(id, int(1, 5)), comment: storedText(LIMITS.comment) }
  },
  /** "Delete my data": a participant's posts, votes, profile, sign-up and answers. */
  'participant:erase': { payload: {} },

  // The facilitator: the meeting
  'phase:set': { payload: { phase: phaseSchema } },
  'setup:update': { payload: { setup: setupSchema, confirmRemoval: z.boolean() }, stored: { setup: storedSetup, confirmRemoval: z.boolean() }, maxChars: 60_000 },
  'agenda:current': { payload: { itemId: id.nullable() } },
  'timer:start': {
    payload: { durationMs: z.number().int().min(1000).max(LIMITS.timerMs), closeWhenDone: z.boolean() },
    stored: { durationMs: int(0, LIMITS.timerMs), closeWhenDone: z.boolean() }
  },
  'timer:pause': { payload: {} },
  'timer:resume': { payload: {} },
  'timer:extend': { payload: { ms: z.number().int().min(-LIMITS.timerMs).max(LIMITS.timerMs) } },
  'timer:stop': { payload: {} },
  'screen:mode': { payload: { mode: screenModeSchema } },
  'screen:language': { payload: { language: screenLanguageSchema } },
  'screen:page': { payload: { action: screenPageActionSchema } },

  // The facilitator: posts
  'post:hide': { payload: { postId: id, hidden: z.boolean() } },
  'post:pin': { payload: { postId: id, pinned: z.boolean() } },
  'post:edit': { payload: { postId: id, text: postTextSchema }, stored: { postId: id, text: storedText(LIMITS.postText) } },
  'post:merge': { payload: { postIds: postIds.min(2) }, stored: { postIds: storedPostIds } },
  'post:approve': { payload: { postIds }, stored: { postIds: storedPostIds } },
  'note:add': {
    payload: { roundId: id, topicIds, text: postTextSchema, table: table.nullable(), people: people.nullable() },
    stored: { roundId: id, topicIds: storedTopicIds, text: storedText(LIMITS.postText), table: storedTable.nullable(), people: int(1, LIMITS.peoplePerTable).nullable() }
  },

  // The facilitator: access and outcomes
  'workshop:close': { payload: { closed: z.boolean() } },
  'summary:set': { payload: { text: paragraph(LIMITS.summary) }, stored: { text: storedText(LIMITS.summary) } },
  'outcome:publish': { payload: { published: z.boolean() } },
  'update:add': {
    payload: { date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), text: updateText },
    stored: {
      date: z.string().max(10),
      text: z.union([
        storedText(LIMITS.updateText),
        z.strictObject({ sv: storedText(LIMITS.updateText), en: storedText(LIMITS.updateText).optional(), ar: storedText(LIMITS.updateText).optional() })
      ])
    }
  },
  'update:remove': { payload: { updateId: id } },
  'post:carry': {
    payload: { roundId: id, topicIds, text: postTextSchema, from: z.strictObject({ title: line(LIMITS.title), votes: z.number().int().min(0).max(1_000_000) }) },
    stored: { roundId: id, topicIds: storedTopicIds, text: storedText(LIMITS.postText), from: z.strictObject({ title: storedLine(LIMITS.title), votes: int(0, 1_000_000) }) }
  }
} satisfies { [K in SentCommand]: CommandEntry<K> };

/**
 * Facilitator operations on the workshop as a whole, done at the edge rather than applied
 * as sent: a new key is made by the server (the log keeps `key:rotate` with its hash only);
 * a deletion removes the log itself.
 */
export const EDGE_COMMANDS = {
  /** A new facilitator key, made by the server and acknowledged once; other consoles are logged out. */
  'facilitator:rotate-key': { role: 'facilitator', payload: {} },
  /** Deletes the workshop and everything in it now. `confirm` must be true: there is no undo. */
  'workshop:delete': { role: 'facilitator', payload: { confirm: z.literal(true) } }
} as const satisfies Record<string, { role: 'facilitator' | 'participant'; payload: z.ZodRawShape }>;

export interface EdgeAckData {
  /** The new facilitator key, given only here; the console must keep it (the old one no longer works). */
  'facilitator:rotate-key': { key: string };
  'workshop:delete': object;
}

export type EdgeCommand = keyof typeof EDGE_COMMANDS;
export type CommandEvent = SentCommand | EdgeCommand;

/** Who may send a command event. */
export const roleOf = (event: CommandEvent): 'participant' | 'facilitator' =>
  event in EDGE_COMMANDS ? EDGE_COMMANDS[event as EdgeCommand].role : (COMMAND_RULES[event as SentCommand].role as 'participant' | 'facilitator');

