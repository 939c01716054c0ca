import type { LogEntry } from '../../src/lib/domain/types.js';
import { importSchema } from './import-schema.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from './json.js';
import { replayRecording, stateDigest } from './log-copy.js';

/** Why an import was refused; the home page explains each (catalogue `exports.import.error.*`). */
export type ImportError =
  | 'import_not_json'
  | 'import_unknown_format'
  | 'import_unsupported_version'
  | 'import_invalid'
  | 'import_mismatch'
  | 'payload_too_large';

export type ImportCheck = { ok: true; entries: LogEntry[] } | { ok: false; error: ImportError; detail?: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks an uploaded export.json before anything is written: its kind and version first
 * (so another program's JSON gets a plain answer), then every field, then a replay of
 * its log, which must give exactly the state the file says it holds.
 */
export function checkImport(body: unknown): ImportCheck {
  if (!isObject(body) || body.format !== EXPORT_FORMAT) return { ok: false, error: 'import_unknown_format' };
  if (body.version !== EXPORT_VERSION) return { ok: false, error: 'import_unsupported_version', detail: `version ${String(body.version)}` };
  const parsed = importSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: 'import_invalid', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : undefined };
  }
  const { entries, stateDigest: expected } = parsed.data.workshop.log;
  const broken = entries.findIndex((entry, i) => entry.seq !== i + 1);
  if (broken >= 0) return { ok: false, error: 'import_mismatch', detail: `entry ${broken + 1} has seq ${entries[broken]!.seq}` };
  let digest: string;
  try {
    digest = stateDigest(replayRecording(entries as LogEntry[]).state);
  } catch (error) {
    return { ok: false, error: 'import_mismatch', detail: error instanceof Error ? error.message : String(error) };
  }
  if (digest !== expected) return { ok: false, error: 'import_mismatch', detail: 'the log does not replay to the exported state' };
  return { ok: true, entries: entries as LogEntry[] };
}
