/**
 * What changed between two published versions, section by section, as a readable word
 * diff (jsdiff's `diffWordsWithSpace`): a reader sees the sentence with the struck and the
 * new words in place, not two texts to compare by eye.
 */
import { diffWordsWithSpace } from 'diff';
import type { Language, Localized } from '../types.js';
import type { Section } from './types.js';

export interface DiffPart {
  value: string;
  added?: true;
  removed?: true;
}

export interface SectionChange {
  sectionId: string;
  /** The heading as it is after (or before, for a removed section). */
  heading: Localized;
  status: 'same' | 'changed' | 'added' | 'removed';
  /** The heading before, when it was changed. */
  headingBefore?: Localized;
  /** The section's text with its changes marked; for a section unchanged, its text as one part. */
  parts: DiffPart[];
}

const textIn = (text: Localized, language: Language) => (language === 'sv' ? text.sv : (text[language] ?? text.sv));

/** A section's paragraphs as one text, a blank line between paragraphs. */
const bodyOf = (section: Section, language: Language) => section.paragraphs.map((p) => textIn(p.text, language)).join('\n\n');

/**
 * How different a section's two texts may be (in words and spaces changed) and still be
 * marked word by word. The diff's work grows with the text times this: two long, wholly
 * different texts took minutes of the event loop (a public, unauthenticated route).
 * Beyond it the section is shown as its text before, struck, and its text after.
 */
export const MAX_DIFF_EDITS = 500;

function partsOf(before: string, after: string): DiffPart[] {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_DIFF_EDITS });
  if (!changes) return [{ value: before, removed: true }, { value: after, added: true }];
  return changes.map((c) => ({ value: c.value, ...(c.added ? { added: true as const } : {}), ...(c.removed ? { removed: true as const } : {}) }));
}

/**
 * Every section of `after` in its order, each with what changed since `before`, and after
 * them the sections `before` had that `after` no longer has. Sections are matched by id, so
 * a renamed section shows as changed, not as one removed and one added.
 */
export function versionDiff(before: Section[], after: Section[], language: Language = 'sv'): SectionChange[] {
  const old = new Map(before.map((s) => [s.id, s]));
  const changes: SectionChange[] = after.map((section) => {
    const was = old.get(section.id);
    const body = bodyOf(section, language);
    if (!was) return { sectionId: section.id, heading: section.heading, status: 'added', parts: [{ value: body, added: true }] };
    const wasBody = bodyOf(was, language);
    const renamed = textIn(was.heading, language) !== textIn(section.heading, language);
    const same = wasBody === body && !renamed;
    return {
      sectionId: section.id,
      heading: section.heading,
      status: same ? 'same' : 'changed',
      ...(renamed ? { headingBefore: was.heading } : {}),
      parts: wasBody === body ? [{ value: body }] : partsOf(wasBody, body)
    };
  });
  const kept = new Set(after.map((s) => s.id));
  for (const section of before) {
    if (!kept.has(section.id)) changes.push({ sectionId: section.id, heading: section.heading, status: 'removed', parts: [{ value: bodyOf(section, language), removed: true }] });
  }
  return changes;
}
