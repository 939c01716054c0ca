import type { Message } from '../format.js';
import type { setupSv } from './setup.sv.js';

/** English for ./setup.sv.ts: exactly the same keys (the type checker enforces it). */
export const setupEn: Record<keyof typeof setupSv, Message> = {};
