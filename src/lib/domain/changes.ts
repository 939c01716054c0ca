import type { ErrorCode } from './types.js';

/** What an entry changed, so the server can send each audience a small delta. */
export interface Changes {
  /** Where the meeting is changed: phase, revealed rounds, agenda item, timer or projector mode. */
  info: boolean;
  /** The setup itself changed (principles, rounds, agenda, settings…): the heavy part of the info. */
  setup: boolean;
  /** Participation figures changed. */
  stats: boolean;
  /** Posts whose content or visibility changed. */
  posts: string[];
  /**
   * Participants whose profile changed: their posts show a new author to facilitators.
   * Named, not listed post by post, so a profile change costs O(1) however much its author
   * wrote; the delta looks their posts up once per tick.
   */
  authors: string[];
  /** Posts whose vote count changed. */
  tallies: string[];
  /** Rounds revealed by this entry: their whole tallies become visible to participants. */
  revealed: string[];
  /** Large rounds whose voting sample was drawn by this entry: phones get a new share of their posts. */
  sampled: string[];
  /** Facilitator-only people data changed: sign-ups. */
  people: boolean;
  /** Evaluation answers changed. */
  evaluation: boolean;
  /** The list of distinct associations changed (a new one, or the last of one left). */
  associations: boolean;
  /** The closing summary, the published state or the updates changed. */
  outcome: boolean;
}

export const noChanges = (): Changes => ({
  info: false,
  setup: false,
  stats: false,
  posts: [],
  authors: [],
  tallies: [],
  revealed: [],
  sampled: [],
  people: false,
  evaluation: false,
  associations: false,
  outcome: false
});

export const fail = (error: ErrorCode): { ok: false; error: ErrorCode } => ({ ok: false, error });
export const OK: { ok: true } = { ok: true };
