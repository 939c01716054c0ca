import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { LIMITS } from '../../src/lib/domain/limits.js';
import type { Command, CommandType } from '../../src/lib/domain/types.js';

/**
 * Which fields of which commands are a participant's personal data, and what a replay reads
 * in their place once the key that opens them is gone (docs/architecture.md, "Erasure").
 *
 * A stand-in must lead the rules to the same outcome as the original did, so that erasing one
 * participant never changes what anyone else's entries did: a post's words stand in as a
 * non-empty text (an empty one would be refused), a sign-up's name and contact likewise, a
 * profile as empty. Values that are refused for their form (blank, or a post longer than the
 * limit) carry nothing personal worth sealing and are stored as they are, so their refusal
 * replays too. What the stand-ins leave behind, erasure removes from the state anyway.
 */
export const ERASED_TEXT = '(erased)';

const STAND_INS: Partial<Record<CommandType, StandIns>> = {
  'participant:join': { name: '', association: '', sector: '', table: null },
  'participant:update': { name: '', association: '', sector: '', table: null },
  'post:create': { text: ERASED_TEXT },
  'post:edit': { text: ERASED_TEXT },
  'signup:set': { name: ERASED_TEXT, contact: ERASED_TEXT },
  'evaluation:answer': { comment: '' }
};

/** Sealed fields as stored in a command: whose key (`s`), which of its keys (`l`), the ciphertext (`d`). */
export interface Sealed {
  s: string;
  l: string;
  d: string;
}

export type StoredCommand = Command & { sealed?: Sealed };

/** Whether this field's value is worth sealing: see above. `textLimit` bounds the words field that the rules refuse past it. */
function personal(field: string, value: unknown, textLimit: number): boolean {
  if (typeof value === 'number') return true;
  if (typeof value !== 'string' || value.trim() === '') return false;
  return field !== 'text' || value.trim().length <= textLimit;
}

/** Which fields of a command are sealed, and what stands in for each once its key is gone. */
export type StandIns = Record<string, string | null>;

export const sealsAnything = (type: CommandType) => STAND_INS[type] !== undefined;

/** The key for one label (`profile`, `post:<commandId>`) derived from a participant's key. */
export const deriveKey = (master: Buffer, label: string) => createHmac('sha256', master).update(label).digest();

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The command with its personal fields moved into one AES-256-GCM ciphertext. The
 * additional data ties the ciphertext to its workshop and entry, so it opens nowhere else.
 */
export function sealCommand(command: Command, key: Buffer, context: string, s: string, l: string): StoredCommand {
  const fields = STAND_INS[command.type];
  return fields ? sealFields(command, fields, LIMITS.postText, key, context, s, l) : command;
}

/**
 * Any command with the named personal fields moved into one AES-256-GCM ciphertext (the
 * agreement's log seals its comments and joins with this too).
 */
export function sealFields<C extends object>(command: C, fields: StandIns, textLimit: number, key: Buffer, context: string, s: string, l: string): C & { sealed?: Sealed } {
  const secret: Record<string, unknown> = {};
  const rest = { ...command } as Record<string, unknown>;
  for (const field of Object.keys(fields)) {
    if (field in rest && personal(field, rest[field], textLimit)) (secret[field] = rest[field]), delete rest[field];
  }
  if (Object.keys(secret).length === 0) return command;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`${context}\n${s}\n${l}`));
  const body = Buffer.concat([cipher.update(JSON.stringify(secret), 'utf8'), cipher.final()]);
  const d = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  return { ...rest, sealed: { s, l, d } } as C & { sealed: Sealed };
}

/**
 * The command as it was sent, or with stand-ins where its key is gone (undefined) or does
 * not open it (a key made after an erasure, never stored).
 */
export function openCommand(stored: StoredCommand, key: Buffer | undefined, context: string): Command {
  return openFields(stored, STAND_INS[stored.type] ?? {}, key, context);
}

/** Any command as it was sent, or with the given stand-ins where its key is gone or does not open it. */
export function openFields<C extends object>(stored: C & { sealed?: Sealed }, standIns: StandIns, key: Buffer | undefined, context: string): C {
  const { sealed, ...command } = stored;
  if (!sealed) return stored;
  let secret: Record<string, unknown> | undefined;
  if (key) {
    try {
      const data = Buffer.from(sealed.d, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(`${context}\n${sealed.s}\n${sealed.l}`));
      decipher.setAuthTag(data.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      secret = JSON.parse(Buffer.concat([decipher.update(data.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8')) as Record<string, unknown>;
    } catch {
      secret = undefined;
    }
  }
  if (!secret) {
    secret = {};
    for (const [field, standIn] of Object.entries(standIns)) if (!(field in command)) secret[field] = standIn;
  }
  return { ...command, ...secret } as C;
}

/** A fresh participant key. */
export const newKey = () => randomBytes(32);
