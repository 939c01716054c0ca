import { noChanges, fail, type Changes } from './changes.js';
import { ruleOf } from './command-registry.js';
import type { Actor, LogEntry, Outcome, WorkshopState } from './types.js';

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

/**
 * Who may send what: each command belongs to exactly one role (command-registry.ts). Every
 * handler checks everything before it changes anything, so a refusal leaves the state as it
 * was (the hub's trial relies on this: see trial.ts).
 */
export function applyCommand(state: WorkshopState, entry: LogEntry, changes: Changes): Outcome {
  const { actor, command } = entry;
  const rule = ruleOf(command.type);
  const context = { state, entry, changes };
  switch (rule.role) {
    case 'nobody':
      return rule.apply(command, context);
    case 'newcomer':
      return actor.role === 'participant' ? rule.apply(command, context) : fail('forbidden');
    case 'participant': {
      if (actor.role !== 'participant') return fail('forbidden');
      const participant = state.participants.get(actor.participantId);
      return participant ? rule.apply(command, { ...context, participant }) : fail('not_joined');
    }
    default:
      return actor.role === rule.role ? rule.apply(command, context) : fail('forbidden');
  }
}
