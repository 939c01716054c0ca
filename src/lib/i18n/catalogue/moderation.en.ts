import type { Message } from '../format.js';
import type { moderationSv } from './moderation.sv.js';

/** English for ./moderation.sv.ts: exactly the same keys (the type checker enforces it). */
export const moderationEn: Record<keyof typeof moderationSv, Message> = {};
