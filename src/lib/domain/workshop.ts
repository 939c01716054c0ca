import { NewerRulesError, RULES_VERSION } from './rules-version.js';
import { withSetupDefaults } from './setup.js';
import type { Command, LogEntry, WorkshopState } from './types.js';

/**
 * The state a workshop starts in, from its first log entry. A log written under newer rules
 * than this code knows is refused (NewerRulesError) rather than replayed under the wrong ones.
 */
export function createWorkshopState(entry: LogEntry & { command: Extract<Command, { type: 'workshop:create' }> }): WorkshopState {
  const { command } = entry;
  const rules = command.rules ?? 1;
  if (rules > RULES_VERSION) throw new NewerRulesError(rules);
  return {
    id: command.workshopId,
    code: command.code,
    keyHash: command.keyHash,
    createdAt: entry.at,
    rules,
    // Logs written before a setting existed get its default, so old workshops still load.
    setup: withSetupDefaults(structuredClone(command.setup)),
    phase: { kind: 'lobby' },
    revealed: [],
    agendaItemId: null,
    joinsClosed: false,
    timer: null,
    screen: { view: 'auto' },
    display: { language: null, pausedAt: null, shiftMs: entry.at },
    participants: new Map(),
    participantByToken: new Map(),
    posts: new Map(),
    postsByAuthor: new Map(),
    mergedFrom: new Map(),
    sample: { lots: new Map(), next: new Map(), homes: new Map(), frozen: new Map() },
    evaluations: new Map(),
    summary: '',
    published: null,
    updates: [],
    associations: new Map(),
    outcomes: new Map(),
    seq: entry.seq,
    updatedAt: entry.at
  };
}

export function isCreateEntry(entry: LogEntry): entry is LogEntry & { command: Extract<Command, { type: 'workshop:create' }> } {
  return entry.command.type === 'workshop:create';
}

/** Rebuilds a workshop from its whole log; the same entries always give the same state. */
export function replay(entries: readonly LogEntry[], apply: (state: WorkshopState, entry: LogEntry) => unknown): WorkshopState {
  const [first, ...rest] = entries;
  if (!first || !isCreateEntry(first)) throw new Error('A workshop log must start with workshop:create');
  const state = createWorkshopState(first);
  for (const entry of rest) apply(state, entry);
  return state;
}
