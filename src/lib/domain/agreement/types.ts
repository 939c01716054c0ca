/**
 * The agreement process of a series (issue 18): the draft a working group writes from what
 * the meetings said, the versions published for consultation (remiss) with the comments
 * associations send and the organisers' answers, the adopted text, and the associations
 * that join it (anslutning). Like a workshop it is an ordered log of commands; its state is
 * what applying them in order gives (apply.ts), and what each audience sees is a view of
 * that state (views.ts). Pure: nothing here knows of HTTP, files or Svelte.
 */
import type { Localized } from '../types.js';

/** A post of one of the series' meetings that a paragraph was drawn from. */
export interface SourceRef {
  workshopId: string;
  postId: string;
}

export interface Paragraph {
  id: string;
  text: Localized;
  /** The posts behind it ("what associations said"): resolved to their words when shown. */
  sources: SourceRef[];
}

/** What a section is for, when the template gave it one: the synthesis fills these two. */
export type SectionRole = 'principles' | 'activities';

export interface Section {
  id: string;
  heading: Localized;
  paragraphs: Paragraph[];
  role?: SectionRole;
}

/**
 * A published text. `remiss`: out for comment until `closesAt`; `revised`: the text after
 * the comments, published with their compilation; `adopted`: the text the council decided.
 */
export type VersionKind = 'remiss' | 'revised' | 'adopted';

export interface Version {
  /** 1, 2, 3… in publishing order. */
  number: number;
  kind: VersionKind;
  publishedAt: number;
  sections: Section[];
  /** Remiss only: comments are taken until then (log time, ms). */
  closesAt?: number;
  /** Remiss only: whether a comment may leave out name and association. */
  allowAnonymous?: boolean;
  /** Revised only: the remiss version whose comments this version answers. */
  answers?: number;
  /** Adopted only: the decision as the organisers cite it ("Kommunfullmäktige 2027-03-15, § 45"). */
  decision?: string;
  /** Adopted only: the day of the decision, YYYY-MM-DD. */
  decidedOn?: string;
}

export const VERDICTS = ['accepted', 'partly', 'rejected'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface CommentAnswer {
  verdict: Verdict;
  reason: string;
  at: number;
}

export interface RemissComment {
  id: string;
  /** Who sent it: the public actor's id (a hash of their browser's token), for their own view and erasure. */
  authorId: string;
  version: number;
  sectionId: string;
  text: string;
  /** Empty when sent anonymously. */
  name: string;
  association: string;
  /** Only with consent to be contacted about the comment; never shown publicly. */
  contact: string;
  at: number;
  hidden?: { reason: string; at: number };
  answer?: CommentAnswer;
  /** Its author was erased: the words and who sent it are gone, the answer stays. */
  erased?: boolean;
}

export interface AgreementJoin {
  id: string;
  authorId: string;
  association: string;
  contactName: string;
  contact: string;
  /** Whether the public page may list the association's name. */
  listed: boolean;
  at: number;
  hidden?: { reason: string; at: number };
  erased?: boolean;
}

/** A member of the working group: edits the draft and answers comments with their own key. */
export interface Editor {
  id: string;
  name: string;
  keyHash: string;
  invitedAt: number;
  revoked?: boolean;
}

export interface AgreementState {
  id: string;
  seriesId: string;
  /** The short code of the public page (/r/CODE), as a workshop's. */
  code: string;
  title: Localized;
  createdAt: number;
  seq: number;
  /** The working draft, edited until the next version is published. */
  draft: Section[];
  versions: Version[];
  comments: RemissComment[];
  /** Remiss versions whose compilation (comments with answers, and what changed) is public. */
  compiled: number[];
  joins: AgreementJoin[];
  editors: Editor[];
  /** Characters of the writers' commands in the log so far (`AGREEMENT_LIMITS.writerLog`). */
  writerChars: number;
  /** Per actor, the commands already applied (commandId → outcome): a re-send is answered, not applied twice. */
  outcomes: Map<string, Map<string, AgreementResult>>;
}

export type AgreementActor =
  | { role: 'organiser' }
  | { role: 'editor'; editorId: string }
  | { role: 'public'; authorId: string }
  | { role: 'system' };

export type ParagraphInput = { id?: string; text: Localized; sources: SourceRef[] };

export type AgreementCommand =
  | { type: 'agreement:create'; seriesId: string; code: string; title: Localized; sections: Section[] }
  | { type: 'agreement:title'; title: Localized }
  | { type: 'section:add'; sectionId: string; heading: Localized; afterSectionId?: string }
  | { type: 'section:edit'; sectionId: string; heading: Localized; paragraphs: ParagraphInput[] }
  | { type: 'section:move'; sectionId: string; toIndex: number }
  | { type: 'section:remove'; sectionId: string }
  | { type: 'editor:invite'; editorId: string; name: string; keyHash: string }
  | { type: 'editor:revoke'; editorId: string }
  | { type: 'remiss:publish'; closesAt: number; allowAnonymous: boolean }
  | { type: 'remiss:close' }
  | { type: 'comment:add'; commentId: string; version: number; sectionId: string; text: string; name: string; association: string; contact: string; consent: boolean }
  | { type: 'comment:hide'; commentId: string; reason: string }
  | { type: 'comment:unhide'; commentId: string }
  | { type: 'comment:answer'; commentId: string; verdict: Verdict; reason: string }
  | { type: 'compilation:publish'; version: number }
  | { type: 'agreement:adopt'; decidedOn: string; decision: string }
  | { type: 'join:add'; joinId: string; association: string; contactName: string; contact: string; consent: boolean; listed: boolean }
  | { type: 'join:hide'; joinId: string; reason: string }
  | { type: 'author:erase'; authorId?: string };

export type AgreementCommandType = AgreementCommand['type'];
export type AgreementCommandOf<K extends AgreementCommandType> = Extract<AgreementCommand, { type: K }>;

export interface AgreementEntry {
  seq: number;
  at: number;
  actor: AgreementActor;
  commandId: string;
  command: AgreementCommand;
}

export const AGREEMENT_ERRORS = [
  'invalid_payload',
  'unauthorized',
  'forbidden',
  'already_exists',
  'text_empty',
  'text_too_long',
  'limit_reached',
  'section_not_found',
  'comment_not_found',
  'join_not_found',
  'editor_not_found',
  'version_not_found',
  'remiss_open',
  'remiss_closed',
  'remiss_not_closed',
  'unanswered_comments',
  'anonymous_not_allowed',
  'consent_required',
  'already_adopted',
  'not_adopted',
  'nothing_to_publish'
] as const;
export type AgreementError = (typeof AGREEMENT_ERRORS)[number];

export type AgreementResult<T extends object = object> = ({ ok: true } & T) | { ok: false; error: AgreementError };
