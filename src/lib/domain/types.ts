/**
 * The workshop's vocabulary. Pure data: no I/O, no framework types, so the server,
 * the browser and the tests all share one definition.
 */

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text the facilitator wrote in one or more languages; Swedish is always present. */
export type Localized = { sv: string; en?: string };

export interface Topic {
  id: string;
  name: Localized;
  description: Localized;
}

export type BudgetScope = 'topic' | 'round';

export interface Round {
  id: string;
  title: Localized;
  prompt: Localized;
  /** What one post is called in this round ("tolkning", "aktivitet"). */
  postNoun: Localized;
  /** Samtal 1 posts belong to one principle; Samtal 2 activities may link several. */
  topicsPerPost: 'one' | 'many';
  budget: { votes: number; per: BudgetScope };
}

export const STAGES = ['collecting', 'voting', 'results', 'closed'] as const;
export type Stage = (typeof STAGES)[number];

export type Phase = { kind: 'lobby' } | { kind: 'round'; roundId: string; stage: Stage };

export interface WorkshopSetup {
  title: Localized;
  language: Language;
  topics: Topic[];
  rounds: Round[];
}

export interface Participant {
  id: string;
  tokenHash: string;
  name: string;
  association: string;
  joinedAt: number;
  /** Post ids this participant has voted for. */
  votes: Set<string>;
}

export interface Post {
  id: string;
  roundId: string;
  topicIds: string[];
  text: string;
  authorId: string;
  createdAt: number;
  hidden: boolean;
  withdrawn: boolean;
  /** Participant ids who voted for this post; its tally is `voters.size`. */
  voters: Set<string>;
}

export type Actor = { role: 'participant'; participantId: string } | { role: 'facilitator' } | { role: 'system' };

export type Command =
  | { type: 'workshop:create'; workshopId: string; code: string; keyHash: string; setup: WorkshopSetup }
  | { type: 'participant:join'; participantId: string; tokenHash: string; name: string; association: string }
  | { type: 'participant:update'; name: string; association: string }
  | { type: 'post:create'; roundId: string; topicIds: string[]; text: string }
  | { type: 'post:withdraw'; postId: string }
  | { type: 'vote:cast'; postId: string }
  | { type: 'vote:retract'; postId: string }
  | { type: 'phase:set'; phase: Phase }
  | { type: 'post:hide'; postId: string; hidden: boolean };

export type CommandType = Command['type'];

/** A command once the log has ordered it. `at` is the log's clock, the only time the domain sees. */
export interface LogEntry {
  seq: number;
  at: number;
  actor: Actor;
  /** Chosen by the sender so a re-sent command is recognised; unique per actor. */
  commandId: string;
  command: Command;
}

export type EntryDraft = Omit<LogEntry, 'seq'>;

export const ERROR_CODES = [
  'invalid_payload',
  'unknown_event',
  'payload_too_large',
  'workshop_not_found',
  'unauthorized',
  'forbidden',
  'not_joined',
  'text_empty',
  'text_too_long',
  'unknown_round',
  'unknown_topic',
  'wrong_topic_count',
  'round_not_open',
  'posting_closed',
  'voting_closed',
  'budget_exhausted',
  'already_voted',
  'not_voted',
  'post_not_found',
  'not_author',
  'post_not_active',
  'withdraw_closed',
  'already_exists',
  'rate_limited',
  'unavailable',
  'internal'
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Outcome = { ok: true; postId?: string } | { ok: false; error: ErrorCode };

export interface WorkshopState {
  id: string;
  code: string;
  keyHash: string;
  createdAt: number;
  setup: WorkshopSetup;
  phase: Phase;
  /** Rounds whose results the facilitator has revealed; tallies of these reach participants. */
  revealed: string[];
  participants: Map<string, Participant>;
  participantByToken: Map<string, string>;
  posts: Map<string, Post>;
  /** Outcome per `actorKey:commandId`, so a re-sent command returns its first outcome. */
  outcomes: Map<string, Outcome>;
  /** Seq of the last entry applied. */
  seq: number;
  /** Log time of the last entry applied. */
  updatedAt: number;
}
