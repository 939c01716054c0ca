import { z } from 'zod';
import { LIMITS } from '../domain/limits.js';
import { withSetupDefaults } from '../domain/setup.js';
import { id, setupSchema } from './setup-schema.js';
import { cleanLine, cleanText } from './text.js';

/**
 * Fields as the log keeps them, for reading logs back (imports): the registry's `stored`
 * shapes are built from these. They check, never change: a true log only holds texts that
 * the edge already cleaned (NFC, no control characters or lone surrogates; one-line fields
 * without bidi controls or runs of spaces), so a text that is not clean is a forged or
 * damaged file and is refused (`text_not_clean`), never silently changed (a changed text
 * would not replay to the file's digest anyway).
 */

/** JSON with object keys sorted: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v
  );
}

const NOT_CLEAN = { error: 'text_not_clean' };
const bounded = (max: number) => z.string().max(max * 4);
/** Posts, comments, summaries: what `paragraph` and the post schema leave (cleanText, trimmed). */
export const storedText = (max: number) => bounded(max).refine((s) => cleanText(s).trim() === s, NOT_CLEAN);
/** Names, associations, contacts, titles: what `line` leaves (cleanLine). */
export const storedLine = (max: number) => bounded(max).refine((s) => cleanLine(s) === s, NOT_CLEAN);
export const int = (min: number, max: number) => z.number().int().min(min).max(max);
export const storedTable = int(1, LIMITS.tables);
export const storedTopicIds = z.array(id).max(LIMITS.topics * 2);
export const storedPostIds = z.array(id).max(1000);

/**
 * Kept as written: only whether it is a valid setup is asked (old logs get today's defaults
 * first), and whether its texts are clean: the setup schema, which cleans, must give it back unchanged.
 */
export const storedSetup = z.custom<z.output<typeof setupSchema>>().superRefine((value, context) => {
  try {
    const given = withSetupDefaults(structuredClone(value) as never);
    const parsed = setupSchema.safeParse(given);
    if (!parsed.success) context.addIssue({ code: 'custom', message: 'invalid_setup' });
    else if (canonicalJson(parsed.data) !== canonicalJson(given)) context.addIssue({ code: 'custom', message: 'text_not_clean' });
  } catch {
    context.addIssue({ code: 'custom', message: 'invalid_setup' });
  }
});

export const storedProfile = {
  name: storedLine(LIMITS.name),
  association: storedLine(LIMITS.association),
  sector: z.union([id, z.literal('')]).optional(),
  table: storedTable.nullable().optional(),
  showName: z.boolean().optional()
};
