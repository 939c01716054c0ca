import { z } from 'zod';
import { LIMITS } from '../domain/limits.js';
import { id, line, updateText } from './setup-schema.js';

/** The HTTP API of a series of meetings (server/http/series.ts): bodies and answers. */

/** Keys: at least 21 nanoid characters, as everywhere else. */
const secret = z.string().min(21).max(128).regex(/^[A-Za-z0-9_-]+$/);

/** POST /api/series */
export const createSeriesSchema = z.strictObject({
  title: line(LIMITS.title).pipe(z.string().min(1, { error: 'text_empty' }))
});
export type CreateSeriesRequest = z.input<typeof createSeriesSchema>;

/** POST /api/series/:id/workshops: the workshop's own key proves it is the caller's to attach. */
export const attachWorkshopSchema = z.strictObject({ workshopId: id, workshopKey: secret });
export type AttachWorkshopRequest = z.input<typeof attachWorkshopSchema>;

/** How many of the previous meeting's top items per principle a new meeting may carry along. */
export const MAX_CARRY_FORWARD = 10;

/** POST /api/series/:id/meetings */
export const newMeetingSchema = z.strictObject({
  title: line(LIMITS.title).optional(),
  carryForward: z.number().int().min(0).max(MAX_CARRY_FORWARD).optional()
});
export type NewMeetingRequest = z.input<typeof newMeetingSchema>;

/** POST /api/series/:id/updates: the same rules as a workshop's `update:add`. */
export const seriesUpdateSchema = z.strictObject({
  date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  text: updateText.refine((text) => (typeof text === 'string' ? text : text.sv).length > 0, { error: 'text_empty' })
});
export type SeriesUpdateRequest = z.input<typeof seriesUpdateSchema>;

/** 201 of POST /api/series: the key is shown this once; only its hash is kept. */
export interface CreatedSeries {
  id: string;
  key: string;
  /** The series page with the key in its fragment. */
  url: string;
}

export const SERIES_EXPORT_FORMATS = ['json', 'xlsx', 'md'] as const;
export type SeriesExportFormat = (typeof SERIES_EXPORT_FORMATS)[number];
