import { createHash, timingSafeEqual } from 'node:crypto';
import { customAlphabet, nanoid } from 'nanoid';
import { AGREEMENT_CODE_LENGTH, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../src/lib/domain/code.js';

/** Secrets (facilitator keys, participant tokens) are stored only as SHA-256 hashes. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Constant-time comparison of a presented secret with a stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

export const newWorkshopId = () => nanoid(12);
export const newParticipantId = () => nanoid(12);
/** 32 nanoid characters ≈ 190 bits: not guessable. */
export const newSecret = () => nanoid(32);
export const newJoinCode = customAlphabet(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);
export const newAgreementCode = customAlphabet(JOIN_CODE_ALPHABET, AGREEMENT_CODE_LENGTH);
