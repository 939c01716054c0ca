import { noChanges, fail, type Changes } from './changes.js';
import { setScreenLanguage, turnScreenPage } from './commands/display.js';
import { setAgendaItem, setPhase, setScreenMode, timerCommand, updateSetup } from './commands/meeting.js';
import { mergePosts } from './commands/merge.js';
import { addUpdate, carryPost, publishOutcome, removeUpdate, setSummary } from './commands/outcome.js';
import { answerEvaluation, joinParticipant, setSignup, updateProfile, withdrawSignup } from './commands/participation.js';
import { addPaperNote, approvePosts, createPost, editPost, hidePost, pinPost, withdrawPost } from './commands/posts.js';
import { erasedParticipant, eraseParticipant, rotateKey } from './commands/privacy.js';
import { castVote, retractVote } from './commands/votes.js';
import type { Actor, Command, LogEntry, Outcome, WorkshopState } from './types.js';

export type { Changes } from './changes.js';

export interface ExecuteResult {
  state: WorkshopState;
  outcome: Outcome;
  changes: Changes;
}

export const actorKey = (actor: Actor) => (actor.role === 'participant' ? `p:${actor.participantId}` : actor.role);

/**
 * Applies one log entry. Deterministic: it reads only the state and the entry, so every
 * process that applies the same log reaches the same state and the same outcomes.
 *
 * The state is updated in place (and returned) so that a vote costs O(1) even in a
 * workshop with thousands of participants; replaying a log from the start builds a
 * fresh state whenever an untouched copy is needed.
 */
export function execute(state: WorkshopState, entry: LogEntry): ExecuteResult {
  const key = `${actorKey(entry.actor)}:${entry.commandId}`;
  state.seq = entry.seq;
  const earlier = state.outcomes.get(key);
  if (earlier) return { state, outcome: earlier, changes: noChanges() };

  const changes = noChanges();
  const outcome = applyCommand(state, entry, changes);
  state.outcomes.set(key, outcome);
  // Retention counts from the last change that people made: a refusal, a re-sent command or
  // the server's own timer entry does not keep a workshop alive.
  if (outcome.ok && entry.actor.role !== 'system') state.updatedAt = entry.at;
  return { state, outcome, changes };
}

type OutcomeCommand = Extract<Command, { type: 'summary:set' | 'outcome:publish' | 'update:add' | 'update:remove' | 'post:carry' }>;

function outcomeCommand(state: WorkshopState, entry: LogEntry, command: OutcomeCommand, changes: Changes): Outcome {
  switch (command.type) {
    case 'summary:set':
      return setSummary(state, command, changes);
    case 'outcome:publish':
      return publishOutcome(state, entry, command, changes);
    case 'update:add':
      return addUpdate(state, entry, command, changes);
    case 'update:remove':
      return removeUpdate(state, command, changes);
    case 'post:carry':
      return carryPost(state, entry, command, changes);
  }
}

/**
 * Who may send what: each command belongs to exactly one role. Every handler checks
 * everything before it changes anything, so a refusal leaves the state as it was (the
 * hub's trial relies on this: see trial.ts).
 */
export function applyCommand(state: WorkshopState, entry: LogEntry, changes: Changes): Outcome {
  const { actor, command } = entry;
  switch (command.type) {
    case 'workshop:create':
      return fail('already_exists');
    case 'participant:join':
      if (actor.role !== 'participant') return fail('forbidden');
      return joinParticipant(state, entry, command, changes);

    case 'timer:expire':
      if (actor.role !== 'system') return fail('forbidden');
      return timerCommand(state, entry, command, changes);

    case 'key:rotate':
      if (actor.role !== 'facilitator') return fail('forbidden');
      return rotateKey(state, command);

    case 'participant:erase': {
      // Without an id only the participant themself may ask (as before facilitators could name one).
      if (actor.role === 'system' || (actor.role === 'facilitator' && command.participantId === undefined)) return fail('forbidden');
      if (actor.role === 'participant' && command.participantId !== undefined) return fail('invalid_payload');
      const participant = state.participants.get(erasedParticipant(entry)!);
      if (!participant) return fail('not_joined');
      return eraseParticipant(state, participant, changes);
    }

    case 'workshop:close':
      if (actor.role !== 'facilitator') return fail('forbidden');
      if (state.joinsClosed !== command.closed) (state.joinsClosed = command.closed), (changes.info = true);
      return { ok: true };

    case 'summary:set':
    case 'outcome:publish':
    case 'update:add':
    case 'update:remove':
    case 'post:carry':
      if (actor.role !== 'facilitator') return fail('forbidden');
      return outcomeCommand(state, entry, command, changes);

    case 'phase:set':
    case 'post:hide':
    case 'post:pin':
    case 'post:edit':
    case 'post:merge':
    case 'post:approve':
    case 'note:add':
    case 'setup:update':
    case 'agenda:current':
    case 'timer:start':
    case 'timer:pause':
    case 'timer:resume':
    case 'timer:extend':
    case 'timer:stop':
    case 'screen:mode':
    case 'screen:language':
    case 'screen:page':
      if (actor.role !== 'facilitator') return fail('forbidden');
      switch (command.type) {
        case 'phase:set':
          return setPhase(state, entry, command, changes);
        case 'post:hide':
          return hidePost(state, command, changes);
        case 'post:pin':
          return pinPost(state, command, changes);
        case 'post:edit':
          return editPost(state, command, changes);
        case 'post:merge':
          return mergePosts(state, command, changes);
        case 'post:approve':
          return approvePosts(state, command, changes);
        case 'note:add':
          return addPaperNote(state, entry, command, changes);
        case 'setup:update':
          return updateSetup(state, entry, command, changes);
        case 'agenda:current':
          return setAgendaItem(state, command, changes);
        case 'screen:mode':
          return setScreenMode(state, entry, command, changes);
        case 'screen:language':
          return setScreenLanguage(state, command, changes);
        case 'screen:page':
          return turnScreenPage(state, entry, command, changes);
        default:
          return timerCommand(state, entry, command, changes);
      }

    default: {
      if (actor.role !== 'participant') return fail('forbidden');
      const participant = state.participants.get(actor.participantId);
      if (!participant) return fail('not_joined');
      switch (command.type) {
        case 'participant:update':
          return updateProfile(state, participant, command, changes);
        case 'post:create':
          return createPost(state, entry, participant, command, changes);
        case 'post:withdraw':
          return withdrawPost(state, participant, command, changes);
        case 'vote:cast':
          return castVote(state, entry, participant, command.postId, changes);
        case 'vote:retract':
          return retractVote(state, entry, participant, command.postId, changes);
        case 'signup:set':
          return setSignup(participant, entry, command, changes);
        case 'signup:withdraw':
          return withdrawSignup(participant, changes);
        case 'evaluation:answer':
          return answerEvaluation(state, entry, participant, command, changes);
      }
    }
  }
}
