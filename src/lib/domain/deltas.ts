import type { Changes } from './changes.js';
import { inGroupSample, sampleShift } from './sample.js';
import type { Post, WorkshopState } from './types.js';
import {
  associationNames,
  evaluationSummary,
  followsTally,
  isVisibleTo,
  liveRounds,
  outcomeNotes,
  postView,
  resultsOutsideSample,
  seesAllTallies,
  shownResults,
  signupViews,
  stats,
  workshopInfo,
  type Audience,
  type AudienceSnapshot,
  type EvaluationSummary,
  type PostView,
  type SignupView,
  type Stats,
  type WorkshopInfo
} from './views.js';

/** One compact change for an audience room; `from` must equal the receiver's version. */
export interface AudienceDelta {
  from: number;
  to: number;
  /** Server time, sent with the info so timers stay right on clients with a wrong clock. */
  now?: number;
  /** The whole workshop info, when the setup changed. */
  info?: WorkshopInfo;
  /**
   * Where the meeting is, when that changed but the setup did not: a phase change costs
   * each phone a few hundred bytes, not the whole setup.
   */
  progress?: MeetingProgress;
  posts?: PostView[];
  removed?: string[];
  /** New vote counts, merged into the receiver's. */
  tallies?: Record<string, number>;
  /** Participants: the shown results of a revealed round, replacing that round's counts. */
  roundTallies?: Record<string, Record<string, number>>;
  associations?: string[];
  stats?: Stats;
  online?: number;
  evaluation?: EvaluationSummary;
  signups?: SignupView[];
  outcome?: { summary: string };
}

export type MeetingProgress = Pick<WorkshopInfo, 'phase' | 'revealed' | 'agendaItemId' | 'timer' | 'screen' | 'display' | 'published' | 'updates' | 'joinsClosed' | 'sampledRounds'>;

function meetingProgress(info: WorkshopInfo): MeetingProgress {
  const { phase, revealed, agendaItemId, timer, screen, display, published, updates, joinsClosed, sampledRounds } = info;
  return { phase, revealed, agendaItemId, timer, screen, display, published, updates, joinsClosed, sampledRounds };
}

/** Changes gathered between two ticks; merging is O(size of the entry's changes). */
export class ChangeSet {
  info = false;
  setup = false;
  stats = false;
  people = false;
  evaluation = false;
  associations = false;
  outcome = false;
  posts = new Set<string>();
  authors = new Set<string>();
  tallies = new Set<string>();
  revealed = new Set<string>();
  sampled = new Set<string>();

  add(changes: Changes): void {
    this.info ||= changes.info;
    this.setup ||= changes.setup;
    this.stats ||= changes.stats;
    this.people ||= changes.people;
    this.evaluation ||= changes.evaluation;
    this.associations ||= changes.associations;
    this.outcome ||= changes.outcome;
    for (const id of changes.posts) this.posts.add(id);
    for (const id of changes.authors) this.authors.add(id);
    for (const id of changes.tallies) this.tallies.add(id);
    for (const id of changes.revealed) this.revealed.add(id);
    for (const id of changes.sampled) this.sampled.add(id);
  }

  get empty(): boolean {
    return (
      !this.info && !this.setup && !this.stats && !this.people && !this.evaluation && !this.associations && !this.outcome &&
      this.posts.size === 0 && this.authors.size === 0 && this.tallies.size === 0 && this.revealed.size === 0 && this.sampled.size === 0
    );
  }

  /** The changed posts, with the (not withdrawn) posts of every author whose profile changed. */
  changedPosts(state: WorkshopState): Set<string> {
    if (this.authors.size === 0) return this.posts;
    const ids = new Set(this.posts);
    for (const author of this.authors) for (const id of state.postsByAuthor.get(author) ?? []) if (!state.posts.get(id)?.withdrawn) ids.add(id);
    return ids;
  }
}

export interface DeltaContext {
  /** Server time now. */
  now: number;
  /** Participants connected now, when the server's count changed since the last delta. */
  online?: number;
  /**
   * The workshop's figures, made by the first audience of a tick that needs them and
   * shared with the next (the projector and the console): they count over everyone.
   */
  stats?: Stats;
  /**
   * A revealed round's shown results, ranked once per tick for all 64 groups of phones
   * (filled in by the first group that needs them).
   */
  shownResults?: Map<string, Record<string, number>>;
}

/**
 * The delta one audience needs for the changes since the last tick, or null when it
 * would see nothing new. Its cost follows the number of changed posts, not the number
 * of votes cast in the tick. For phones, `group` is their sample group (sample.ts): they
 * get only that group's share of a large round; without it, every post.
 */
export function deltaFor(state: WorkshopState, audience: Audience, changes: ChangeSet, from: number, context: DeltaContext, group?: number): AudienceDelta | null {
  const delta: AudienceDelta = { from, to: from + 1 };
  let any = false;
  const staff = audience !== 'participant';
  if (changes.setup) {
    delta.info = workshopInfo(state);
    delta.now = context.now;
    any = true;
  } else if (changes.info || changes.revealed.size > 0) {
    delta.progress = meetingProgress(workshopInfo(state));
    delta.now = context.now;
    any = true;
  }
  if (changes.stats && staff) (delta.stats = context.stats ??= stats(state)), (any = true);
  if (context.online !== undefined && staff) (delta.online = context.online), (any = true);
  if (changes.associations) (delta.associations = associationNames(state)), (any = true);
  if (changes.evaluation && staff) (delta.evaluation = evaluationSummary(state, audience)), (any = true);
  if (changes.people && audience === 'facilitator') (delta.signups = signupViews(state)), (any = true);
  if (changes.outcome && audience === 'facilitator') (delta.outcome = outcomeNotes(state)), (any = true);

  // The projector shows names only when the settings allow: a settings change sends its posts again.
  const changed = changes.changedPosts(state);
  const postIds = changes.setup && audience === 'screen' ? new Set(state.posts.keys()) : changed;
  const sampled = (post: Post) => group === undefined || audience !== 'participant' || inGroupSample(state, post, group);
  const posts = new Map<string, PostView>();
  const removed = new Set<string>();
  for (const id of postIds) {
    const post = state.posts.get(id);
    // A post outside this group's share is none of its business: not even its removal.
    if (!post || !sampled(post)) continue;
    if (isVisibleTo(post, audience)) posts.set(id, postView(state, post, audience));
    else if (changed.has(id)) removed.add(id);
  }
  if (group !== undefined && audience === 'participant') {
    // A large round's voting sample was drawn: this group's share of it changes.
    for (const roundId of changes.sampled) {
      const { gained, lost } = sampleShift(state, roundId, group);
      for (const post of gained) if (isVisibleTo(post, audience)) posts.set(post.id, postView(state, post, audience));
      for (const post of lost) if (isVisibleTo(post, audience)) removed.add(post.id);
    }
  }

  // Counts each receiver follows: every count for staff, live rounds for phones. A post
  // that appears gets its count with it (0 for a new one), as in a snapshot.
  const live = liveRounds(state);
  const tallies: Record<string, number> = {};
  let count = 0;
  for (const id of new Set([...changed, ...changes.tallies])) {
    const post = state.posts.get(id);
    if (post && followsTally(state, post, audience, live) && sampled(post)) (tallies[id] = post.tally), count++;
  }
  if (count) (delta.tallies = tallies), (any = true);

  if (!seesAllTallies(audience)) {
    // Phones: a revealed round (not live) whose counts changed gets its shown results again, whole.
    const rounds = new Set([...changes.revealed].filter((id) => !live.has(id)));
    for (const id of [...changed, ...changes.tallies]) {
      const roundId = state.posts.get(id)?.roundId;
      if (roundId && !live.has(roundId) && state.revealed.includes(roundId)) rounds.add(roundId);
    }
    // A setup change may turn a round's live counts on or off: every round's counts go again, whole.
    if (changes.setup) for (const round of state.setup.rounds) rounds.add(round.id);
    if (rounds.size) {
      delta.roundTallies = {};
      for (const roundId of rounds) {
        delta.roundTallies[roundId] = participantRoundTallies(state, roundId, live, group, context);
        // Shown results name their posts: a sampled phone gets the ones outside its share.
        for (const post of resultsOutsideSample(state, roundId, delta.roundTallies[roundId], group)) posts.set(post.id, postView(state, post, audience));
      }
      any = true;
    }
  }
  if (posts.size) (delta.posts = [...posts.values()]), (any = true);
  if (removed.size) (delta.removed = [...removed]), (any = true);
  return any ? delta : null;
}


/** A round's counts as a phone's snapshot has them: all of its share while live, the shown results once revealed, else none. */
function participantRoundTallies(state: WorkshopState, roundId: string, live: Set<string>, group: number | undefined, context: DeltaContext): Record<string, number> {
  if (!live.has(roundId)) {
    if (!state.revealed.includes(roundId)) return {};
    const shown = (context.shownResults ??= new Map());
    let results = shown.get(roundId);
    if (!results) shown.set(roundId, (results = shownResults(state, roundId)));
    return results;
  }
  const tallies: Record<string, number> = {};
  for (const post of state.posts.values()) {
    if (post.roundId !== roundId || (group !== undefined && !inGroupSample(state, post, group))) continue;
    if (followsTally(state, post, 'participant', live)) tallies[post.id] = post.tally;
  }
  return tallies;
}

/**
 * Applies a delta to a snapshot held by a client; returns false on a version gap. `list`
 * makes the new post list (a browser passes one its reactive state leaves unwrapped).
 */
export function applyDelta(snapshot: AudienceSnapshot, delta: AudienceDelta, list: (posts: PostView[]) => PostView[] = (posts) => posts): boolean {
  if (delta.to <= snapshot.version) return true;
  if (delta.from !== snapshot.version) return false;
  if (delta.info) snapshot.info = delta.info;
  if (delta.progress) snapshot.info = { ...snapshot.info, ...delta.progress };
  if (delta.now !== undefined) snapshot.now = delta.now;
  if (delta.stats) snapshot.stats = { ...delta.stats, online: snapshot.stats?.online };
  if (delta.online !== undefined) snapshot.stats = { ...(snapshot.stats ?? emptyStats()), online: delta.online };
  if (delta.associations) snapshot.associations = delta.associations;
  if (delta.evaluation) snapshot.evaluation = delta.evaluation;
  if (delta.signups) snapshot.signups = delta.signups;
  if (delta.outcome) snapshot.outcome = delta.outcome;
  if (delta.posts || delta.removed) {
    const byId = new Map(snapshot.posts.map((p) => [p.id, p]));
    for (const post of delta.posts ?? []) {
      byId.set(post.id, post);
      // A merged post's votes moved to the kept one: its own count is gone (staff get a 0 below).
      if (post.mergedInto) delete snapshot.tallies[post.id];
    }
    for (const id of delta.removed ?? []) {
      byId.delete(id);
      delete snapshot.tallies[id];
    }
    snapshot.posts = list([...byId.values()]);
  }
  if (delta.tallies) Object.assign(snapshot.tallies, delta.tallies);
  for (const [roundId, shown] of Object.entries(delta.roundTallies ?? {})) {
    for (const post of snapshot.posts) if (post.roundId === roundId) delete snapshot.tallies[post.id];
    Object.assign(snapshot.tallies, shown);
  }
  snapshot.version = delta.to;
  return true;
}

const emptyStats = (): Stats => ({ joined: 0, posts: 0, associations: 0, signups: 0, sectors: {}, voters: {} });
