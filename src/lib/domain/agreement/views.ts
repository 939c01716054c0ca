/**
 * What each audience of the agreement sees. The organisers see everything (contacts given
 * with consent included); the working group sees the same without contacts; the public page
 * sees the published texts, its own comments, the compilations and the associations that
 * agreed to be listed, and never who wrote a comment beyond the association it was sent for.
 */
import { adopted, openRemiss } from './apply.js';
import { versionDiff, type SectionChange } from './diff.js';
import type { AgreementJoin, AgreementState, CommentAnswer, RemissComment, Section, SourceRef, Version, VersionKind } from './types.js';
import type { Localized } from '../types.js';

/** The words of a source post, or undefined when it is gone (hidden, erased, meeting deleted). */
export type SourceText = (ref: SourceRef) => string | undefined;

export interface ShownSource extends SourceRef {
  text: string;
}

export interface ShownParagraph {
  id: string;
  text: Localized;
  /** The sources that can still be shown; `sourceCount` counts those that no longer can as well. */
  sources: ShownSource[];
  sourceCount: number;
  /**
   * The draft's view only: the links whose posts cannot be shown now (hidden, withdrawn,
   * erased, or their meeting detached), so that saving the paragraph keeps them: a post
   * shown again later is linked again.
   */
  unshown?: SourceRef[];
}

export interface ShownSection {
  id: string;
  heading: Localized;
  role?: Section['role'];
  paragraphs: ShownParagraph[];
}

export const showSections = (sections: Section[], sourceText: SourceText, { keepUnshown = false } = {}): ShownSection[] =>
  sections.map((s) => ({
    id: s.id,
    heading: s.heading,
    ...(s.role ? { role: s.role } : {}),
    paragraphs: s.paragraphs.map((p) => {
      const sources: ShownSource[] = [];
      const unshown: SourceRef[] = [];
      for (const ref of p.sources) {
        const text = sourceText(ref);
        if (text === undefined) unshown.push(ref);
        else sources.push({ ...ref, text });
      }
      return { id: p.id, text: p.text, sourceCount: p.sources.length, sources, ...(keepUnshown ? { unshown } : {}) };
    })
  }));

export interface VersionSummary {
  number: number;
  kind: VersionKind;
  publishedAt: number;
  closesAt?: number;
  allowAnonymous?: boolean;
  answers?: number;
  decidedOn?: string;
  decision?: string;
  /** Remiss only. */
  comments?: number;
  answered?: number;
  hidden?: number;
  compiled?: boolean;
}

function summaryOf(state: AgreementState, v: Version): VersionSummary {
  const { sections: _sections, ...summary } = v;
  if (v.kind !== 'remiss') return summary;
  const comments = state.comments.filter((c) => c.version === v.number);
  return {
    ...summary,
    comments: comments.length,
    answered: comments.filter((c) => c.answer && !c.hidden).length,
    hidden: comments.filter((c) => c.hidden).length,
    compiled: state.compiled.includes(v.number)
  };
}

/** A comment as the organisers and the working group see it. */
export interface StaffComment extends Omit<RemissComment, 'authorId'> {
  /** The sender's id, for erasure: organisers only. */
  authorId?: string;
}

export type StaffJoin = AgreementJoin;

export interface StaffView {
  audience: 'organiser' | 'editor';
  id: string;
  seriesId: string;
  code: string;
  title: Localized;
  seq: number;
  draft: ShownSection[];
  versions: VersionSummary[];
  /** The remiss version open for comments now, if any. */
  openRemiss: number | null;
  adopted: number | null;
  comments: StaffComment[];
  /** Organisers only: the register of joined associations with their contact people. */
  joins: StaffJoin[];
  /** Organisers only. */
  editors: { id: string; name: string; invitedAt: number; revoked: boolean }[];
}

export function staffView(state: AgreementState, audience: 'organiser' | 'editor', now: number, sourceText: SourceText): StaffView {
  const organiser = audience === 'organiser';
  return {
    audience,
    id: state.id,
    seriesId: state.seriesId,
    code: state.code,
    title: state.title,
    seq: state.seq,
    draft: showSections(state.draft, sourceText, { keepUnshown: true }),
    versions: state.versions.map((v) => summaryOf(state, v)),
    openRemiss: openRemiss(state, now)?.number ?? null,
    adopted: adopted(state)?.number ?? null,
    comments: state.comments.map(({ authorId, contact, ...c }) => ({ ...c, contact: organiser ? contact : '', ...(organiser ? { authorId } : {}) })),
    joins: organiser ? state.joins.map((j) => ({ ...j })) : [],
    editors: organiser ? state.editors.map((e) => ({ id: e.id, name: e.name, invitedAt: e.invitedAt, revoked: e.revoked === true })) : []
  };
}

/** A comment as the public sees it: for an association, or anonymous; never the person or contact. */
export interface PublicComment {
  id: string;
  sectionId: string;
  text: string;
  /** Empty when sent anonymously, or when its sender was erased. */
  association: string;
  erased: boolean;
  at: number;
  answer?: CommentAnswer;
}

const publicComment = (c: RemissComment, withAnswer: boolean): PublicComment => ({
  id: c.id,
  sectionId: c.sectionId,
  text: c.text,
  association: c.association,
  erased: c.erased === true,
  at: c.at,
  ...(withAnswer && c.answer ? { answer: c.answer } : {})
});

export interface PublishedVersion {
  number: number;
  kind: VersionKind;
  publishedAt: number;
  sections: ShownSection[];
  closesAt?: number;
  allowAnonymous?: boolean;
  decidedOn?: string;
  decision?: string;
}

export type PublicStage = 'draft' | 'remiss' | 'closed' | 'compiled' | 'adopted';

export interface PublicView {
  code: string;
  title: Localized;
  stage: PublicStage;
  /** The text to read now: the adopted one, else the latest published; null before anything is published. */
  current: PublishedVersion | null;
  /** True while `current` takes comments. */
  commentsOpen: boolean;
  /** The reader's own comments on any version, with the answer once its compilation is out. */
  own: PublicComment[];
  /** The remiss versions whose compilation is out, newest first. */
  compilations: { remiss: number; revised: number; publishedAt: number }[];
  /** After adoption: the associations that agreed to be listed (by name), and how many joined in all. */
  joined: { listed: string[]; total: number } | null;
}

const published = (v: Version, sourceText: SourceText): PublishedVersion => ({
  number: v.number,
  kind: v.kind,
  publishedAt: v.publishedAt,
  sections: showSections(v.sections, sourceText),
  ...(v.closesAt !== undefined ? { closesAt: v.closesAt } : {}),
  ...(v.allowAnonymous !== undefined ? { allowAnonymous: v.allowAnonymous } : {}),
  ...(v.decidedOn !== undefined ? { decidedOn: v.decidedOn, decision: v.decision ?? '' } : {})
});

const shownJoins = (joins: AgreementJoin[]) => joins.filter((j) => !j.hidden && !j.erased);

export function publicView(state: AgreementState, now: number, authorId: string | undefined, sourceText: SourceText): PublicView {
  const open = openRemiss(state, now);
  const done = adopted(state);
  const current = done ?? open ?? state.versions.at(-1);
  const compilations = state.versions
    .filter((v) => v.kind === 'revised' && v.answers !== undefined)
    .map((v) => ({ remiss: v.answers as number, revised: v.number, publishedAt: v.publishedAt }))
    .reverse();
  const stage: PublicStage = done ? 'adopted' : open ? 'remiss' : current?.kind === 'revised' ? 'compiled' : current ? 'closed' : 'draft';
  const joins = shownJoins(state.joins);
  return {
    code: state.code,
    title: state.title,
    stage,
    current: current ? published(current, sourceText) : null,
    commentsOpen: open !== undefined,
    own: authorId ? state.comments.filter((c) => c.authorId === authorId).map((c) => publicComment(c, state.compiled.includes(c.version))) : [],
    compilations,
    joined: done
      ? {
          listed: [...new Set(joins.filter((j) => j.listed).map((j) => j.association))].sort((a, b) => a.localeCompare(b, 'sv')),
          total: new Set(joins.map((j) => j.association.toLocaleLowerCase('sv'))).size
        }
      : null
  };
}

export interface CompiledSection {
  sectionId: string;
  heading: Localized;
  comments: PublicComment[];
  /** Comments hidden by a moderator: counted, with their reasons, never their words. */
  hidden: { reason: string }[];
}

export interface CompilationView {
  title: Localized;
  remiss: PublishedVersion;
  revised: PublishedVersion;
  totals: { comments: number; accepted: number; partly: number; rejected: number; hidden: number; associations: number };
  /** Per section of the remiss version, in its order. */
  sections: CompiledSection[];
  /** What changed from the remiss version to the revised one (Swedish text). */
  changes: SectionChange[];
}

/**
 * The changes from a remiss version to the revised one that answers it, per revised
 * version: both are never changed once published, so the diff is made once per process,
 * not for every reader of the compilation.
 */
const changesMade = new WeakMap<Version, SectionChange[]>();
function changesOf(remiss: Version, revised: Version): SectionChange[] {
  const made = changesMade.get(revised) ?? versionDiff(remiss.sections, revised.sections);
  changesMade.set(revised, made);
  return made;
}

/** The remissammanställning of one remiss version, once published; undefined before. */
export function compilationView(state: AgreementState, remissNumber: number, sourceText: SourceText): CompilationView | undefined {
  const remiss = state.versions.find((v) => v.number === remissNumber && v.kind === 'remiss');
  const revised = state.versions.find((v) => v.kind === 'revised' && v.answers === remissNumber);
  if (!remiss || !revised || !state.compiled.includes(remissNumber)) return undefined;
  const comments = state.comments.filter((c) => c.version === remissNumber);
  const shown = comments.filter((c) => !c.hidden);
  const count = (verdict: string) => shown.filter((c) => c.answer?.verdict === verdict).length;
  return {
    title: state.title,
    remiss: published(remiss, sourceText),
    revised: published(revised, sourceText),
    totals: {
      comments: shown.length,
      accepted: count('accepted'),
      partly: count('partly'),
      rejected: count('rejected'),
      hidden: comments.length - shown.length,
      associations: new Set(shown.filter((c) => c.association).map((c) => c.association.toLocaleLowerCase('sv'))).size
    },
    sections: remiss.sections.map((s) => ({
      sectionId: s.id,
      heading: s.heading,
      comments: shown.filter((c) => c.sectionId === s.id).map((c) => publicComment(c, true)),
      hidden: comments.filter((c) => c.sectionId === s.id && c.hidden).map((c) => ({ reason: c.hidden?.reason ?? '' }))
    })),
    changes: changesOf(remiss, revised)
  };
}
