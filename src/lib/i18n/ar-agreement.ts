import type { Message } from './format.js';
import type { AgreementKey } from './sv-agreement.js';
import { agreementAr } from './catalogue/agreement.ar.js';
import { agreementFormsAr } from './catalogue/agreement-forms.ar.js';
import { compilationAr } from './catalogue/compilation.ar.js';

/** Same keys as `svAgreement` (a missing or extra key is a type error). */
export const arAgreement: Record<AgreementKey, Message> = {
  ...agreementAr,
  ...agreementFormsAr,
  ...compilationAr
};
