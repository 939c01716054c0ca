import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CommandType, LogEntry } from '../../src/lib/domain/types.js';
import { IMPORT_LIMITS, importEntrySchema, importSchema } from './import-schema.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from './json.js';
import { startRecording, stateDigest } from './log-copy.js';
import { NewerRulesError } from '../../src/lib/domain/rules-version.js';

/** Why an import was refused; the home page explains each (catalogue `exports.import.error.*`). */
export type ImportError =
  | 'import_not_json'
  | 'import_unknown_format'
  | 'import_unsupported_version'
  | 'import_too_large'
  | 'import_invalid'
  | 'import_mismatch'
  | 'import_newer_rules'
  | 'payload_too_large';

export type ImportCheck = { ok: true; entries: LogEntry[] } | { ok: false; error: ImportError; detail?: string };

/**
 * Entries parsed or replayed between two turns of the event loop: a few milliseconds of
 * work, so requests and sockets are served while a large file is checked.
 */
export const IMPORT_SLICE = 500;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Entry kinds counted against the caps, by the cap they count against. */
const CAPPED: Partial<Record<CommandType, keyof typeof IMPORT_LIMITS>> = {
  'post:create': 'posts',
  'note:add': 'posts',
  'post:carry': 'posts',
  'post:hide': 'moderation',
  'post:merge': 'moderation',
  'post:approve': 'moderation',
  'setup:update': 'setup:update'
};

/** The first cap the raw entries exceed, counted before anything is parsed (O(entries)). */
function overCap(entries: unknown): string | undefined {
  if (!Array.isArray(entries)) return undefined;
  if (entries.length > IMPORT_LIMITS.entries) return `entries: ${entries.length} > ${IMPORT_LIMITS.entries}`;
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const type = isObject(entry) && isObject(entry.command) ? entry.command.type : undefined;
    const cap = typeof type === 'string' && Object.hasOwn(CAPPED, type) ? CAPPED[type as CommandType] : undefined;
    if (!cap) continue;
    const count = (counts.get(cap) ?? 0) + 1;
    if (count > IMPORT_LIMITS[cap]) return `${cap}: more than ${IMPORT_LIMITS[cap]}`;
    counts.set(cap, count);
  }
  return undefined;
}

/**
 * Checks an uploaded export.json before anything is written: its kind and version first
 * (so another program's JSON gets a plain answer), its size against the caps, then every
 * field, then a replay of its log, which must give exactly the state the file says it
 * holds. Linear in the file's size, and done in slices of IMPORT_SLICE entries with a
 * turn of the event loop between them, so no import holds the server for long.
 */
export async function checkImport(body: unknown): Promise<ImportCheck> {
  if (!isObject(body) || body.format !== EXPORT_FORMAT) return { ok: false, error: 'import_unknown_format' };
  if (body.version !== EXPORT_VERSION) return { ok: false, error: 'import_unsupported_version', detail: `version ${String(body.version)}` };
  const workshop = isObject(body.workshop) ? body.workshop : undefined;
  const tooLarge = overCap(isObject(workshop?.log) ? workshop.log.entries : undefined);
  if (tooLarge) return { ok: false, error: 'import_too_large', detail: tooLarge };

  const parsed = importSchema.safeParse(body);
  if (!parsed.success) return invalid(parsed.error.issues[0]);
  const { entries: raw, stateDigest: expected } = parsed.data.workshop.log;
  const entries: LogEntry[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (i > 0 && i % IMPORT_SLICE === 0) await nextTurn();
    const entry = importEntrySchema.safeParse(raw[i]);
    if (!entry.success) return invalid(entry.error.issues[0], `workshop.log.entries.${i}.`);
    entries.push(entry.data as LogEntry);
  }
  const broken = entries.findIndex((entry, i) => entry.seq !== i + 1);
  if (broken >= 0) return { ok: false, error: 'import_mismatch', detail: `entry ${broken + 1} has seq ${entries[broken]!.seq}` };

  let digest: string;
  try {
    const recording = startRecording(entries[0]!);
    for (let i = 1; i < entries.length; i++) {
      if (i % IMPORT_SLICE === 0) await nextTurn();
      recording.apply(entries[i]!);
    }
    digest = stateDigest(recording.state);
  } catch (error) {
    if (error instanceof NewerRulesError) return { ok: false, error: 'import_newer_rules', detail: error.message };
    return { ok: false, error: 'import_mismatch', detail: error instanceof Error ? error.message : String(error) };
  }
  if (digest !== expected) return { ok: false, error: 'import_mismatch', detail: 'the log does not replay to the exported state' };
  return { ok: true, entries };
}

function invalid(issue: { path: PropertyKey[]; message: string } | undefined, prefix = ''): ImportCheck {
  return { ok: false, error: 'import_invalid', detail: issue ? `${prefix}${issue.path.map(String).join('.')}: ${issue.message}` : undefined };
}
