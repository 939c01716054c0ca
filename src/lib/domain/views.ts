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
  info?: WorkshopInfo;
  posts?: PostView[];
  removed?: string[];
  tallies?: Record<string, number>;
  stats?: Stats;
}

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

export function talliesVisibleTo(state: WorkshopState, audience: Audience, roundId: string): boolean {
  return audience !== 'participant' || state.revealed.includes(roundId);
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
    if (talliesVisibleTo(state, audience, post.roundId)) tallies[post.id] = post.voters.size;
  }
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
  info = false;
  stats = false;
  posts = new Set<string>();
  tallies = new Set<string>();
  revealed = new Set<string>();

  add(changes: Changes): void {
    this.info ||= changes.info;
    this.stats ||= changes.stats;
    for (const id of changes.posts) this.posts.add(id);
    for (const id of changes.tallies) this.tallies.add(id);
    for (const id of changes.revealed) this.revealed.add(id);
  }

  get empty(): boolean {
    return !this.info && !this.stats && this.posts.size === 0 && this.tallies.size === 0 && this.revealed.size === 0;
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
  if (changes.info || changes.revealed.size > 0) {
    delta.info = workshopInfo(state);
    any = true;
  }
  if (changes.stats && audience !== 'participant') {
    delta.stats = stats(state);
    any = true;
  }
  const posts: PostView[] = [];
  const removed: string[] = [];
  const tallies: Record<string, number> = {};
  let tallyCount = 0;
  for (const id of changes.posts) {
    const post = state.posts.get(id);
    if (!post) continue;
    if (isVisibleTo(post, audience)) posts.push(postView(state, post, audience));
    else removed.push(id);
  }
  // A post that appears gets its tally with it (0 for a new one), as in a snapshot.
  const addTally = (post: Post) => {
    if (isVisibleTo(post, audience) && talliesVisibleTo(state, audience, post.roundId)) {
      tallies[post.id] = post.voters.size;
      tallyCount++;
    }
  };
  for (const id of new Set([...changes.posts, ...changes.tallies])) {
    const post = state.posts.get(id);
    if (post) addTally(post);
  }
  if (audience === 'participant' && changes.revealed.size > 0) {
    for (const post of state.posts.values()) if (changes.revealed.has(post.roundId)) addTally(post);
  }
  if (posts.length) (delta.posts = posts), (any = true);
  if (removed.length) (delta.removed = removed), (any = true);
  if (tallyCount) (delta.tallies = tallies), (any = true);
  return any ? delta : null;
}

/** Applies a delta to a snapshot held by a client; returns false on a version gap. */
export function applyDelta(snapshot: AudienceSnapshot, delta: AudienceDelta): boolean {
  if (delta.to <= snapshot.version) return true;
  if (delta.from !== snapshot.version) return false;
  if (delta.info) snapshot.info = delta.info;
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
  snapshot.version = delta.to;
  return true;
}
