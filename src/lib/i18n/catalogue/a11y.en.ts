import type { Message } from '../format.js';
import type { a11ySv } from './a11y.sv.js';

/** English for ./a11y.sv.ts: exactly the same keys (the type checker enforces it). */
export const a11yEn: Record<keyof typeof a11ySv, Message> = {
  'a11y.footerLink': 'Accessibility'
};
