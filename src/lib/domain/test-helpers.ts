/**
 * Factories shared by the domain's unit tests. Pure TypeScript: no Node APIs, no test
 * framework, so it compiles with the rest of the domain.
 */
import { execute, type ExecuteResult } from './execute.js';
import { HELSINGBORG_TEMPLATE_ID, setupFromTemplate } from './template.js';
import type { Actor, Command, LogEntry, Stage, WorkshopState } from './types.js';
import { createWorkshopState } from './workshop.js';

/** Log time of the first entry: the first Helsingborg dialogue meeting, 2017. */
export const T0 = Date.UTC(2017, 2, 14, 17, 0, 0);
export const FACILITATOR: Actor = { role: 'facilitator' };
export const SYSTEM: Actor = { role: 'system' };
export const asParticipant = (participantId: string): Actor => ({ role: 'participant', participantId });

export interface TestWorkshop {
  state: WorkshopState;
  log: LogEntry[];
}

/**
 * Appends an entry with the next seq and a later `at`: one second per entry, or exactly
 * `at` when given (the clock never goes back: later entries follow it a second apart).
 */
export function append(log: LogEntry[], actor: Actor, command: Command, commandId?: string, at?: number): LogEntry {
  const last = log[log.length - 1];
  const seq = (last?.seq ?? 0) + 1;
  at ??= Math.max(T0 + seq * 1000, (last?.at ?? T0) + 1000);
  const entry: LogEntry = { seq, at, actor, commandId: commandId ?? `c${seq}`, command };
  log.push(entry);
  return entry;
}

/** A workshop made from the Helsingborg template, as its first log entry creates it (rules 1 unless given). */
export function helsingborgWorkshop(rules?: number): TestWorkshop {
  const setup = setupFromTemplate(HELSINGBORG_TEMPLATE_ID);
  if (!setup) throw new Error('template missing');
  const log: LogEntry[] = [];
  const first = append(log, SYSTEM, { type: 'workshop:create', workshopId: 'w1', code: 'HKM4TX', keyHash: 'kh', setup, ...(rules ? { rules } : {}) });
  if (first.command.type !== 'workshop:create') throw new Error('unreachable');
  return { state: createWorkshopState({ ...first, command: first.command }), log };
}

/** Appends a command to the workshop's log and applies it. */
export function run(w: TestWorkshop, actor: Actor, command: Command, commandId?: string, at?: number): ExecuteResult {
  return execute(w.state, append(w.log, actor, command, commandId, at));
}

/** Runs a command at an exact log time, for timers. */
export const runAt = (w: TestWorkshop, at: number, actor: Actor, command: Command) => run(w, actor, command, undefined, at);

/** Log time of the last entry. */
export const now = (w: TestWorkshop) => w.log[w.log.length - 1]?.at ?? T0;

export const join = (w: TestWorkshop, id: string, name = '', association = '') =>
  run(w, asParticipant(id), { type: 'participant:join', participantId: id, tokenHash: `t-${id}`, name, association });

export const setStage = (w: TestWorkshop, roundId: string, stage: Stage) =>
  run(w, FACILITATOR, { type: 'phase:set', phase: { kind: 'round', roundId, stage } });

/** Creates a post and returns its id (throws when rejected, so tests fail loudly). */
export function post(w: TestWorkshop, authorId: string, roundId: string, topicIds: string[], text: string): string {
  const { outcome } = run(w, asParticipant(authorId), { type: 'post:create', roundId, topicIds, text });
  if (!outcome.ok || !outcome.postId) throw new Error(`post rejected: ${JSON.stringify(outcome)}`);
  return outcome.postId;
}

export const vote = (w: TestWorkshop, voterId: string, postId: string) =>
  run(w, asParticipant(voterId), { type: 'vote:cast', postId });
