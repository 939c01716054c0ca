/**
 * The rules of the agreement process: each command's check and effect on the state. Every
 * rule checks everything before it changes anything, so a refused command changes nothing.
 * Who may send what is in `AGREEMENT_RULES` (rules.ts); the draft's own edits are in
 * draft.ts.
 */
import { AGREEMENT_LIMITS as L } from './limits.js';
import type { AgreementCommandOf, AgreementEntry, AgreementError, AgreementResult, AgreementState, RemissComment, Section, Version } from './types.js';

export const refuse = (error: AgreementError): { ok: false; error: AgreementError } => ({ ok: false, error });
export const accept = <T extends object>(data: T = {} as T): AgreementResult<T> => ({ ok: true, ...data });

export const tidy = (text: string) => text.trim();

/** A deep copy of the draft: a published version must not change when the draft does. */
const copySections = (sections: Section[]): Section[] => structuredClone(sections);

/** The remiss version open for comments at `at`, if any. */
export const openRemiss = (state: AgreementState, at: number): Version | undefined =>
  state.versions.find((v) => v.kind === 'remiss' && (v.closesAt ?? 0) > at);

export const latestOf = (state: AgreementState, kind: Version['kind']): Version | undefined =>
  state.versions.findLast((v) => v.kind === kind);

export const adopted = (state: AgreementState) => latestOf(state, 'adopted');

/** Whether a draft with these sections may be published: it must have some text. */
const hasText = (sections: Section[]) => sections.some((s) => s.paragraphs.some((p) => p.text.sv.trim().length > 0));

export function publishRemiss(state: AgreementState, entry: AgreementEntry, c: AgreementCommandOf<'remiss:publish'>): AgreementResult<{ version: number }> {
  if (adopted(state)) return refuse('already_adopted');
  if (openRemiss(state, entry.at)) return refuse('remiss_open');
  if (c.closesAt <= entry.at) return refuse('invalid_payload');
  if (!hasText(state.draft)) return refuse('nothing_to_publish');
  if (state.versions.length >= L.versions) return refuse('limit_reached');
  const number = state.versions.length + 1;
  state.versions.push({ number, kind: 'remiss', publishedAt: entry.at, sections: copySections(state.draft), closesAt: c.closesAt, allowAnonymous: c.allowAnonymous });
  return accept({ version: number });
}

export function closeRemiss(state: AgreementState, entry: AgreementEntry): AgreementResult {
  const open = openRemiss(state, entry.at);
  if (!open) return refuse('remiss_closed');
  open.closesAt = entry.at;
  return accept();
}

/** A moderator's or answerer's reason, tidied: it must say something, and not too much. */
function reasonOf(text: string): string | ReturnType<typeof refuse> {
  const reason = tidy(text);
  if (!reason) return refuse('text_empty');
  return reason.length > L.reason ? refuse('text_too_long') : reason;
}

const commentOf = (state: AgreementState, id: string) => state.comments.find((c) => c.id === id);

/**
 * Whether this sender has been erased. What they send after it would be sealed under a key
 * never stored (server/agreement/agreement-log.ts) and read back as stand-ins: refused
 * instead, so no comment nobody can read waits for an answer. Their browser makes a new token.
 */
export const erasedAuthor = (state: AgreementState, authorId: string): boolean =>
  state.comments.some((c) => c.authorId === authorId && c.erased) || state.joins.some((j) => j.authorId === authorId && j.erased);

export function addComment(state: AgreementState, entry: AgreementEntry, authorId: string, c: AgreementCommandOf<'comment:add'>): AgreementResult<{ commentId: string }> {
  if (erasedAuthor(state, authorId)) return refuse('forbidden');
  const version = state.versions.find((v) => v.number === c.version);
  if (!version || version.kind !== 'remiss') return refuse('version_not_found');
  if ((version.closesAt ?? 0) <= entry.at) return refuse('remiss_closed');
  if (!version.sections.some((s) => s.id === c.sectionId)) return refuse('section_not_found');
  const text = tidy(c.text);
  if (!text) return refuse('text_empty');
  if (text.length > L.commentText) return refuse('text_too_long');
  const name = tidy(c.name);
  const association = tidy(c.association);
  const contact = tidy(c.contact);
  if ((!name || !association) && !version.allowAnonymous) return refuse('anonymous_not_allowed');
  if (contact && !c.consent) return refuse('consent_required');
  if (commentOf(state, c.commentId)) return refuse('already_exists');
  if (state.comments.length >= L.comments) return refuse('limit_reached');
  const own = state.comments.filter((x) => x.authorId === authorId && x.version === c.version).length;
  if (own >= L.commentsPerAuthor) return refuse('limit_reached');
  state.comments.push({ id: c.commentId, authorId, version: c.version, sectionId: c.sectionId, text, name, association, contact, at: entry.at });
  return accept({ commentId: c.commentId });
}

/** A comment a moderator may act on: it exists and its author has not been erased. */
function moderated(state: AgreementState, id: string): RemissComment | AgreementResult {
  const comment = commentOf(state, id);
  return comment ?? refuse('comment_not_found');
}

export function hideComment(state: AgreementState, entry: AgreementEntry, c: AgreementCommandOf<'comment:hide'>): AgreementResult {
  const comment = moderated(state, c.commentId);
  if ('ok' in comment) return comment;
  const reason = reasonOf(c.reason);
  if (typeof reason !== 'string') return reason;
  // The reason is kept: the compilation counts hidden comments and says why.
  comment.hidden = { reason, at: entry.at };
  return accept();
}

export function unhideComment(state: AgreementState, c: AgreementCommandOf<'comment:unhide'>): AgreementResult {
  const comment = moderated(state, c.commentId);
  if ('ok' in comment) return comment;
  delete comment.hidden;
  return accept();
}

export function answerComment(state: AgreementState, entry: AgreementEntry, c: AgreementCommandOf<'comment:answer'>): AgreementResult {
  const comment = moderated(state, c.commentId);
  if ('ok' in comment) return comment;
  const reason = reasonOf(c.reason);
  if (typeof reason !== 'string') return reason;
  // An answer may be revised until the compilation is out; after that it is on the record.
  if (state.compiled.includes(comment.version)) return refuse('forbidden');
  comment.answer = { verdict: c.verdict, reason, at: entry.at };
  return accept();
}

/**
 * Publishes the compilation of a closed remiss: every comment that is not hidden must have
 * an answer, and the draft as it now stands is published with it as the revised version,
 * so the public page can show what changed.
 */
export function publishCompilation(state: AgreementState, entry: AgreementEntry, c: AgreementCommandOf<'compilation:publish'>): AgreementResult<{ version: number }> {
  const remiss = state.versions.find((v) => v.number === c.version);
  if (!remiss || remiss.kind !== 'remiss') return refuse('version_not_found');
  if ((remiss.closesAt ?? 0) > entry.at) return refuse('remiss_not_closed');
  if (state.compiled.includes(remiss.number)) return refuse('already_exists');
  const unanswered = state.comments.some((x) => x.version === remiss.number && !x.hidden && !x.answer);
  if (unanswered) return refuse('unanswered_comments');
  if (!hasText(state.draft)) return refuse('nothing_to_publish');
  if (state.versions.length >= L.versions) return refuse('limit_reached');
  const number = state.versions.length + 1;
  state.versions.push({ number, kind: 'revised', publishedAt: entry.at, sections: copySections(state.draft), answers: remiss.number });
  state.compiled.push(remiss.number);
  return accept({ version: number });
}

export function adopt(state: AgreementState, entry: AgreementEntry, c: AgreementCommandOf<'agreement:adopt'>): AgreementResult<{ version: number }> {
  if (adopted(state)) return refuse('already_adopted');
  if (openRemiss(state, entry.at)) return refuse('remiss_open');
  if (!hasText(state.draft)) return refuse('nothing_to_publish');
  const decision = tidy(c.decision);
  if (decision.length > L.decision) return refuse('text_too_long');
  if (state.versions.length >= L.versions) return refuse('limit_reached');
  const number = state.versions.length + 1;
  state.versions.push({ number, kind: 'adopted', publishedAt: entry.at, sections: copySections(state.draft), decidedOn: c.decidedOn, decision });
  return accept({ version: number });
}

export function addJoin(state: AgreementState, entry: AgreementEntry, authorId: string, c: AgreementCommandOf<'join:add'>): AgreementResult<{ joinId: string }> {
  if (erasedAuthor(state, authorId)) return refuse('forbidden');
  if (!adopted(state)) return refuse('not_adopted');
  const association = tidy(c.association);
  const contactName = tidy(c.contactName);
  const contact = tidy(c.contact);
  if (!association || !contactName || !contact) return refuse('text_empty');
  // The register is a list of people to reach: joining means agreeing to be reached.
  if (!c.consent) return refuse('consent_required');
  if (state.joins.some((j) => j.id === c.joinId)) return refuse('already_exists');
  if (state.joins.length >= L.joins) return refuse('limit_reached');
  state.joins.push({ id: c.joinId, authorId, association, contactName, contact, listed: c.listed, at: entry.at });
  return accept({ joinId: c.joinId });
}

export function hideJoin(state: AgreementState, entry: AgreementEntry, c: AgreementCommandOf<'join:hide'>): AgreementResult {
  const join = state.joins.find((j) => j.id === c.joinId);
  if (!join) return refuse('join_not_found');
  const reason = reasonOf(c.reason);
  if (typeof reason !== 'string') return reason;
  join.hidden = { reason, at: entry.at };
  return accept();
}

/**
 * Erases one sender: their comments keep their place and answers (the compilation is a
 * public record of how the text was changed) but lose their words and who sent them; their
 * joins lose the contact person, and their association leaves the public list.
 */
export function eraseAuthor(state: AgreementState, authorId: string): AgreementResult<{ comments: number; joins: number }> {
  // Only what is not erased yet: erasing again finds nothing, and writes nothing to the log.
  const comments = state.comments.filter((c) => c.authorId === authorId && !c.erased);
  const joins = state.joins.filter((j) => j.authorId === authorId && !j.erased);
  if (comments.length === 0 && joins.length === 0) return refuse('forbidden');
  for (const comment of comments) Object.assign(comment, { text: '', name: '', association: '', contact: '', erased: true });
  for (const join of joins) Object.assign(join, { association: '', contactName: '', contact: '', listed: false, erased: true });
  return accept({ comments: comments.length, joins: joins.length });
}
