import type { Message } from './format.js';
import type { AgreementKey } from './sv-agreement.js';
import { agreementEn } from './catalogue/agreement.en.js';
import { agreementFormsEn } from './catalogue/agreement-forms.en.js';
import { compilationEn } from './catalogue/compilation.en.js';

/** Same keys as `svAgreement` (a missing or extra key is a type error). */
export const enAgreement: Record<AgreementKey, Message> = {
  ...agreementEn,
  ...agreementFormsEn,
  ...compilationEn
};
