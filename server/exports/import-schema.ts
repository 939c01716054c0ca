import { z } from 'zod';
import type { CommandType } from '../../src/lib/domain/types.js';
import { COMMANDS, type SentCommand } from '../../src/lib/protocol/commands.js';
import { id } from '../../src/lib/protocol/setup-schema.js';
import { int, storedProfile, storedSetup } from '../../src/lib/protocol/stored-fields.js';
import { EXPORTED_CODE, EXPORTED_WORKSHOP_ID, REMOVED_KEY, TOKEN_PLACEHOLDER } from './log-copy.js';

/**
 * What POST /api/import accepts: export.json, version 1. Strict everywhere (an unknown key
 * is an error) and only checks shapes and sizes: the domain applies its own rules when the
 * entries are replayed, exactly as it did in the original workshop. Nothing is transformed,
 * so the entries replay byte for byte as they were exported.
 *
 * Every text must already be clean, exactly as the socket edge would have left it
 * (src/lib/protocol/stored-fields.ts): a text that is not is a forged or damaged file and
 * the import is refused (`text_not_clean`).
 *
 * The commands a client sends are read with their registry entry's `stored` shape (or its
 * payload's); the ones the server makes itself are below, as an export writes them.
 */
const SERVER_MADE = {
  'workshop:create': { workshopId: z.literal(EXPORTED_WORKSHOP_ID), code: z.literal(EXPORTED_CODE), keyHash: z.literal(REMOVED_KEY), setup: storedSetup, rules: int(1, 1_000).optional() },
  'participant:join': { participantId: id, tokenHash: z.string().regex(TOKEN_PLACEHOLDER), ...storedProfile },
  'timer:expire': { timerId: int(0, Number.MAX_SAFE_INTEGER) },
  'key:rotate': { keyHash: z.literal(REMOVED_KEY) }
} satisfies { [K in Exclude<CommandType, SentCommand>]: z.ZodRawShape };

const cmd = ([type, shape]: [string, z.ZodRawShape]) => z.strictObject({ type: z.literal(type), ...shape });
const sent = (Object.keys(COMMANDS) as SentCommand[]).map((type): [string, z.ZodRawShape] => {
  const entry: { payload: z.ZodRawShape; stored?: z.ZodRawShape } = COMMANDS[type];
  return [type, entry.stored ?? entry.payload];
});
const [first, ...rest] = [...Object.entries(SERVER_MADE), ...sent].map(cmd);
const command = z.discriminatedUnion('type', [first!, ...rest]);

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
