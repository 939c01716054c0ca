import type { Message } from '../format.js';
import type { participantSv } from './participant.sv.js';

/** English for ./participant.sv.ts: exactly the same keys (the type checker enforces it). */
export const participantEn: Record<keyof typeof participantSv, Message> = {};
