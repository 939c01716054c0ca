import type { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../../src/lib/domain/types.js';

const KNOWN = new Set<string>(ERROR_CODES);

/**
 * Parses a payload with its schema. Failures become one error code: the first issue that
 * names a code of ours (e.g. text_too_long), otherwise invalid_payload.
 */
export function parsePayload<S extends z.ZodType>(schema: S, payload: unknown): { ok: true; data: z.output<S> } | { ok: false; error: ErrorCode } {
  const result = schema.safeParse(payload);
  if (result.success) return { ok: true, data: result.data };
  for (const issue of result.error.issues) if (KNOWN.has(issue.message)) return { ok: false, error: issue.message as ErrorCode };
  return { ok: false, error: 'invalid_payload' };
}
