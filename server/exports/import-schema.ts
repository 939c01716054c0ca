import { z } from 'zod';
import { LIMITS } from '../../src/lib/domain/limits.js';
import { withSetupDefaults } from '../../src/lib/domain/setup.js';
import { id, phaseSchema, screenLanguageSchema, screenModeSchema, screenPageActionSchema, setupSchema } from '../../src/lib/protocol/setup-schema.js';
import { EXPORTED_CODE, EXPORTED_WORKSHOP_ID, REMOVED_KEY, TOKEN_PLACEHOLDER } from './log-copy.js';

/**
 * What POST /api/import accepts: export.json, version 1. Strict everywhere (an unknown key
 * is an error) and only checks shapes and sizes: the domain applies its own rules when the
 * entries are replayed, exactly as it did in the original workshop. Nothing is transformed,
 * so the entries replay byte for byte as they were exported.
 */

/** Texts as the log holds them: already cleaned once, so only bounded here. */
const text = (max: number) => z.string().max(max * 4);
const int = (min: number, max: number) => z.number().int().min(min).max(max);
const table = int(1, LIMITS.tables);
const topicIds = z.array(id).max(LIMITS.topics * 2);
const postIds = z.array(id).max(1000);
/** Kept as written: only whether it is a valid setup is asked (old logs get today's defaults first). */
const setup = z.unknown().refine((value) => {
  try {
    return setupSchema.safeParse(withSetupDefaults(structuredClone(value) as never)).success;
  } catch {
    return false;
  }
}, 'invalid_setup');
const profile = {
  name: text(LIMITS.name),
  association: text(LIMITS.association),
  sector: z.union([id, z.literal('')]).optional(),
  table: table.nullable().optional(),
  showName: z.boolean().optional()
};
const cmd = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.strictObject({ type: z.literal(type), ...shape });

const command = z.discriminatedUnion('type', [
  cmd('workshop:create', { workshopId: z.literal(EXPORTED_WORKSHOP_ID), code: z.literal(EXPORTED_CODE), keyHash: z.literal(REMOVED_KEY), setup }),
  cmd('participant:join', { participantId: id, tokenHash: z.string().regex(TOKEN_PLACEHOLDER), ...profile }),
  cmd('participant:update', profile),
  cmd('post:create', { roundId: id, topicIds, text: text(LIMITS.postText), onBehalf: z.strictObject({ table, people: int(1, LIMITS.peoplePerTable) }).optional() }),
  cmd('post:withdraw', { postId: id }),
  cmd('vote:cast', { postId: id }),
  cmd('vote:retract', { postId: id }),
  cmd('signup:set', { name: text(LIMITS.name), contact: text(LIMITS.contact), consent: z.literal(true) }),
  cmd('signup:withdraw', {}),
  cmd('evaluation:answer', { scores: z.record(id, int(1, 5)), comment: text(LIMITS.comment) }),
  cmd('phase:set', { phase: phaseSchema }),
  cmd('post:hide', { postId: id, hidden: z.boolean() }),
  cmd('post:pin', { postId: id, pinned: z.boolean() }),
  cmd('post:edit', { postId: id, text: text(LIMITS.postText) }),
  cmd('post:merge', { postIds }),
  cmd('post:approve', { postIds }),
  cmd('note:add', { roundId: id, topicIds, text: text(LIMITS.postText), table: table.nullable(), people: int(1, LIMITS.peoplePerTable).nullable() }),
  cmd('setup:update', { setup, confirmRemoval: z.boolean() }),
  cmd('agenda:current', { itemId: id.nullable() }),
  cmd('timer:start', { durationMs: int(0, LIMITS.timerMs), closeWhenDone: z.boolean() }),
  cmd('timer:pause', {}),
  cmd('timer:resume', {}),
  cmd('timer:extend', { ms: int(-LIMITS.timerMs, LIMITS.timerMs) }),
  cmd('timer:stop', {}),
  cmd('screen:mode', { mode: screenModeSchema }),
  cmd('screen:language', { language: screenLanguageSchema }),
  cmd('screen:page', { action: screenPageActionSchema }),
  cmd('timer:expire', { timerId: int(0, Number.MAX_SAFE_INTEGER) }),
  cmd('participant:erase', {}),
  cmd('key:rotate', { keyHash: z.literal(REMOVED_KEY) }),
  cmd('summary:set', { text: text(LIMITS.summary) }),
  cmd('outcome:publish', { published: z.boolean() }),
  cmd('update:add', { date: z.string().max(10), text: text(LIMITS.updateText) }),
  cmd('update:remove', { updateId: id }),
  cmd('post:carry', { roundId: id, topicIds, text: text(LIMITS.postText), from: z.strictObject({ title: text(LIMITS.title), votes: int(0, 1_000_000) }) })
]);

const actor = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('participant'), participantId: id }),
  z.strictObject({ role: z.literal('facilitator') }),
  z.strictObject({ role: z.literal('system') })
]);

/** Ten megabytes of JSON hold far fewer entries than this; the cap bounds the replay. */
export const MAX_IMPORT_ENTRIES = 200_000;

const entry = z.strictObject({
  seq: int(1, MAX_IMPORT_ENTRIES),
  // Log times: milliseconds between 2000 and 2200.
  at: int(946_684_800_000, 7_258_118_400_000),
  actor,
  commandId: z.string().min(1).max(128).regex(/^[A-Za-z0-9_:.-]+$/),
  command
});

/**
 * The derived parts (posts, figures, moderation…) are for people reading the file; an
 * import takes nothing from them, so only their kind is checked.
 */
const informational = z.looseObject({});

export const importSchema = z.strictObject({
  format: z.literal('samrad-workshop'),
  version: z.literal(1),
  exportedAt: z.string().max(40),
  workshop: z.strictObject({
    title: informational,
    language: z.enum(['sv', 'en']),
    createdAt: z.string().max(40),
    setup: informational,
    phase: informational,
    outcome: informational,
    figures: informational,
    posts: z.array(informational),
    participants: z.array(informational),
    moderation: z.array(informational),
    evaluation: informational,
    log: z.strictObject({
      entries: z.array(entry).min(1).max(MAX_IMPORT_ENTRIES),
      stateDigest: z.string().regex(/^sha256:[0-9a-f]{64}$/)
    })
  })
});

export type ImportDocument = z.infer<typeof importSchema>;
