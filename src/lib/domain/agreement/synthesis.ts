/**
 * A first text for the principles' section and the activity plan, drawn from the series
 * synthesis: per principle, the most-voted interpretations (first round) or activities
 * (last round), each paragraph keeping every post behind it as a source. The working group
 * rewrites the words; the links to what associations said stay.
 */
import type { SeriesGroup, SeriesRound, SeriesView } from '../series-view.js';
import { AGREEMENT_LIMITS } from './limits.js';
import type { ParagraphInput, SectionRole, SourceRef } from './types.js';

/** How many groups per principle a first text takes: the strongest, not the long tail. */
export const SYNTHESIS_TOP = { principles: 3, activities: 5 } as const;

/** Every post behind the groups, strongest group first, as many as a paragraph keeps. */
const sourcesOf = (groups: SeriesGroup[]): SourceRef[] =>
  groups.flatMap((g) => g.items.map((i) => ({ workshopId: i.workshopId, postId: i.postId }))).slice(0, AGREEMENT_LIMITS.sourcesPerParagraph);

/** The text of one principle's paragraph: its name, then its top groups' words as a list. */
function paragraphText(name: string, groups: SeriesGroup[], role: SectionRole): string {
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  const items = groups.map((g) => (role === 'principles' ? sentence(g.text) : `– ${g.text}`));
  return role === 'principles' ? `${name}: ${items.join(' ')}` : [name, ...items].join('\n');
}

/** The round a section of this role is drawn from: the first round for principles, the last for activities. */
export const roundFor = (view: Pick<SeriesView, 'rounds'>, role: SectionRole): SeriesRound | undefined =>
  role === 'principles' ? view.rounds[0] : view.rounds.length > 1 ? view.rounds[view.rounds.length - 1] : undefined;

/**
 * The paragraphs a section of this role starts from: one per principle that has posts, in
 * the principles' order, written in Swedish (the posts' own words are in whatever language
 * they were written; the principle's name is given in the others where the setup has it).
 */
export function synthesisParagraphs(view: Pick<SeriesView, 'rounds'>, role: SectionRole): ParagraphInput[] {
  const round = roundFor(view, role);
  if (!round) return [];
  return round.topics
    .map((topic) => ({ topic, groups: topic.groups.slice(0, SYNTHESIS_TOP[role]) }))
    .filter(({ groups }) => groups.length > 0)
    .map(({ topic, groups }) => ({ text: { sv: paragraphText(topic.name.sv, groups, role) }, sources: sourcesOf(groups) }));
}
