import { AGREEMENT_ERRORS, type AgreementError } from '$lib/domain/agreement/types.js';
import type { AgreementErrorCode } from '$lib/client/agreement-staff-api.js';
import { errorText, t, type AnyErrorCode } from '$lib/i18n/index.svelte.js';

const isAgreementError = (code: string): code is AgreementError => (AGREEMENT_ERRORS as readonly string[]).includes(code);

/**
 * An error as the workspace says it: the agreement's codes in the organisers' words (a
 * `forbidden` here means "only the organisers", not "only the facilitator"), the browser's
 * own failures as everywhere else.
 */
export const agreementErrorText = (code: AgreementErrorCode): string => (isAgreementError(code) ? t(`agreement.error.${code}`) : errorText(code as AnyErrorCode));
