import { z } from 'zod';
import { LIMITS } from '../domain/limits.js';
import { SCREEN_LANGUAGES, SCREEN_PAGE_ACTIONS, SCREEN_VIEWS, STAGES } from '../domain/types.js';
import { cleanLine, cleanText } from './text.js';

/** Ids the workshop's own content uses (topics, rounds, agenda items…): short, URL-safe. */
export const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
  // Ids become object keys (scores per question): never let one name a prototype.
  .refine((s) => s !== '__proto__' && s !== 'constructor' && s !== 'prototype');

/** One line of text, cleaned of control characters; `max` counts characters after cleaning. */
export const line = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(cleanLine)
    .pipe(z.string().max(max));

/** A paragraph: line breaks kept, trimmed. */
export const paragraph = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((s) => cleanText(s).trim())
    .pipe(z.string().max(max));

/** A facilitator's text in Swedish (required) and optionally English and Arabic. */
export const localized = (max: number, { required = true } = {}) =>
  z.strictObject({
    sv: required ? paragraph(max).pipe(z.string().min(1)) : paragraph(max),
    en: paragraph(max).optional(),
    ar: paragraph(max).optional()
  });

/**
 * A dated update's text: a plain string (Swedish, as older clients send it) or Swedish with
 * English and Arabic. An empty Swedish text passes here so the domain can say `text_empty`.
 */
export const updateText = z.union([paragraph(LIMITS.updateText), localized(LIMITS.updateText, { required: false })]);

const topic = z.strictObject({ id, name: localized(LIMITS.title), description: localized(LIMITS.description, { required: false }) });

const round = z.strictObject({
  id,
  title: localized(LIMITS.title),
  prompt: localized(LIMITS.description, { required: false }),
  postNoun: localized(40),
  topicsPerPost: z.enum(['one', 'many']),
  budget: z.strictObject({ votes: z.number().int().min(1).max(LIMITS.votesPerBudget), per: z.enum(['topic', 'round']) }),
  maxVotesPerPost: z.number().int().min(1).max(LIMITS.votesPerPost),
  liveTallies: z.boolean()
});

const agendaItem = z.strictObject({
  id,
  title: localized(LIMITS.title),
  instructions: localized(LIMITS.description, { required: false }),
  roundId: id.optional(),
  minutes: z.number().int().min(1).max(600).optional()
});

const sector = z.strictObject({ id, name: localized(60) });
const question = z.strictObject({ id, text: localized(LIMITS.title) });

/** A whole workshop setup, as a facilitator edits it or a template stores it. */
export const setupSchema = z.strictObject({
  title: localized(LIMITS.title),
  language: z.enum(['sv', 'en']),
  topics: z.array(topic).min(1).max(LIMITS.topics),
  rounds: z.array(round).min(1).max(LIMITS.rounds),
  agenda: z.array(agendaItem).max(LIMITS.agendaItems),
  sectors: z.array(sector).max(LIMITS.sectors),
  evaluation: z.array(question).max(LIMITS.questions),
  settings: z.strictObject({ moderationQueue: z.boolean(), showNames: z.boolean() })
});

export const phaseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('lobby') }),
  z.strictObject({ kind: z.literal('round'), roundId: id, stage: z.enum(STAGES) }),
  z.strictObject({ kind: z.literal('evaluation') })
]);

export const screenModeSchema = z.strictObject({ view: z.enum(SCREEN_VIEWS), topicId: id.optional(), roundId: id.optional() });
export const screenLanguageSchema = z.enum(SCREEN_LANGUAGES).nullable();
export const screenPageActionSchema = z.enum(SCREEN_PAGE_ACTIONS);
