import { z } from 'zod';
import { UI_LANGUAGES } from '../../src/lib/i18n/languages.js';
import { REPORT_KINDS, REPORT_LIMITS } from '../../src/lib/protocol/accessibility-report.js';
import { line, paragraph } from '../../src/lib/protocol/setup-schema.js';

/**
 * POST /api/accessibility-reports, parsed before anything is stored. Texts are cleaned the
 * way posts are (NFC, no control characters). Contact details without the consent box
 * ticked are refused rather than silently dropped: the form never sends them that way, so
 * anything else is a client we do not know.
 */
export const accessibilityReportSchema = z
  .strictObject({
    kind: z.enum(REPORT_KINDS).default('problem'),
    what: paragraph(REPORT_LIMITS.what).pipe(z.string().min(1, { error: 'text_empty' })),
    where: line(REPORT_LIMITS.where).optional(),
    name: line(REPORT_LIMITS.name).optional(),
    contact: line(REPORT_LIMITS.contact).optional(),
    consent: z.boolean().optional(),
    language: z.enum(UI_LANGUAGES).optional()
  })
  .refine((report) => report.consent === true || (!report.name && !report.contact), { error: 'consent_required' });

export type ParsedAccessibilityReport = z.output<typeof accessibilityReportSchema>;
