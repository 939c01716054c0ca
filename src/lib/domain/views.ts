import { rankTopic } from './aggregate.js';
import type { Changes } from './execute.js';
import { isActive } from './rules.js';
import type { Language, Localized, Phase, Post, Round, Topic, WorkshopState } from './types.js';

/**
 * What each audience may see, as pure projections of the state. The server sends an
 * audience nothing outside its projection: participants never get tallies before the
 * facilitator reveals a round, and hidden posts reach facilitators only.
 */
export type Audience = 'participant' | 'screen' | 'facilitator';
export const AUDIENCES: readonly Audience[] = ['participant', 'screen', 'facilitator'];

export interface WorkshopInfo {
  code: string;
  title: Localized;
  language: Language;
  topics: Topic[];
  rounds: Round[];
  phase: Phase;
  revealed: string[];
}

export interface PostView {
  id: string;
  roundId: string;
  topicIds: string[];
  text: string;
  createdAt: number;
  /** Facilitators only. */
  hidden?: boolean;
  /** Facilitators only, and only what the participant chose to give. */
  author?: { name: string; association: string };
}

export interface Stats {
  joined: number;
  posts: number;
}

export interface AudienceSnapshot {
  version: number;
  info: WorkshopInfo;
  posts: PostView[];
  /** Vote count per visible post whose tallies this audience may see. */
  tallies: Record<string, number>;
  /** Participation figures (projector and facilitator only). */
  stats?: Stats;
}

/** One compact change for an audience room; `from` must equal the receiver's version. */
export interface AudienceDelta {
  from: number;
  to: number;
  /** The new phase and revealed rounds (the rest of the workshop info does not change). */
  phase?: Phase;
  revealed?: string[];
  posts?: PostView[];
  removed?: string[];
  /** New vote counts, merged into the receiver's (projector and facilitator). */
  tallies?: Record<string, number>;
  /** Participants: the shown results of a revealed round, replacing that round's counts. */
  roundTallies?: Record<string, Record<string, number>>;
  stats?: Stats;
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
  postIds: string[];
  votes: string[];
}

export function workshopInfo(state: WorkshopState): WorkshopInfo {
  return {
    code: state.code,
    title: state.setup.title,
    language: state.setup.language,
    topics: state.setup.topics,
    rounds: state.setup.rounds,
    phase: state.phase,
    revealed: [...state.revealed]
  };
}

export function isVisibleTo(post: Post, audience: Audience): boolean {
  if (post.withdrawn) return false;
  return audience === 'facilitator' || isActive(post);
}

/** The projector and facilitators see every count, always; participants see shown results only. */
const seesAllTallies = (audience: Audience) => audience !== 'participant';

/** Vote counts of a revealed round that phones get: the top posts of each principle. */
export function shownResults(state: WorkshopState, roundId: string): Record<string, number> {
  const posts: Post[] = [];
  const tallies: Record<string, number> = {};
  for (const post of state.posts.values()) {
    if (post.roundId !== roundId || !isActive(post)) continue;
    posts.push(post);
    tallies[post.id] = post.voters.size;
  }
  const shown: Record<string, number> = {};
  for (const topic of state.setup.topics) {
    for (const row of rankTopic(posts, tallies, roundId, topic.id).slice(0, PARTICIPANT_RESULTS_PER_TOPIC)) shown[row.post.id] = row.votes;
  }
  return shown;
}

export function postView(state: WorkshopState, post: Post, audience: Audience): PostView {
  const view: PostView = {
    id: post.id,
    roundId: post.roundId,
    topicIds: post.topicIds,
    text: post.text,
    createdAt: post.createdAt
  };
  if (audience === 'facilitator') {
    view.hidden = post.hidden;
    const author = state.participants.get(post.authorId);
    if (author && (author.name || author.association)) view.author = { name: author.name, association: author.association };
  }
  return view;
}

export function stats(state: WorkshopState): Stats {
  let posts = 0;
  for (const post of state.posts.values()) if (isActive(post)) posts++;
  return { joined: state.participants.size, posts };
}

export function snapshotFor(state: WorkshopState, audience: Audience, version: number): AudienceSnapshot {
  const posts: PostView[] = [];
  const tallies: Record<string, number> = {};
  for (const post of state.posts.values()) {
    if (!isVisibleTo(post, audience)) continue;
    posts.push(postView(state, post, audience));
    if (seesAllTallies(audience)) tallies[post.id] = post.voters.size;
  }
  if (!seesAllTallies(audience)) for (const roundId of state.revealed) Object.assign(tallies, shownResults(state, roundId));
  const snapshot: AudienceSnapshot = { version, info: workshopInfo(state), posts, tallies };
  if (audience !== 'participant') snapshot.stats = stats(state);
  return snapshot;
}

export function participantSelf(state: WorkshopState, participantId: string): ParticipantSelf | undefined {
  const participant = state.participants.get(participantId);
  if (!participant) return undefined;
  const postIds: string[] = [];
  for (const post of state.posts.values()) if (post.authorId === participantId && !post.withdrawn) postIds.push(post.id);
  return {
    participantId,
    name: participant.name,
    association: participant.association,
    postIds,
    votes: [...participant.votes]
  };
}

/** Changes gathered between two ticks; merging is O(size of the entry's changes). */
export class ChangeSet {
  phase = false;
  stats = false;
  posts = new Set<string>();
  tallies = new Set<string>();
  revealed = new Set<string>();

  add(changes: Changes): void {
    this.phase ||= changes.phase;
    this.stats ||= changes.stats;
    for (const id of changes.posts) this.posts.add(id);
    for (const id of changes.tallies) this.tallies.add(id);
    for (const id of changes.revealed) this.revealed.add(id);
  }

  get empty(): boolean {
    return !this.phase && !this.stats && this.posts.size === 0 && this.tallies.size === 0 && this.revealed.size === 0;
  }
}

/**
 * The delta one audience needs for the changes since the last tick, or null when it
 * would see nothing new. Its cost follows the number of changed posts, not the number
 * of votes cast in the tick.
 */
export function deltaFor(state: WorkshopState, audience: Audience, changes: ChangeSet, from: number): AudienceDelta | null {
  const delta: AudienceDelta = { from, to: from + 1 };
  let any = false;
  if (changes.phase || changes.revealed.size > 0) {
    delta.phase = state.phase;
    delta.revealed = [...state.revealed];
    any = true;
  }
  if (changes.stats && audience !== 'participant') {
    delta.stats = stats(state);
    any = true;
  }
  const posts: PostView[] = [];
  const removed: string[] = [];
  for (const id of changes.posts) {
    const post = state.posts.get(id);
    if (!post) continue;
    if (isVisibleTo(post, audience)) posts.push(postView(state, post, audience));
    else removed.push(id);
  }
  if (posts.length) (delta.posts = posts), (any = true);
  if (removed.length) (delta.removed = removed), (any = true);

  if (seesAllTallies(audience)) {
    // A post that appears gets its count with it (0 for a new one), as in a snapshot.
    const tallies: Record<string, number> = {};
    let count = 0;
    for (const id of new Set([...changes.posts, ...changes.tallies])) {
      const post = state.posts.get(id);
      if (post && isVisibleTo(post, audience)) (tallies[id] = post.voters.size), count++;
    }
    if (count) (delta.tallies = tallies), (any = true);
  } else {
    // Phones: a revealed round whose counts changed gets its shown results again, whole.
    const rounds = new Set(changes.revealed);
    for (const id of [...changes.posts, ...changes.tallies]) {
      const roundId = state.posts.get(id)?.roundId;
      if (roundId && state.revealed.includes(roundId)) rounds.add(roundId);
    }
    if (rounds.size) {
      delta.roundTallies = {};
      for (const roundId of rounds) delta.roundTallies[roundId] = shownResults(state, roundId);
      any = true;
    }
  }
  return any ? delta : null;
}

/** Applies a delta to a snapshot held by a client; returns false on a version gap. */
export function applyDelta(snapshot: AudienceSnapshot, delta: AudienceDelta): boolean {
  if (delta.to <= snapshot.version) return true;
  if (delta.from !== snapshot.version) return false;
  if (delta.phase) snapshot.info = { ...snapshot.info, phase: delta.phase, revealed: delta.revealed ?? snapshot.info.revealed };
  if (delta.stats) snapshot.stats = delta.stats;
  if (delta.posts || delta.removed) {
    const byId = new Map(snapshot.posts.map((p) => [p.id, p]));
    for (const post of delta.posts ?? []) byId.set(post.id, post);
    for (const id of delta.removed ?? []) {
      byId.delete(id);
      delete snapshot.tallies[id];
    }
    snapshot.posts = [...byId.values()];
  }
  if (delta.tallies) Object.assign(snapshot.tallies, delta.tallies);
  for (const [roundId, shown] of Object.entries(delta.roundTallies ?? {})) {
    for (const post of snapshot.posts) if (post.roundId === roundId) delete snapshot.tallies[post.id];
    Object.assign(snapshot.tallies, shown);
  }
  snapshot.version = delta.to;
  return true;
}
