import { nanoid } from 'nanoid';
import { tidyLocalized } from '$lib/domain/setup.js';
import type { Localized } from '$lib/domain/types.js';
import type { SourceRef } from '$lib/domain/agreement/types.js';
import type { ShownSection, ShownSource } from '$lib/domain/agreement/views.js';
import type { StaffCommandRequest } from '$lib/protocol/agreement.js';

export interface EditedParagraph {
  /** Local only: keys the list while paragraphs move; `id` is the server's, absent for a new one. */
  key: string;
  id?: string;
  text: Localized;
  sources: ShownSource[];
  /** Sources that cannot be shown now (their post hidden or erased): kept on save, so they come back if the post does. */
  unshown: SourceRef[];
  gone: number;
}

const copy = (text: Localized): Localized => ({ sv: text.sv, en: text.en ?? '', ar: text.ar ?? '' });

/**
 * One section being edited: a copy of the section as the server last sent it, changed on
 * screen until it is saved with `section:edit`. `dirty` compares the tidied copy with what
 * the server holds, so typing and undoing is not a change.
 */
export class SectionDraft {
  heading = $state<Localized>({ sv: '' });
  paragraphs = $state<EditedParagraph[]>([]);
  #saved = $state('');

  constructor(section: ShownSection) {
    this.reset(section);
  }

  /** Takes the server's section (after a save, a fill from the synthesis, or another editor's change). */
  reset(section: ShownSection): void {
    this.heading = copy(section.heading);
    this.paragraphs = section.paragraphs.map((p) => ({ key: p.id, id: p.id, text: copy(p.text), sources: [...p.sources], unshown: [...(p.unshown ?? [])], gone: p.sourceCount - p.sources.length }));
    this.#saved = this.#fingerprint();
  }

  #fingerprint(): string {
    return JSON.stringify([tidyLocalized(this.heading), this.paragraphs.map((p) => [p.id ?? '', tidyLocalized(p.text), p.sources.map((s) => `${s.workshopId}/${s.postId}`)])]);
  }

  get dirty(): boolean {
    return this.#fingerprint() !== this.#saved;
  }

  /** The paragraphs whose Swedish text is empty: Swedish is the text every reader falls back to. */
  get emptyParagraphs(): string[] {
    return this.paragraphs.filter((p) => !p.text.sv.trim()).map((p) => p.key);
  }

  add(at = this.paragraphs.length): string {
    const key = nanoid(8);
    this.paragraphs.splice(at, 0, { key, text: { sv: '', en: '', ar: '' }, sources: [], unshown: [], gone: 0 });
    return key;
  }

  remove(key: string): void {
    this.paragraphs = this.paragraphs.filter((p) => p.key !== key);
  }

  move(key: string, by: -1 | 1): void {
    const from = this.paragraphs.findIndex((p) => p.key === key);
    const to = from + by;
    if (from < 0 || to < 0 || to >= this.paragraphs.length) return;
    const [moved] = this.paragraphs.splice(from, 1);
    if (moved) this.paragraphs.splice(to, 0, moved);
  }

  removeSource(key: string, source: ShownSource): void {
    const paragraph = this.paragraphs.find((p) => p.key === key);
    if (paragraph) paragraph.sources = paragraph.sources.filter((s) => s.postId !== source.postId || s.workshopId !== source.workshopId);
  }

  command(sectionId: string): StaffCommandRequest {
    return {
      type: 'section:edit',
      sectionId,
      heading: tidyLocalized(this.heading),
      paragraphs: this.paragraphs.map((p) => ({
        ...(p.id ? { id: p.id } : {}),
        text: tidyLocalized(p.text),
        sources: [...p.sources.map(({ workshopId, postId }) => ({ workshopId, postId })), ...p.unshown]
      }))
    };
  }
}
