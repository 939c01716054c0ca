import type { WorkshopState } from './types.js';

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
    participants: [...state.participants.values()]
      .map((p) => ({ id: p.id, name: p.name, association: p.association, joinedAt: p.joinedAt, votes: [...p.votes].sort() }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    posts: [...state.posts.values()]
      .map((p) => ({ ...p, voters: [...p.voters].sort() }))
      .sort((a, b) => a.id.localeCompare(b.id))
  };
}

export type SerializedState = ReturnType<typeof serializeState>;
