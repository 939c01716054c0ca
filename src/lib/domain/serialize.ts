import type { WorkshopState } from './types.js';

const entries = <V>(map: Map<string, V>) => [...map.entries()].sort(([a], [b]) => a.localeCompare(b));

/**
 * A plain, ordered copy of the state, for comparing two states (determinism, restarts,
 * "bad input changed nothing") and for exports. Sets and maps become sorted arrays.
 */
export function serializeState(state: WorkshopState) {
  return {
    id: state.id,
    code: state.code,
    createdAt: state.createdAt,
    setup: state.setup,
    phase: state.phase,
    revealed: [...state.revealed],
    agendaItemId: state.agendaItemId,
    timer: state.timer,
    screen: state.screen,
    display: state.display,
    participants: [...state.participants.values()]
      .map(({ tokenHash: _token, votes, ...p }) => ({ ...p, votes: entries(votes) }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    posts: [...state.posts.values()].map((p) => ({ ...p, voters: entries(p.voters) })).sort((a, b) => a.id.localeCompare(b.id)),
    evaluations: entries(state.evaluations),
    associations: entries(state.associations).map(([key, { name, count }]) => [key, { name, count }] as const)
  };
}

export type SerializedState = ReturnType<typeof serializeState>;
