import type { Phase, Round, Stage, Topic } from '../domain/types.js';
import type { AudienceSnapshot, PostView } from '../domain/views.js';

/** Plain helpers the pages share to read a snapshot; no state, no framework. */

export interface OpenRound {
  round: Round;
  /** 1-based, for "Samtal 1" labels. */
  number: number;
  stage: Stage;
}

export function openRound(snapshot: AudienceSnapshot): OpenRound | null {
  const phase = snapshot.info.phase;
  if (phase.kind !== 'round') return null;
  const index = snapshot.info.rounds.findIndex((r) => r.id === phase.roundId);
  const round = snapshot.info.rounds[index];
  return round ? { round, number: index + 1, stage: phase.stage } : null;
}

export const postsOfRound = (posts: readonly PostView[], roundId: string) =>
  posts.filter((p) => p.roundId === roundId).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));

export const postsOfTopic = (posts: readonly PostView[], topicId: string) => posts.filter((p) => p.topicIds.includes(topicId));

export const topicNames = (topics: readonly Topic[], ids: readonly string[]) =>
  ids.map((id) => topics.find((t) => t.id === id)).filter((t): t is Topic => !!t);

export const samePhase = (a: Phase, b: Phase) =>
  a.kind === 'round' ? b.kind === 'round' && a.roundId === b.roundId && a.stage === b.stage : a.kind === b.kind;

/** Long posts in accessible names: enough to tell them apart, short enough to listen to. */
export function excerpt(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}

/** Phones cannot reach a join URL on the facilitator's own machine. */
export function unreachableHost(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host.endsWith('.localhost') || host.startsWith('127.') || host === '[::1]' || host === '0.0.0.0'
      ? host
      : null;
  } catch {
    return null;
  }
}

// With the join code's rules, so the join card need not download these views' helpers.
export { spacedCode } from '../domain/code.js';
