import { AGREEMENT_ERRORS, type AgreementError } from '$lib/domain/agreement/types.js';
import { isErrorCode } from '$lib/i18n/errors.js';
import { errorText, t, type AnyErrorCode } from '$lib/i18n/index.svelte.js';

/** A refusal the public pages may be told: the meetings' codes and the browser's, or the agreement's own. */
export type PublicRefusal = AnyErrorCode | AgreementError;

/** The agreement's codes that the meetings do not share: their words are in the agreement pack. */
type AgreementOnly = Exclude<AgreementError, AnyErrorCode>;

/** Whether a server's `error` is one the public pages can explain. */
export const isPublicRefusal = (code: unknown): code is PublicRefusal =>
  isErrorCode(code) || (typeof code === 'string' && (AGREEMENT_ERRORS as readonly string[]).includes(code));

/** A refusal in the reader's words: the agreement's own from its lazy pack, the rest as everywhere. */
export const refusalText = (code: PublicRefusal): string => (isErrorCode(code) ? errorText(code) : t(`agr.refused.${code as AgreementOnly}`));
