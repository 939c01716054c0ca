import type { Message } from './format.js';
import { agreementSv } from './catalogue/agreement.sv.js';
import { agreementFormsSv } from './catalogue/agreement-forms.sv.js';
import { compilationSv } from './catalogue/compilation.sv.js';

/**
 * The Swedish messages of an agreement's public pages (/r/CODE and its compilations): a
 * chunk their route loads before it renders (`loadMessages('agreement')`), so neither a
 * meeting's phone nor the console downloads it. en-agreement.ts and ar-agreement.ts must
 * have exactly these keys.
 */
export const svAgreement = {
  ...agreementSv,
  ...agreementFormsSv,
  ...compilationSv
} as const satisfies Record<string, Message>;

export type AgreementKey = keyof typeof svAgreement;
