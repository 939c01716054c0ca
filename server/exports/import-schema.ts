import { z } from 'zod';
import { LIMITS } from '../../src/lib/domain/limits.js';
import { withSetupDefaults } from '../../src/lib/domain/setup.js';
import { READER_LANGUAGES } from '../../src/lib/domain/types.js';
import { id, phaseSchema, screenLanguageSchema, screenModeSchema, screenPageActionSchema, setupSchema } from '../../src/lib/protocol/setup-schema.js';
import { cleanLine, cleanText } from '../../src/lib/protocol/text.js';
import { canonicalJson, EXPORTED_CODE, EXPORTED_WORKSHOP_ID, REMOVED_KEY, TOKEN_PLACEHOLDER } from './log-copy.js';

/**
 * What POST /api/import accepts: export.json, version 1. Strict everywhere (an unknown key
 * is an error) and only checks shapes and sizes: the domain applies its own rules when the
 * entries are replayed, exactly as it did in the original workshop. Nothing is transformed,
 * so the entries replay byte for byte as they were exported.
 *
 * Every text must already be clean, exactly as the socket edge would have left it (NFC, no
 * control characters or lone surrogates; one-line fields without bidi controls or runs of
 * spaces): a true export only holds texts that went through that cleaning, so a text that
 * is not is a forged or damaged file and the import is refused (`text_not_clean`), never
 * silently changed (a changed text would not replay to the file's digest anyway).
 */

const NOT_CLEAN = { error: 'text_not_clean' };
const bounded = (max: number) => z.string().max(max * 4);
/** Posts, comments, summaries: what `paragraph` and the post schema leave (cleanText, trimmed). */
const text = (max: number) => bounded(max).refine((s) => cleanText(s).trim() === s, NOT_CLEAN);
/** Names, associations, contacts, titles: what `line` leaves (cleanLine). */
const line = (max: number) => bounded(max).refine((s) => cleanLine(s) === s, NOT_CLEAN);
const int = (min: number, max: number) => z.number().int().min(min).max(max);
const table = int(1, LIMITS.tables);
const topicIds = z.array(id).max(LIMITS.topics * 2);
const postIds = z.array(id).max(1000);
/**
 * Kept as written: only whether it is a valid setup is asked (old logs get today's defaults
 * first), and whether its texts are clean: the setup schema, which cleans, must give it back unchanged.
 */
const setup = z.unknown().superRefine((value, context) => {
  try {
    const given = withSetupDefaults(structuredClone(value) as never);
    const parsed = setupSchema.safeParse(given);
    if (!parsed.success) context.addIssue({ code: 'custom', message: 'invalid_setup' });
    else if (canonicalJson(parsed.data) !== canonicalJson(given)) context.addIssue({ code: 'custom', message: 'text_not_clean' });
  } catch {
    context.addIssue({ code: 'custom', message: 'invalid_setup' });
  }
});
const profile = {
  name: line(LIMITS.name),
  association: line(LIMITS.association),
  sector: z.union([id, z.literal('')]).optional(),
  table: table.nullable().optional(),
  showName: z.boolean().optional()
};
const cmd = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.strictObject({ type: z.literal(type), ...shape });

const command = z.discriminatedUnion('type', [
  cmd('workshop:create', { workshopId: z.literal(EXPORTED_WORKSHOP_ID), code: z.literal(EXPORTED_CODE), keyHash: z.literal(REMOVED_KEY), setup, rules: int(1, 1_000).optional() }),
  cmd('participant:join', { participantId: id, tokenHash: z.string().regex(TOKEN_PLACEHOLDER), ...profile }),
  cmd('participant:update', profile),
  cmd('post:create', {
    roundId: id,
    topicIds,
    text: text(LIMITS.postText),
    onBehalf: z.strictObject({ table, people: int(1, LIMITS.peoplePerTable) }).optional(),
    lang: z.enum(READER_LANGUAGES).optional()
  }),
  cmd('post:withdraw', { postId: id }),
  cmd('vote:cast', { postId: id }),
  cmd('vote:retract', { postId: id }),
  cmd('signup:set', { name: line(LIMITS.name), contact: line(LIMITS.contact), consent: z.literal(true) }),
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
  cmd('participant:erase', { participantId: id.optional() }),
  cmd('key:rotate', { keyHash: z.literal(REMOVED_KEY) }),
  cmd('summary:set', { text: text(LIMITS.summary) }),
  cmd('outcome:publish', { published: z.boolean() }),
  cmd('update:add', {
    date: z.string().max(10),
    text: z.union([text(LIMITS.updateText), z.strictObject({ sv: text(LIMITS.updateText), en: text(LIMITS.updateText).optional(), ar: text(LIMITS.updateText).optional() })])
  }),
  cmd('update:remove', { updateId: id }),
  cmd('workshop:close', { closed: z.boolean() }),
  cmd('post:carry', { roundId: id, topicIds, text: text(LIMITS.postText), from: z.strictObject({ title: line(LIMITS.title), votes: int(0, 1_000_000) }) })
]);

const actor = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('participant'), participantId: id }),
  z.strictObject({ role: z.literal('facilitator') }),
  z.strictObject({ role: z.literal('system') })
]);

/**
 * What one import may hold (checked before any entry is parsed, server/exports/import.ts).
 * A long plenary (500 participants, 1,500 posts, 12,000 votes) needs about 15,000 entries;
 * the caps bound the replay of a forged file, including the commands whose cost grows with
 * the posts there are (a setup change visits every post, a vote looks at the voter's votes,
 * which hidden posts keep).
 */
export const IMPORT_LIMITS = {
  /** The body, in bytes (413 payload_too_large above it). */
  bytes: 10 * 1024 * 1024,
  entries: 50_000,
  /** post:create, note:add and post:carry entries. */
  posts: 10_000,
  /** post:hide, post:merge and post:approve entries. */
  moderation: 5_000,
  'setup:update': 200
} as const;

export const importEntrySchema = z.strictObject({
  seq: int(1, IMPORT_LIMITS.entries),
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
      // Counted and parsed entry by entry, in slices (server/exports/import.ts).
      entries: z.array(z.unknown()).min(1).max(IMPORT_LIMITS.entries),
      stateDigest: z.string().regex(/^sha256:[0-9a-f]{64}$/)
    })
  })
});

export type ImportDocument = z.infer<typeof importSchema>;
