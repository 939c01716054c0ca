import { fail, OK, type Changes } from '../changes.js';
import { LIMITS } from '../limits.js';
import type { LogEntry, Result, Participant, ProfileFields, WorkshopState, CommandOf } from '../types.js';

/** A profile as the domain keeps it; a sector the setup does not list is refused. */
function profileFrom(state: WorkshopState, fields: ProfileFields) {
  const sector = fields.sector ?? '';
  if (sector && !state.setup.sectors.some((s) => s.id === sector)) return undefined;
  return {
    name: fields.name.slice(0, LIMITS.name),
    association: fields.association.slice(0, LIMITS.association),
    sector,
    table: fields.table ?? null,
    showName: fields.showName ?? false
  };
}

/** The key two spellings of one association share: case, spacing and punctuation aside. */
export const associationKey = (name: string) =>
  name
    .toLocaleLowerCase('sv')
    .replace(/[\s.,;:'"()\-–]+/g, ' ')
    .trim();

function countAssociation(state: WorkshopState, name: string, delta: 1 | -1, changes: Changes): void {
  const key = associationKey(name);
  if (!key) return;
  const known = state.associations.get(key);
  if (delta === 1) {
    if (known) known.count++;
    else (state.associations.set(key, { name: name.trim(), count: 1 }), (changes.associations = true));
  } else if (known) {
    if (--known.count === 0) (state.associations.delete(key), (changes.associations = true));
  }
}

export function joinParticipant(state: WorkshopState, entry: LogEntry, command: CommandOf<'participant:join'>, changes: Changes): Result {
  if (state.participants.has(command.participantId) || state.participantByToken.has(command.tokenHash)) {
    return fail('already_exists');
  }
  if (state.joinsClosed) return fail('joins_closed');
  const profile = profileFrom(state, command);
  if (!profile) return fail('unknown_sector');
  state.participants.set(command.participantId, {
    id: command.participantId,
    tokenHash: command.tokenHash,
    ...profile,
    joinedAt: entry.at,
    votes: new Map(),
    signup: null
  });
  state.participantByToken.set(command.tokenHash, command.participantId);
  countAssociation(state, profile.association, 1, changes);
  changes.stats = true;
  return OK;
}

export function updateProfile(state: WorkshopState, participant: Participant, command: CommandOf<'participant:update'>, changes: Changes): Result {
  const profile = profileFrom(state, command);
  if (!profile) return fail('unknown_sector');
  if (associationKey(profile.association) !== associationKey(participant.association)) {
    countAssociation(state, participant.association, -1, changes);
    countAssociation(state, profile.association, 1, changes);
  }
  Object.assign(participant, profile);
  changes.stats = true;
  // A sign-up is listed with its association and sector: facilitators need the list again.
  if (participant.signup) changes.people = true;
  // Facilitators (and, with consent, the projector) see authors on posts: send those again.
  changes.authors.push(participant.id);
  return OK;
}

/** Working-group interest. The schema demands the consent box; the domain keeps the time it was given. */
export function setSignup(participant: Participant, entry: LogEntry, command: CommandOf<'signup:set'>, changes: Changes): Result {
  const name = command.name.trim().slice(0, LIMITS.name);
  const contact = command.contact.trim().slice(0, LIMITS.contact);
  if (!name || !contact) return fail('text_empty');
  participant.signup = { name, contact, at: entry.at };
  changes.people = true;
  changes.stats = true;
  return OK;
}

export function withdrawSignup(participant: Participant, changes: Changes): Result {
  if (participant.signup) {
    participant.signup = null;
    changes.people = true;
    changes.stats = true;
  }
  return OK;
}

/** One answer per participant while the evaluation is open; answering again replaces it. */
export function answerEvaluation(
  state: WorkshopState,
  entry: LogEntry,
  participant: Participant,
  command: CommandOf<'evaluation:answer'>,
  changes: Changes
): Result {
  if (state.phase.kind !== 'evaluation') return fail('evaluation_closed');
  const scores: Record<string, number> = {};
  for (const [questionId, score] of Object.entries(command.scores)) {
    if (!state.setup.evaluation.some((q) => q.id === questionId)) return fail('unknown_question');
    if (!Number.isInteger(score) || score < 1 || score > 5) return fail('invalid_payload');
    scores[questionId] = score;
  }
  state.evaluations.set(participant.id, { scores, comment: command.comment.trim().slice(0, LIMITS.comment), at: entry.at });
  changes.evaluation = true;
  return OK;
}
