/**
 * The workshop's vocabulary. Pure data: no I/O, no framework types, so the server,
 * the browser and the tests all share one definition.
 */

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The languages people read and write in on their phones: a post says which one it was written in. */
export const READER_LANGUAGES = ['sv', 'en', 'ar'] as const;
export type ReaderLanguage = (typeof READER_LANGUAGES)[number];

/**
 * A text the facilitator wrote in one or more languages; Swedish is always present.
 * Participants read it in their interface language where it is given (Arabic, then
 * English, then Swedish), so every interface language has a field here.
 */
export type Localized = { sv: string; en?: string; ar?: string };

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
  /** 1 = one vote per post; more lets a participant stack votes on a post they care about. */
  maxVotesPerPost: number;
  /** Participants see counts while voting, not only after the reveal. */
  liveTallies: boolean;
}

/** One item of the meeting's program, with what participants should do while it runs. */
export interface AgendaItem {
  id: string;
  title: Localized;
  instructions: Localized;
  /** The round this item is about, so the console can open it from the agenda. */
  roundId?: string;
  /** Planned length, shown in the console. */
  minutes?: number;
}

export interface Sector {
  id: string;
  name: Localized;
}

export interface EvaluationQuestion {
  id: string;
  /** Answered on a scale of 1 (not at all) to 5 (fully). */
  text: Localized;
}

export interface WorkshopSettings {
  /** New posts reach the projector and other phones only once a facilitator approves them. */
  moderationQueue: boolean;
  /** The projector may show authors' names, for participants who agreed to it. */
  showNames: boolean;
}

export const STAGES = ['collecting', 'voting', 'results', 'closed'] as const;
export type Stage = (typeof STAGES)[number];

export type Phase = { kind: 'lobby' } | { kind: 'round'; roundId: string; stage: Stage } | { kind: 'evaluation' };

export interface WorkshopSetup {
  title: Localized;
  language: Language;
  topics: Topic[];
  rounds: Round[];
  agenda: AgendaItem[];
  sectors: Sector[];
  evaluation: EvaluationQuestion[];
  settings: WorkshopSettings;
}

export interface Signup {
  name: string;
  contact: string;
  at: number;
}

export interface Participant {
  id: string;
  tokenHash: string;
  name: string;
  association: string;
  /** A sector id from the setup, or ''. */
  sector: string;
  table: number | null;
  /** Agreed that the projector may show their name (only if the facilitator allows names). */
  showName: boolean;
  joinedAt: number;
  /** Votes per post id; a count above 1 only where the round allows stacking. */
  votes: Map<string, number>;
  /** Working-group interest, given with explicit consent; facilitators only. */
  signup: Signup | null;
}

/** Where a post came from: a phone, a table's scribe, the facilitator typing in paper notes, or carried forward from an earlier meeting of a series. */
export type PostSource = 'participant' | 'table' | 'paper' | 'carried';

export interface Post {
  id: string;
  roundId: string;
  topicIds: string[];
  text: string;
  /** The text as first written, kept when a facilitator corrects it. */
  originalText: string | null;
  /** Participant id, or '' for paper notes typed in by the facilitator. */
  authorId: string;
  source: PostSource;
  /** For table and paper posts: which table, and how many people it speaks for. */
  table: number | null;
  people: number | null;
  createdAt: number;
  hidden: boolean;
  withdrawn: boolean;
  pinned: boolean;
  /** Carried posts: the meeting it came from and the votes it had there. */
  carriedFrom?: { title: string; votes: number };
  /** Waiting in the moderation queue. */
  pending: boolean;
  /** The interface language of the phone it was written on, when known: the page marks the text with it. */
  lang?: ReaderLanguage;
  /** The post this one was merged into; it no longer counts on its own. */
  mergedInto: string | null;
  /** Votes per participant id; the post's tally is `tally` (their sum). */
  voters: Map<string, number>;
  tally: number;
}

export interface OutcomeUpdate {
  id: string;
  /** The day it is about, YYYY-MM-DD, as the organiser wrote it. */
  date: string;
  /** Swedish, and English or Arabic where the organiser wrote them, like all workshop content. */
  text: Localized;
  at: number;
}

export interface Timer {
  /** Seq of the entry that started it: names this countdown (for the expiry entry). */
  id: number;
  durationMs: number;
  /** Log time it ends at while running; null while paused. */
  endsAt: number | null;
  /** Time left while paused. */
  remainingMs: number;
  /** Posting or voting (whichever stage was open at the start) closes when it ends. */
  closeWhenDone: boolean;
  /** The phase the timer was started in; a phase change stops it. */
  phase: Phase;
  expired: boolean;
}

export const SCREEN_VIEWS = ['auto', 'lobby', 'wall', 'ranking', 'overview', 'words', 'evaluation', 'updates'] as const;
export type ScreenView = (typeof SCREEN_VIEWS)[number];
/** What the projector shows. `auto` follows the phase; the others are the facilitator's pick. */
export interface ScreenMode {
  view: ScreenView;
  topicId?: string;
  roundId?: string;
}

/** The languages a projector can be shown in: the interface languages. */
export const SCREEN_LANGUAGES = ['sv', 'en', 'ar'] as const;
export type ScreenLanguage = (typeof SCREEN_LANGUAGES)[number];

/** How long the projector shows one page of a view that needs several (read aloud, then on). */
export const SCREEN_PAGE_MS = 20_000;
export const SCREEN_PAGE_ACTIONS = ['pause', 'resume', 'next', 'previous'] as const;
export type ScreenPageAction = (typeof SCREEN_PAGE_ACTIONS)[number];

/**
 * The projector's settings from the console. Pages turn on the log's clock, so every
 * projector (and the console's thumbnail) shows the same page: page slot =
 * floor((t − shiftMs) / SCREEN_PAGE_MS), t = pausedAt while paused, else now.
 */
export interface ScreenDisplay {
  /** null: each projector keeps the language its browser shows. */
  language: ScreenLanguage | null;
  pausedAt: number | null;
  shiftMs: number;
}

export interface EvaluationAnswer {
  /** Question id → 1..5. Unanswered questions are absent. */
  scores: Record<string, number>;
  comment: string;
  at: number;
}

export type Actor = { role: 'participant'; participantId: string } | { role: 'facilitator' } | { role: 'system' };

export interface ProfileFields {
  name: string;
  association: string;
  sector?: string;
  table?: number | null;
  showName?: boolean;
}

export type Command =
  /** `rules`: the rules version it is replayed under (rules-version.ts); absent in logs from before versions were recorded (1). */
  | { type: 'workshop:create'; workshopId: string; code: string; keyHash: string; setup: WorkshopSetup; rules?: number }
  | ({ type: 'participant:join'; participantId: string; tokenHash: string } & ProfileFields)
  | ({ type: 'participant:update' } & ProfileFields)
  | { type: 'post:create'; roundId: string; topicIds: string[]; text: string; onBehalf?: { table: number; people: number }; lang?: ReaderLanguage }
  | { type: 'post:withdraw'; postId: string }
  | { type: 'vote:cast'; postId: string }
  | { type: 'vote:retract'; postId: string }
  | { type: 'signup:set'; name: string; contact: string; consent: true }
  | { type: 'signup:withdraw' }
  | { type: 'evaluation:answer'; scores: Record<string, number>; comment: string }
  // Facilitator
  | { type: 'phase:set'; phase: Phase }
  | { type: 'post:hide'; postId: string; hidden: boolean }
  | { type: 'post:pin'; postId: string; pinned: boolean }
  | { type: 'post:edit'; postId: string; text: string }
  | { type: 'post:merge'; postIds: string[] }
  | { type: 'post:approve'; postIds: string[] }
  | { type: 'note:add'; roundId: string; topicIds: string[]; text: string; table: number | null; people: number | null }
  | { type: 'setup:update'; setup: WorkshopSetup; confirmRemoval: boolean }
  | { type: 'agenda:current'; itemId: string | null }
  | { type: 'timer:start'; durationMs: number; closeWhenDone: boolean }
  | { type: 'timer:pause' }
  | { type: 'timer:resume' }
  | { type: 'timer:extend'; ms: number }
  | { type: 'timer:stop' }
  | { type: 'screen:mode'; mode: ScreenMode }
  | { type: 'screen:language'; language: ScreenLanguage | null }
  | { type: 'screen:page'; action: ScreenPageAction }
  // System
  | { type: 'timer:expire'; timerId: number }
  // Privacy and access
  /**
   * A participant's "delete my data": posts withdrawn, votes given back, profile, sign-up and
   * answers gone, token unlinked. Sent by the participant (no id), or by a facilitator for one
   * participant who asked another way (their id).
   */
  | { type: 'participant:erase'; participantId?: string }
  /** A new facilitator key, generated by the server; only its hash is in the log. The old key stops working. */
  | { type: 'key:rotate'; keyHash: string }
  /** Stop (or start again) letting new participants join; those who joined can still come back. */
  | { type: 'workshop:close'; closed: boolean }
  // Outcomes (facilitator)
  /** The facilitator's own closing summary, shown in the report and the published outcome. */
  | { type: 'summary:set'; text: string }
  /** Publish (or withdraw) the outcome: the participant link then shows it to anyone. */
  | { type: 'outcome:publish'; published: boolean }
  /**
   * A dated "what has happened since" note on the published outcome. A plain string is the
   * Swedish text (as older clients and logs send it); an object adds English and Arabic.
   */
  | { type: 'update:add'; date: string; text: string | Localized }
  | { type: 'update:remove'; updateId: string }
  /** An item carried forward from an earlier meeting of a series, so this group can build on it. */
  | { type: 'post:carry'; roundId: string; topicIds: string[]; text: string; from: { title: string; votes: number } };

export type CommandType = Command['type'];
/** One command type's fields, e.g. `CommandOf<'vote:cast'>`. */
export type CommandOf<K extends CommandType> = Extract<Command, { type: K }>;

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
  'unknown_sector',
  'unknown_agenda_item',
  'unknown_question',
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
  'merge_invalid',
  'topic_in_use',
  'round_in_use',
  'invalid_setup',
  'no_timer',
  'evaluation_closed',
  'joins_closed',
  'already_exists',
  'rate_limited',
  'unavailable',
  'internal'
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A command's answer: accepted with its data (what the sender is told back), or refused with a code. */
export type Result<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ErrorCode };
/** Any command's outcome, as the workshop keeps it for re-sends: only post-making commands carry data. */
export type Outcome = Result<{ postId?: string }>;

/** One association as the workshop lists it (commands/associations.ts). */
export interface AssociationCount {
  /** The spelling it is listed under. */
  name: string;
  /** Participants who gave it, in any spelling. */
  count: number;
  /** Participants per spelling (derived: not serialised, rebuilt by every replay). */
  spellings: Map<string, number>;
}

/** See sample.ts. */
export interface SampleIndex {
  /** Each post's place in its round, in the order posts came (0, 1, 2 …). */
  lots: Map<string, number>;
  /** The next lot per round. */
  next: Map<string, number>;
  /** Each post's home group (sample.ts `homeGroup`), as it was when the post came. */
  homes: Map<string, number>;
  /** Per round, how many posts it had when it first left collecting: the voting sample is drawn from those. */
  frozen: Map<string, number>;
}

export interface WorkshopState {
  id: string;
  code: string;
  keyHash: string;
  createdAt: number;
  /** The rules version this workshop is replayed under, from its first entry (rules-version.ts). */
  rules: number;
  setup: WorkshopSetup;
  phase: Phase;
  /** Rounds whose results the facilitator has revealed; tallies of these reach participants. */
  revealed: string[];
  /** The agenda item running now. */
  agendaItemId: string | null;
  /** No new participants may join (those who joined can still come back). */
  joinsClosed: boolean;
  timer: Timer | null;
  screen: ScreenMode;
  display: ScreenDisplay;
  participants: Map<string, Participant>;
  participantByToken: Map<string, string>;
  posts: Map<string, Post>;
  /**
   * Indexes of `posts`, kept in step by the handlers so that no command has to scan every
   * post (a replay stays linear in the log's length, however the log was made): each
   * participant's post ids, and for a post the ids of the posts merged into it, both in
   * log order. Derived data: not serialised, rebuilt by every replay.
   */
  postsByAuthor: Map<string, string[]>;
  mergedFrom: Map<string, string[]>;
  /** Which phones get which posts of a large round (sample.ts). Derived data, like the indexes above. */
  sample: SampleIndex;
  evaluations: Map<string, EvaluationAnswer>;
  /** The facilitator's closing summary (plain text; may be empty). */
  summary: string;
  /** When the outcome was published, or null while it is not. */
  published: number | null;
  /** Dated "what has happened since" notes, oldest first. */
  updates: OutcomeUpdate[];
  /**
   * Associations given so far, keyed by a case- and space-insensitive form, with the first
   * spelling and how many participants gave it: phones suggest these so spellings converge.
   */
  associations: Map<string, AssociationCount>;
  /** Outcome per `actorKey:commandId`, so a re-sent command returns its first outcome. */
  outcomes: Map<string, Outcome>;
  /** Seq of the last entry applied. */
  seq: number;
  /** Log time of the last entry applied. */
  updatedAt: number;
}
