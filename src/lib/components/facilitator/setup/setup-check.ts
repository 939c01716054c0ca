import { LIMITS } from '$lib/domain/limits.js';
import { tidyLocalized } from '$lib/domain/setup.js';
import type { Localized, WorkshopSetup } from '$lib/domain/types.js';
import type { MessageKey } from '$lib/i18n/index.svelte.js';

/** The protocol's own bounds for what it does not take from LIMITS. */
export const POST_NOUN_MAX = 40;
export const SECTOR_MAX = 60;

export interface FieldError {
  key: MessageKey;
  params?: Record<string, number>;
}

/** Field id → what is wrong with it. Field ids are the inputs' DOM ids. */
export type FieldErrors = Record<string, FieldError>;

/** DOM ids of the editor's fields, one scheme for the inputs and the checks. */
export const fieldId = (...parts: string[]) => `setup-${parts.join('-')}`;

/** The checked fields of one principle or round card, to unfold the cards that need fixing. */
const ITEM_FIELDS = { topic: ['name-sv'], round: ['title-sv', 'prompt-sv', 'noun-sv', 'votes', 'stack'] } as const;
export const itemHasError = (errors: FieldErrors, kind: keyof typeof ITEM_FIELDS, id: string) =>
  ITEM_FIELDS[kind].some((field) => fieldId(kind, id, field) in errors);

const blank = (text: Localized) => !text.sv.trim();
const isCount = (n: unknown, min: number, max: number) => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;

/**
 * What the form must fix before saving, checked in the browser so each message sits at
 * its field. The server checks again (and more); this only spares a round trip.
 */
export function checkSetup(setup: WorkshopSetup): FieldErrors {
  const errors: FieldErrors = {};
  const required = (text: Localized, id: string) => {
    if (blank(text)) errors[`${id}-sv`] = { key: 'setup.error.required' };
  };
  required(setup.title, fieldId('title'));
  for (const topic of setup.topics) required(topic.name, fieldId('topic', topic.id, 'name'));
  for (const round of setup.rounds) {
    required(round.title, fieldId('round', round.id, 'title'));
    required(round.prompt, fieldId('round', round.id, 'prompt'));
    required(round.postNoun, fieldId('round', round.id, 'noun'));
    if (!isCount(round.budget.votes, 1, LIMITS.votesPerBudget)) {
      errors[fieldId('round', round.id, 'votes')] = { key: 'setup.error.range', params: { min: 1, max: LIMITS.votesPerBudget } };
    }
    const stackMax = Math.min(LIMITS.votesPerPost, isCount(round.budget.votes, 1, LIMITS.votesPerBudget) ? round.budget.votes : LIMITS.votesPerPost);
    if (!isCount(round.maxVotesPerPost, 1, stackMax)) {
      errors[fieldId('round', round.id, 'stack')] = { key: 'setup.error.stack', params: { max: stackMax } };
    }
  }
  for (const sector of setup.sectors) required(sector.name, fieldId('sector', sector.id));
  for (const question of setup.evaluation) required(question.text, fieldId('question', question.id));
  return errors;
}

/** The setup as it is sent: texts trimmed, empty translations left out, agenda links to removed rounds dropped. */
export function tidySetup(setup: WorkshopSetup): WorkshopSetup {
  const roundIds = new Set(setup.rounds.map((r) => r.id));
  return {
    ...setup,
    title: tidyLocalized(setup.title),
    topics: setup.topics.map((t) => ({ id: t.id, name: tidyLocalized(t.name), description: tidyLocalized(t.description) })),
    rounds: setup.rounds.map((r) => ({ ...r, title: tidyLocalized(r.title), prompt: tidyLocalized(r.prompt), postNoun: tidyLocalized(r.postNoun), budget: { ...r.budget } })),
    // The agenda is edited elsewhere; an item about a removed round stays, without the link.
    agenda: setup.agenda.map(({ roundId, ...item }) => (roundId !== undefined && roundIds.has(roundId) ? { ...item, roundId } : item)),
    sectors: setup.sectors.map((s) => ({ id: s.id, name: tidyLocalized(s.name) })),
    evaluation: setup.evaluation.map((q) => ({ id: q.id, text: tidyLocalized(q.text) })),
    settings: { ...setup.settings }
  };
}
