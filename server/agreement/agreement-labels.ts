import type { Verdict } from '../../src/lib/domain/agreement/types.js';
import { agreementFileEn } from '../../src/lib/i18n/catalogue/agreement-file.en.js';
import { agreementFileSv } from '../../src/lib/i18n/catalogue/agreement-file.sv.js';
import { format, type Params } from '../../src/lib/i18n/format.js';
import type { ExportLanguage } from '../series/series-labels.js';

/** The agreement's files speak the page's language (sv or en), in the words of their catalogue. */
export type AgreementFileKey = keyof typeof agreementFileSv;

export const fileLabel = (lang: ExportLanguage, key: AgreementFileKey, params?: Params) => format(lang, (lang === 'en' ? agreementFileEn : agreementFileSv)[key], params);

const VERDICT_KEYS: Record<Verdict, AgreementFileKey> = { accepted: 'agreement.file.accepted', partly: 'agreement.file.partly', rejected: 'agreement.file.rejected' };

export const verdictLabel = (lang: ExportLanguage, verdict: Verdict | undefined) => fileLabel(lang, verdict ? VERDICT_KEYS[verdict] : 'agreement.file.unanswered');

/** Who sent a comment, as the public compilation names them: the association, or anonymous, or erased. */
export const senderLabel = (lang: ExportLanguage, c: { association: string; erased: boolean }) =>
  c.erased ? fileLabel(lang, 'agreement.file.erased') : c.association || fileLabel(lang, 'agreement.file.anonymous');
