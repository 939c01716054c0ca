import { rankTopic } from './aggregate.js';
import { isActive } from './rules.js';
import { inGroupSample, isVoteSampled, sampledRounds } from './sample.js';
import type {
  AgendaItem,
  EvaluationQuestion,
  Language,
  OutcomeUpdate,
  Localized,
  Phase,
  Post,
  PostSource,
  ReaderLanguage,
  Round,
  ScreenDisplay,
  ScreenMode,
  Sector,
  Timer,
  Topic,
  WorkshopSettings,
  WorkshopSetup,
  WorkshopState
} from './types.js';

/**
 * What each audience may see, as pure projections of the state. The server sends an
 * audience nothing outside its projection: participants never get tallies before the
 * facilitator reveals a round (unless the round shows them live), queued and hidden posts
 * reach facilitators only, and contact details of sign-ups never leave the console.
 */
export type Audience = 'participant' | 'screen' | 'facilitator';
export const AUDIENCES: readonly Audience[] = ['participant', 'screen', 'facilitator'];

export interface WorkshopInfo {
  code: string;
  title: Localized;
  language: Language;
  topics: Topic[];
  rounds: Round[];
  agenda: AgendaItem[];
  sectors: Sector[];
  evaluation: EvaluationQuestion[];
  settings: WorkshopSettings;
  phase: Phase;
  revealed: string[];
  agendaItemId: string | null;
  timer: Timer | null;
  screen: ScreenMode;
  display: ScreenDisplay;
  /** When the outcome was published (the participant link then shows it), or null. */
  published: number | null;
  /** No new participants may join. */
  joinsClosed: boolean;
  /** Dated "what has happened since" notes: public, for the projector and the published page. */
  updates: OutcomeUpdate[];
  /** Large rounds: phones get a share of their posts and can browse the rest (sample.ts). Absent: none. */
  sampledRounds?: string[];
}

export interface PostView {
  id: string;
  roundId: string;
  topicIds: string[];
  text: string;
  createdAt: number;
  /** A facilitator corrected the text. */
  edited?: boolean;
  pinned?: boolean;
  /** Merged into another post (participants and facilitators; authors still find their words). */
  mergedInto?: string;
  /** The language it was written in, when the phone said so. */
  lang?: ReaderLanguage;
  /** Table, paper and carried posts; phone posts leave these out. */
  source?: Exclude<PostSource, 'participant'>;
  carriedFrom?: { title: string; votes: number };
  table?: number;
  people?: number;
  /** Facilitators only. */
  hidden?: boolean;
  pending?: boolean;
  originalText?: string;
  author?: { name: string; association: string; sector: string; table: number | null };
  /** Projector only, when the facilitator shows names and the author agreed. */
  authorName?: string;
}

export interface Stats {
  joined: number;
  posts: number;
  /** Distinct associations among participants. */
  associations: number;
  signups: number;
  /** Participants per sector id ('' for those who gave none). */
  sectors: Record<string, number>;
  /** People who have voted, per round id (a person counts once however many votes they gave). */
  voters: Record<string, number>;
}

export interface SignupView {
  participantId: string;
  name: string;
  contact: string;
  association: string;
  sector: string;
  at: number;
}

export interface EvaluationSummary {
  responses: number;
  /** Per question: how many answered 1..5 (index 0 = 1), and the mean (null without answers). */
  questions: { id: string; counts: number[]; mean: number | null }[];
  /** Facilitators only. */
  comments?: string[];
}

export interface AudienceSnapshot {
  version: number;
  /** Server time when the snapshot was made, so clients with a wrong clock show timers right. */
  now: number;
  info: WorkshopInfo;
  posts: PostView[];
  /** Vote count per visible post whose tallies this audience may see. */
  tallies: Record<string, number>;
  /** Spellings of associations given so far, for suggestions. */
  associations: string[];
  /** Participation figures (projector and facilitator only). `online` is filled in by the server. */
  stats?: Stats & { online?: number };
  evaluation?: EvaluationSummary;
  /** Facilitators only. */
  signups?: SignupView[];
  /** Facilitators only: the closing summary while it is a draft. */
  outcome?: { summary: string };
}

/**
 * Phones get the top of each principle's ranking, not every count: that is what a phone
 * can show, and at a plenary with thousands of posts the full list would cost every phone
 * tens of kilobytes at the moment of the reveal.
 */
export const PARTICIPANT_RESULTS_PER_TOPIC = 10;

/** What a participant knows about themself; never broadcast. */
export interface ParticipantSelf {
  participantId: string;
  name: string;
  association: string;
  sector: string;
  table: number | null;
  showName: boolean;
  postIds: string[];
  /** Post ids voted for, once per vote (a stacked vote appears more than once). */
  votes: string[];
  /** Own posts waiting for approval: nobody else has them yet. */
  pending: { id: string; roundId: string; topicIds: string[]; text: string }[];
  /** Own posts a facilitator has hidden: their author alone still sees them, marked as hidden. */
  hidden: { id: string; roundId: string; topicIds: string[]; text: string }[];
  signup: { name: string; contact: string } | null;
  evaluation: { scores: Record<string, number>; comment: string } | null;
}

/** The setup part of a workshop's info, as `setup:update` takes it. */
export function setupOfInfo(info: WorkshopInfo): WorkshopSetup {
  const { title, language, topics, rounds, agenda, sectors, evaluation, settings } = info;
  return structuredClone({ title, language, topics, rounds, agenda, sectors, evaluation, settings });
}

export function workshopInfo(state: WorkshopState): WorkshopInfo {
  const { setup } = state;
  return {
    code: state.code,
    title: setup.title,
    language: setup.language,
    topics: setup.topics,
    rounds: setup.rounds,
    agenda: setup.agenda,
    sectors: setup.sectors,
    evaluation: setup.evaluation,
    settings: setup.settings,
    phase: state.phase,
    revealed: [...state.revealed],
    agendaItemId: state.agendaItemId,
    timer: state.timer,
    screen: state.screen,
    display: state.display,
    published: state.published,
    joinsClosed: state.joinsClosed,
    updates: state.updates,
    sampledRounds: sampledRounds(state)
  };
}

/** What a join card may show before anyone joins: nothing about posts or people. */
export interface WorkshopPreview {
  info: Pick<WorkshopInfo, 'title' | 'language' | 'sectors' | 'joinsClosed'> & { settings: Pick<WorkshopSettings, 'showNames'> };
  associations: string[];
}

export function workshopPreview(state: WorkshopState): WorkshopPreview {
  const { setup } = state;
  return { info: { title: setup.title, language: setup.language, sectors: setup.sectors, joinsClosed: state.joinsClosed, settings: { showNames: setup.settings.showNames } }, associations: associationNames(state) };
}

export function isVisibleTo(post: Post, audience: Audience): boolean {
  if (post.withdrawn) return false;
  if (audience === 'facilitator') return true;
  // Phones keep merged posts (marked) so an author still finds their own words.
  if (audience === 'participant' && post.mergedInto) return !post.hidden && !post.pending;
  return isActive(post);
}

/** The projector and facilitators see every count, always. */
export const seesAllTallies = (audience: Audience) => audience !== 'participant';

/** Rounds whose every count phones follow as it changes. */
export function liveRounds(state: WorkshopState): Set<string> {
  return new Set(state.setup.rounds.filter((r) => r.liveTallies).map((r) => r.id));
}

/** Vote counts of a revealed round that phones get: the top posts of each principle. */
export function shownResults(state: WorkshopState, roundId: string): Record<string, number> {
  const posts: Post[] = [];
  const tallies: Record<string, number> = {};
  for (const post of state.posts.values()) {
    if (post.roundId !== roundId || !isActive(post)) continue;
    posts.push(post);
    tallies[post.id] = post.tally;
  }
  const shown: Record<string, number> = {};
  for (const topic of state.setup.topics) {
    for (const row of rankTopic(posts, tallies, roundId, topic.id).slice(0, PARTICIPANT_RESULTS_PER_TOPIC)) shown[row.post.id] = row.votes;
  }
  return shown;
}

/** Whether this audience gets this post's count whenever it changes. */
export function followsTally(state: WorkshopState, post: Post, audience: Audience, live = liveRounds(state)): boolean {
  if (!isVisibleTo(post, audience)) return false;
  return seesAllTallies(audience) || (live.has(post.roundId) && isActive(post));
}

export function postView(state: WorkshopState, post: Post, audience: Audience): PostView {
  const view: PostView = { id: post.id, roundId: post.roundId, topicIds: post.topicIds, text: post.text, createdAt: post.createdAt };
  if (post.originalText !== null) view.edited = true;
  if (post.pinned) view.pinned = true;
  if (post.mergedInto) view.mergedInto = post.mergedInto;
  if (post.lang) view.lang = post.lang;
  if (post.source !== 'participant') view.source = post.source;
  if (post.carriedFrom) view.carriedFrom = post.carriedFrom;
  if (post.table !== null) view.table = post.table;
  if (post.people !== null) view.people = post.people;
  const author = post.authorId ? state.participants.get(post.authorId) : undefined;
  if (audience === 'facilitator') {
    view.hidden = post.hidden;
    if (post.pending) view.pending = true;
    if (post.originalText !== null) view.originalText = post.originalText;
    if (author && (author.name || author.association || author.sector || author.table !== null)) {
      view.author = { name: author.name, association: author.association, sector: author.sector, table: author.table };
    }
  }
  if (audience === 'screen' && state.setup.settings.showNames && author?.showName && author.name) view.authorName = author.name;
  return view;
}

export function stats(state: WorkshopState): Stats {
  let posts = 0;
  for (const post of state.posts.values()) if (isActive(post)) posts++;
  let signups = 0;
  const sectors: Record<string, number> = {};
  const voters: Record<string, number> = {};
  // Run for every tick of a vote burst, over everyone: no allocation per participant.
  const counted: string[] = [];
  for (const participant of state.participants.values()) {
    if (participant.signup) signups++;
    sectors[participant.sector] = (sectors[participant.sector] ?? 0) + 1;
    counted.length = 0;
    for (const postId of participant.votes.keys()) {
      const post = state.posts.get(postId);
      if (!post || !isActive(post) || counted.includes(post.roundId)) continue;
      counted.push(post.roundId);
      voters[post.roundId] = (voters[post.roundId] ?? 0) + 1;
    }
  }
  return { joined: state.participants.size, posts, associations: state.associations.size, signups, sectors, voters };
}

export const associationNames = (state: WorkshopState) =>
  [...state.associations.values()].map((a) => a.name).sort((a, b) => a.localeCompare(b, 'sv'));

export const outcomeNotes = (state: WorkshopState) => ({ summary: state.summary });

export function signupViews(state: WorkshopState): SignupView[] {
  const rows: SignupView[] = [];
  for (const p of state.participants.values()) {
    if (p.signup) rows.push({ participantId: p.id, ...p.signup, association: p.association, sector: p.sector });
  }
  return rows.sort((a, b) => a.at - b.at || a.participantId.localeCompare(b.participantId));
}

export function evaluationSummary(state: WorkshopState, audience: Audience): EvaluationSummary {
  const questions = state.setup.evaluation.map((q) => ({ id: q.id, counts: [0, 0, 0, 0, 0], sum: 0, n: 0 }));
  const comments: string[] = [];
  for (const answer of state.evaluations.values()) {
    for (const q of questions) {
      const score = answer.scores[q.id];
      if (score === undefined) continue;
      q.counts[score - 1]!++;
      q.sum += score;
      q.n++;
    }
    if (answer.comment) comments.push(answer.comment);
  }
  const summary: EvaluationSummary = {
    responses: state.evaluations.size,
    questions: questions.map((q) => ({ id: q.id, counts: q.counts, mean: q.n ? Math.round((q.sum / q.n) * 10) / 10 : null }))
  };
  if (audience === 'facilitator') summary.comments = comments;
  return summary;
}

/** The posts of a round's shown results that a phone of `group` would not have from its share of the round. */
export function resultsOutsideSample(state: WorkshopState, roundId: string, shown: Record<string, number>, group: number | undefined): Post[] {
  if (group === undefined || !isVoteSampled(state, roundId)) return [];
  const outside: Post[] = [];
  for (const id of Object.keys(shown)) {
    const post = state.posts.get(id);
    if (post && !inGroupSample(state, post, group) && isVisibleTo(post, 'participant')) outside.push(post);
  }
  return outside;
}

/** `group`: a phone's sample group (sample.ts), which gets only its share of a large round. */
export function snapshotFor(state: WorkshopState, audience: Audience, version: number, now: number, group?: number): AudienceSnapshot {
  const posts: PostView[] = [];
  const tallies: Record<string, number> = {};
  const live = liveRounds(state);
  const sampled = group !== undefined && audience === 'participant';
  for (const post of state.posts.values()) {
    if (!isVisibleTo(post, audience) || (sampled && !inGroupSample(state, post, group))) continue;
    posts.push(postView(state, post, audience));
    if (followsTally(state, post, audience, live)) tallies[post.id] = post.tally;
  }
  if (!seesAllTallies(audience)) {
    for (const roundId of state.revealed) {
      if (live.has(roundId)) continue;
      const shown = shownResults(state, roundId);
      Object.assign(tallies, shown);
      // Shown results name their posts: a sampled phone gets the ones outside its share.
      if (sampled) for (const post of resultsOutsideSample(state, roundId, shown, group)) posts.push(postView(state, post, audience));
    }
  }
  const snapshot: AudienceSnapshot = { version, now, info: workshopInfo(state), posts, tallies, associations: associationNames(state) };
  if (audience !== 'participant') {
    snapshot.stats = stats(state);
    snapshot.evaluation = evaluationSummary(state, audience);
  }
  if (audience === 'facilitator') {
    snapshot.signups = signupViews(state);
    snapshot.outcome = outcomeNotes(state);
  }
  return snapshot;
}

export function participantSelf(state: WorkshopState, participantId: string): ParticipantSelf | undefined {
  const participant = state.participants.get(participantId);
  if (!participant) return undefined;
  const postIds: string[] = [];
  const pending: ParticipantSelf['pending'] = [];
  const hidden: ParticipantSelf['hidden'] = [];
  for (const post of state.posts.values()) {
    if (post.authorId !== participantId || post.withdrawn) continue;
    postIds.push(post.id);
    const own = { id: post.id, roundId: post.roundId, topicIds: post.topicIds, text: post.text };
    if (post.hidden) hidden.push(own);
    else if (post.pending) pending.push(own);
  }
  const votes: string[] = [];
  for (const [postId, count] of participant.votes) for (let i = 0; i < count; i++) votes.push(postId);
  const answer = state.evaluations.get(participantId);
  return {
    participantId,
    name: participant.name,
    association: participant.association,
    sector: participant.sector,
    table: participant.table,
    showName: participant.showName,
    postIds,
    votes,
    pending,
    hidden,
    signup: participant.signup && { name: participant.signup.name, contact: participant.signup.contact },
    evaluation: answer ? { scores: answer.scores, comment: answer.comment } : null
  };
}
