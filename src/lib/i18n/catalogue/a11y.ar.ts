import type { Message } from '../format.js';
import type { a11ySv } from './a11y.sv.js';

/** Arabic for ./a11y.sv.ts: exactly the same keys (the type checker enforces it). */
export const a11yAr: Record<keyof typeof a11ySv, Message> = {
  'a11y.footerLink': 'إمكانية الوصول'
};
