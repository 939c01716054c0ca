import type { Round, Stage, Topic } from '$lib/domain/types.js';
import type { AudienceSnapshot, PostView } from '$lib/domain/views.js';

/**
 * What the projector shows now, decided from `info.screen` (the facilitator's pick) and
 * the phase. Pure, so the choice can be read and tested apart from the markup.
 */

export interface RoundRef {
  round: Round;
  /** 1-based, for "Samtal 1" tags. */
  number: number;
  /** The stage when this round is the open one; null for a round shown afterwards. */
  stage: Stage | null;
}

export type Pane =
  | { kind: 'lobby' }
  /** 'auto' while a round collects or votes (and before results are revealed). */
  | { kind: 'board'; round: RoundRef }
  /** 'auto' after a closed round whose results were never revealed. */
  | { kind: 'thanks'; round: RoundRef }
  | { kind: 'wall' | 'words'; round: RoundRef; topic: Topic }
  /** topic null: every principle of the round. */
  | { kind: 'ranking'; round: RoundRef; topic: Topic | null }
  | { kind: 'overview'; round: RoundRef }
  | { kind: 'evaluation' }
  | { kind: 'updates' };

/** The posts the projector may show: merged, pending and hidden ones never count on it. */
export const screenPosts = (posts: readonly PostView[], roundId: string) =>
  posts.filter((p) => p.roundId === roundId && !p.mergedInto && !p.pending && !p.hidden);

/** Counts go up on the wall only where phones may see them too: live rounds and revealed results. */
export const talliesShown = (snapshot: AudienceSnapshot, round: Round) =>
  round.liveTallies || snapshot.info.revealed.includes(round.id);

function refOf(snapshot: AudienceSnapshot, roundId: string | undefined): RoundRef | null {
  const { rounds, phase } = snapshot.info;
  const index = rounds.findIndex((r) => r.id === roundId);
  if (index < 0) return null;
  const open = phase.kind === 'round' && phase.roundId === roundId;
  return { round: rounds[index]!, number: index + 1, stage: open ? phase.stage : null };
}

/**
 * The round a picked view is about: the one the facilitator named, else the open one,
 * else the last round that has posts (the one just held), else the first.
 */
export function pickRound(snapshot: AudienceSnapshot, roundId?: string): RoundRef | null {
  const { rounds, phase } = snapshot.info;
  const withPosts = rounds.filter((r) => snapshot.posts.some((p) => p.roundId === r.id && !p.mergedInto));
  return (
    refOf(snapshot, roundId) ??
    refOf(snapshot, phase.kind === 'round' ? phase.roundId : undefined) ??
    refOf(snapshot, withPosts.at(-1)?.id) ??
    refOf(snapshot, rounds[0]?.id)
  );
}

/**
 * The agenda item of the Helsingborg program (template-agenda.ts) that opens a meeting
 * with "Överenskommelsen – vad har hänt sedan sist?": the moment for the updates.
 */
export const SINCE_LAST_AGENDA_ITEM = 'sedan-sist';

function autoPane(snapshot: AudienceSnapshot): Pane {
  const { phase, revealed, agendaItemId, updates } = snapshot.info;
  const round = phase.kind === 'round' ? refOf(snapshot, phase.roundId) : null;
  // Before the rounds, while that item is on and there is news, the room sees the news
  // (the join code stays on the strip below); without news, the lobby as always.
  if (phase.kind === 'lobby' && agendaItemId === SINCE_LAST_AGENDA_ITEM && updates.length > 0) return { kind: 'updates' };
  // Outside a round (lobby, evaluation) the room needs the way in: QR code and join code.
  if (!round) return { kind: 'lobby' };
  const done = round.stage === 'results' || round.stage === 'closed';
  if (done && revealed.includes(round.round.id)) return { kind: 'ranking', round, topic: null };
  if (round.stage === 'closed') return { kind: 'thanks', round };
  return { kind: 'board', round };
}

export function resolvePane(snapshot: AudienceSnapshot): Pane {
  const mode = snapshot.info.screen;
  if (mode.view === 'auto') return autoPane(snapshot);
  if (mode.view === 'lobby') return { kind: 'lobby' };
  if (mode.view === 'evaluation') return { kind: 'evaluation' };
  if (mode.view === 'updates') return { kind: 'updates' };
  const round = pickRound(snapshot, mode.roundId);
  if (!round) return { kind: 'lobby' };
  const named = snapshot.info.topics.find((t) => t.id === mode.topicId);
  if (mode.view === 'ranking') return { kind: 'ranking', round, topic: named ?? null };
  if (mode.view === 'overview') return { kind: 'overview', round };
  // A wall or word view needs one principle; without a valid pick, the first one.
  const topic = named ?? snapshot.info.topics[0];
  if (!topic) return { kind: 'overview', round };
  return { kind: mode.view, round, topic };
}
