/**
 * The working draft and who may write it: sections with headings and paragraphs, each
 * paragraph keeping the posts it came from, and the working group's members.
 */
import { accept, refuse, tidy } from './apply.js';
import { AGREEMENT_LIMITS as L } from './limits.js';
import type { AgreementCommandOf, AgreementEntry, AgreementResult, AgreementState, Paragraph, ParagraphInput, Section, SourceRef } from './types.js';
import type { Localized } from '../types.js';

/** A localized text as kept: trimmed, with empty translations left out. */
export function tidyLocalized(text: Localized): Localized {
  const out: Localized = { sv: tidy(text.sv) };
  if (text.en?.trim()) out.en = tidy(text.en);
  if (text.ar?.trim()) out.ar = tidy(text.ar);
  return out;
}

const localizedLength = (text: Localized) => text.sv.length + (text.en?.length ?? 0) + (text.ar?.length ?? 0);

/** Characters of the whole draft in every language: bounded, since each version keeps a copy. */
export const draftLength = (sections: Section[]) =>
  sections.reduce((sum, s) => sum + localizedLength(s.heading) + s.paragraphs.reduce((n, p) => n + localizedLength(p.text), 0), 0);

/** Links to posts in the whole draft. */
export const draftSources = (sections: Section[]) => sections.reduce((sum, s) => sum + s.paragraphs.reduce((n, p) => n + p.sources.length, 0), 0);

const sectionOf = (state: AgreementState, id: string) => state.draft.find((s) => s.id === id);

function checkHeading(heading: Localized): AgreementResult {
  if (!heading.sv) return refuse('text_empty');
  if ([heading.sv, heading.en ?? '', heading.ar ?? ''].some((t) => t.length > L.heading)) return refuse('text_too_long');
  return accept();
}

export function setTitle(state: AgreementState, c: AgreementCommandOf<'agreement:title'>): AgreementResult {
  const title = tidyLocalized(c.title);
  if (!title.sv) return refuse('text_empty');
  if ([title.sv, title.en ?? '', title.ar ?? ''].some((t) => t.length > L.title)) return refuse('text_too_long');
  state.title = title;
  return accept();
}

export function addSection(state: AgreementState, c: AgreementCommandOf<'section:add'>): AgreementResult<{ sectionId: string }> {
  const heading = tidyLocalized(c.heading);
  const checked = checkHeading(heading);
  if (!checked.ok) return checked;
  if (sectionOf(state, c.sectionId)) return refuse('already_exists');
  if (state.draft.length >= L.sections) return refuse('limit_reached');
  const after = c.afterSectionId === undefined ? state.draft.length - 1 : state.draft.findIndex((s) => s.id === c.afterSectionId);
  if (c.afterSectionId !== undefined && after < 0) return refuse('section_not_found');
  state.draft.splice(after + 1, 0, { id: c.sectionId, heading, paragraphs: [] });
  return accept({ sectionId: c.sectionId });
}

/** Same post twice in one paragraph counts once. */
function uniqueSources(sources: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.workshopId}/${s.postId}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

/**
 * Replaces a section's heading and paragraphs. A paragraph that names no id is new and gets
 * one made from the entry (`p<seq>-<index>`), so every process and replay agree on it.
 */
export function editSection(state: AgreementState, entry: AgreementEntry, c: AgreementCommandOf<'section:edit'>): AgreementResult {
  const section = sectionOf(state, c.sectionId);
  if (!section) return refuse('section_not_found');
  const heading = tidyLocalized(c.heading);
  const checked = checkHeading(heading);
  if (!checked.ok) return checked;
  if (c.paragraphs.length > L.paragraphs) return refuse('limit_reached');
  const ids = new Set<string>();
  const paragraphs: Paragraph[] = [];
  for (const [index, input] of c.paragraphs.entries()) {
    const paragraph = paragraphOf(input, `p${entry.seq}-${index}`);
    if (!paragraph.text.sv && !paragraph.text.en && !paragraph.text.ar && paragraph.sources.length === 0) continue;
    if ([paragraph.text.sv, paragraph.text.en ?? '', paragraph.text.ar ?? ''].some((t) => t.length > L.paragraphText)) return refuse('text_too_long');
    if (paragraph.sources.length > L.sourcesPerParagraph) return refuse('limit_reached');
    if (ids.has(paragraph.id)) return refuse('invalid_payload');
    ids.add(paragraph.id);
    paragraphs.push(paragraph);
  }
  const next = state.draft.map((s) => (s === section ? { ...s, heading, paragraphs } : s));
  if (draftLength(next) > L.draftText || draftSources(next) > L.draftSources) return refuse('limit_reached');
  state.draft = next;
  return accept();
}

const paragraphOf = (input: ParagraphInput, madeId: string): Paragraph => ({
  id: input.id ?? madeId,
  text: tidyLocalized(input.text),
  sources: uniqueSources(input.sources)
});

export function moveSection(state: AgreementState, c: AgreementCommandOf<'section:move'>): AgreementResult {
  const from = state.draft.findIndex((s) => s.id === c.sectionId);
  if (from < 0) return refuse('section_not_found');
  if (c.toIndex < 0 || c.toIndex >= state.draft.length) return refuse('invalid_payload');
  const [section] = state.draft.splice(from, 1) as [Section];
  state.draft.splice(c.toIndex, 0, section);
  return accept();
}

export function removeSection(state: AgreementState, c: AgreementCommandOf<'section:remove'>): AgreementResult {
  if (!sectionOf(state, c.sectionId)) return refuse('section_not_found');
  state.draft = state.draft.filter((s) => s.id !== c.sectionId);
  return accept();
}

export function inviteEditor(state: AgreementState, entry: AgreementEntry, c: AgreementCommandOf<'editor:invite'>): AgreementResult<{ editorId: string }> {
  const name = tidy(c.name);
  if (!name) return refuse('text_empty');
  if (name.length > L.name) return refuse('text_too_long');
  if (state.editors.some((e) => e.id === c.editorId)) return refuse('already_exists');
  if (state.editors.length >= L.editors) return refuse('limit_reached');
  state.editors.push({ id: c.editorId, name, keyHash: c.keyHash, invitedAt: entry.at });
  return accept({ editorId: c.editorId });
}

export function revokeEditor(state: AgreementState, c: AgreementCommandOf<'editor:revoke'>): AgreementResult {
  const editor = state.editors.find((e) => e.id === c.editorId);
  if (!editor) return refuse('editor_not_found');
  editor.revoked = true;
  return accept();
}
