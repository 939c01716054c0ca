import { z } from 'zod';
import { AGREEMENT_LIMITS as L } from '../domain/agreement/limits.js';
import { VERDICTS } from '../domain/agreement/types.js';
import type { PublicView } from '../domain/agreement/views.js';
import type { OutcomeUpdate } from '../domain/types.js';
import { id, line, localized, paragraph } from './setup-schema.js';

/**
 * The HTTP API of a series' agreement process (server/http/agreement.ts): request bodies
 * and answers. docs/agreement-api.md describes every route; the staff commands are the
 * log's commands (src/lib/domain/agreement/types.ts) as the organisers' and the working
 * group's pages send them, ids the server makes left out.
 */

/** Ids a client makes for a command or what it creates: URL-safe, unique per sender. */
const commandId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
/** A comment's or join's id as the reader's page makes it (the server keeps it as a hash of it and the sender: server/http/agreement-public.ts). */
const readerMadeId = z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/);

const sourceRef = z.strictObject({ workshopId: id, postId: id });

const paragraphInput = z.strictObject({
  id: id.optional(),
  text: localized(L.paragraphText, { required: false }),
  sources: z.array(sourceRef).max(L.sourcesPerParagraph)
});

/** YYYY-MM-DD. */
const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

/**
 * POST /api/series/:id/agreement/commands: one staff command. `editor:invite` takes only a
 * name (the server makes the id and the key, and answers the key once); `section:add` may
 * leave out its id.
 */
export const staffCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('agreement:title'), title: localized(L.title) }),
  z.strictObject({ type: z.literal('section:add'), sectionId: id.optional(), heading: localized(L.heading), afterSectionId: id.optional() }),
  z.strictObject({ type: z.literal('section:edit'), sectionId: id, heading: localized(L.heading), paragraphs: z.array(paragraphInput).max(L.paragraphs) }),
  z.strictObject({ type: z.literal('section:move'), sectionId: id, toIndex: z.number().int().min(0).max(L.sections) }),
  z.strictObject({ type: z.literal('section:remove'), sectionId: id }),
  z.strictObject({ type: z.literal('editor:invite'), name: line(L.name).pipe(z.string().min(1, { error: 'text_empty' })) }),
  z.strictObject({ type: z.literal('editor:revoke'), editorId: id }),
  z.strictObject({ type: z.literal('remiss:publish'), closesAt: z.number().int().positive(), allowAnonymous: z.boolean() }),
  z.strictObject({ type: z.literal('remiss:close') }),
  z.strictObject({ type: z.literal('comment:hide'), commentId: id, reason: paragraph(L.reason) }),
  z.strictObject({ type: z.literal('comment:unhide'), commentId: id }),
  z.strictObject({ type: z.literal('comment:answer'), commentId: id, verdict: z.enum(VERDICTS), reason: paragraph(L.reason) }),
  z.strictObject({ type: z.literal('compilation:publish'), version: z.number().int().min(1).max(L.versions) }),
  z.strictObject({ type: z.literal('agreement:adopt'), decidedOn: day, decision: line(L.decision) }),
  z.strictObject({ type: z.literal('join:hide'), joinId: id, reason: paragraph(L.reason) }),
  z.strictObject({ type: z.literal('author:erase'), authorId: id })
]);
export type StaffCommandRequest = z.input<typeof staffCommandSchema>;

/** The body of POST …/commands: the command, and the id the client chose so a re-send is recognised. */
export const staffCommandBodySchema = z.strictObject({ commandId, command: staffCommandSchema });

/** POST /api/series/:id/agreement/from-synthesis: fill a section from the series synthesis. */
export const fromSynthesisSchema = z.strictObject({
  sectionId: id,
  role: z.enum(['principles', 'activities']),
  /** `replace` drops the section's paragraphs first; `append` keeps them and adds after. */
  mode: z.enum(['replace', 'append'])
});

/** POST /api/agreements/:code/comments: a comment on a section of the open remiss version. */
export const commentSchema = z.strictObject({
  commentId: readerMadeId,
  version: z.number().int().min(1).max(L.versions),
  sectionId: id,
  text: paragraph(L.commentText).pipe(z.string().min(1, { error: 'text_empty' })),
  name: line(L.name).default(''),
  association: line(L.association).default(''),
  contact: line(L.contact).default(''),
  consent: z.boolean().default(false)
});
export type CommentRequest = z.input<typeof commentSchema>;

/** POST /api/agreements/:code/joins: an association joins the adopted agreement. */
export const joinSchema = z.strictObject({
  joinId: readerMadeId,
  association: line(L.association).pipe(z.string().min(1, { error: 'text_empty' })),
  contactName: line(L.name).pipe(z.string().min(1, { error: 'text_empty' })),
  contact: line(L.contact).pipe(z.string().min(1, { error: 'text_empty' })),
  consent: z.boolean(),
  listed: z.boolean()
});
export type JoinRequest = z.input<typeof joinSchema>;

/** 201 of POST /api/series/:id/agreement. */
export interface CreatedAgreement {
  code: string;
  /** The public page (/r/CODE). */
  url: string;
}

/** 201 of an `editor:invite` command: the key is shown this once; only its hash is kept. */
export interface InvitedEditor {
  editorId: string;
  key: string;
  /** The working group's page with the key in its fragment. */
  url: string;
}

/** The reader's own token travels in this header: it names their comments, for their own view and erasure. */
export const READER_HEADER = 'x-samrad-reader';
export const readerToken = z.string().min(21).max(128).regex(/^[A-Za-z0-9_-]+$/);

/**
 * 200 of GET /api/agreements/:code: the public view, and once the agreement is adopted the
 * series' dated updates, its yearly follow-up ("vad har hänt sedan sist?"), newest last.
 */
export type PublicAgreementResponse = PublicView & { updates: OutcomeUpdate[] };
