import { LIMITS } from './limits.js';
import { budgetScope, canPost, canVote, canWithdraw, findRound, isActive, remainingVotes } from './rules.js';
import type { Actor, Command, ErrorCode, LogEntry, Outcome, Post, WorkshopState } from './types.js';

/** What an entry changed, so the server can send each audience a small delta. */
export interface Changes {
  /** The phase or the revealed rounds changed. */
  phase: boolean;
  /** Participation figures changed. */
  stats: boolean;
  /** Posts whose content or visibility changed. */
  posts: string[];
  /** Posts whose vote count changed. */
  tallies: string[];
  /** Rounds revealed by this entry: their whole tallies become visible to participants. */
  revealed: string[];
}

export interface ExecuteResult {
  state: WorkshopState;
  outcome: Outcome;
  changes: Changes;
}

const noChanges = (): Changes => ({ phase: false, stats: false, posts: [], tallies: [], revealed: [] });

export const actorKey = (actor: Actor) => (actor.role === 'participant' ? `p:${actor.participantId}` : actor.role);

/**
 * Applies one log entry. Deterministic: it reads only the state and the entry, so every
 * process that applies the same log reaches the same state and the same outcomes.
 *
 * The state is updated in place (and returned) so that a vote costs O(1) even in a
 * workshop with thousands of participants; replaying a log from the start builds a
 * fresh state whenever an untouched copy is needed.
 */
export function execute(state: WorkshopState, entry: LogEntry): ExecuteResult {
  const key = `${actorKey(entry.actor)}:${entry.commandId}`;
  state.seq = entry.seq;
  state.updatedAt = entry.at;
  const earlier = state.outcomes.get(key);
  if (earlier) return { state, outcome: earlier, changes: noChanges() };

  const changes = noChanges();
  const outcome = apply(state, entry, changes);
  state.outcomes.set(key, outcome);
  return { state, outcome, changes };
}

const fail = (error: ErrorCode): Outcome => ({ ok: false, error });
const OK: Outcome = { ok: true };

function apply(state: WorkshopState, entry: LogEntry, changes: Changes): Outcome {
  const { actor, command } = entry;
  switch (command.type) {
    case 'workshop:create':
      return fail('already_exists');
    case 'participant:join':
      return join(state, entry, command, changes);
    case 'phase:set':
    case 'post:hide':
      if (actor.role !== 'facilitator') return fail('forbidden');
      return command.type === 'phase:set' ? setPhase(state, command, changes) : hidePost(state, command, changes);
    default: {
      if (actor.role !== 'participant') return fail('forbidden');
      if (!state.participants.has(actor.participantId)) return fail('not_joined');
      return participantCommand(state, entry, actor.participantId, command, changes);
    }
  }
}

function join(
  state: WorkshopState,
  entry: LogEntry,
  command: Extract<Command, { type: 'participant:join' }>,
  changes: Changes
): Outcome {
  if (state.participants.has(command.participantId) || state.participantByToken.has(command.tokenHash)) {
    return fail('already_exists');
  }
  state.participants.set(command.participantId, {
    id: command.participantId,
    tokenHash: command.tokenHash,
    name: command.name.slice(0, LIMITS.name),
    association: command.association.slice(0, LIMITS.association),
    joinedAt: entry.at,
    votes: new Set()
  });
  state.participantByToken.set(command.tokenHash, command.participantId);
  changes.stats = true;
  return OK;
}

function participantCommand(
  state: WorkshopState,
  entry: LogEntry,
  participantId: string,
  command: Command,
  changes: Changes
): Outcome {
  const participant = state.participants.get(participantId)!;
  switch (command.type) {
    case 'participant:update':
      participant.name = command.name.slice(0, LIMITS.name);
      participant.association = command.association.slice(0, LIMITS.association);
      changes.stats = true;
      // Facilitators see authors on posts: those posts must be sent again.
      for (const post of state.posts.values()) if (post.authorId === participantId && !post.withdrawn) changes.posts.push(post.id);
      return OK;
    case 'post:create':
      return createPost(state, entry, participantId, command, changes);
    case 'post:withdraw': {
      const post = state.posts.get(command.postId);
      if (!post || post.withdrawn) return fail('post_not_found');
      if (post.authorId !== participantId) return fail('not_author');
      if (!canWithdraw(state.phase, post.roundId)) return fail('withdraw_closed');
      post.withdrawn = true;
      // The votes are given back: clear them so no budget or tally keeps counting them.
      for (const voterId of post.voters) state.participants.get(voterId)?.votes.delete(post.id);
      post.voters.clear();
      changes.posts.push(post.id);
      changes.tallies.push(post.id);
      changes.stats = true;
      return OK;
    }
    case 'vote:cast':
      return castVote(state, participantId, command.postId, changes);
    case 'vote:retract': {
      const post = state.posts.get(command.postId);
      if (!post || post.withdrawn) return fail('post_not_found');
      if (!canVote(state.phase, post.roundId)) return fail('voting_closed');
      if (!post.voters.delete(participantId)) return fail('not_voted');
      participant.votes.delete(post.id);
      changes.tallies.push(post.id);
      return OK;
    }
    default:
      return fail('forbidden');
  }
}

function createPost(
  state: WorkshopState,
  entry: LogEntry,
  authorId: string,
  command: Extract<Command, { type: 'post:create' }>,
  changes: Changes
): Outcome {
  const round = findRound(state.setup, command.roundId);
  if (!round) return fail('unknown_round');
  if (!canPost(state.phase, round.id)) return fail('posting_closed');
  const text = command.text.trim();
  if (text.length === 0) return fail('text_empty');
  if (text.length > LIMITS.postText) return fail('text_too_long');
  const topicIds = [...new Set(command.topicIds)];
  if (topicIds.length === 0 || (round.topicsPerPost === 'one' && topicIds.length !== 1)) return fail('wrong_topic_count');
  if (!topicIds.every((id) => state.setup.topics.some((t) => t.id === id))) return fail('unknown_topic');

  const post: Post = {
    id: `p${entry.seq}`,
    roundId: round.id,
    topicIds,
    text,
    authorId,
    createdAt: entry.at,
    hidden: false,
    withdrawn: false,
    voters: new Set()
  };
  state.posts.set(post.id, post);
  changes.posts.push(post.id);
  changes.stats = true;
  return { ok: true, postId: post.id };
}

function castVote(state: WorkshopState, participantId: string, postId: string, changes: Changes): Outcome {
  const post = state.posts.get(postId);
  if (!post || post.withdrawn) return fail('post_not_found');
  if (!isActive(post)) return fail('post_not_active');
  const round = findRound(state.setup, post.roundId);
  if (!round) return fail('unknown_round');
  if (!canVote(state.phase, round.id)) return fail('voting_closed');
  if (post.voters.has(participantId)) return fail('already_voted');
  const participant = state.participants.get(participantId)!;
  const left = remainingVotes(round, budgetScope(round, post), participant.votes, (id) => state.posts.get(id));
  if (left <= 0) return fail('budget_exhausted');
  post.voters.add(participantId);
  participant.votes.add(post.id);
  changes.tallies.push(post.id);
  return OK;
}

function setPhase(state: WorkshopState, command: Extract<Command, { type: 'phase:set' }>, changes: Changes): Outcome {
  const { phase } = command;
  if (phase.kind === 'round') {
    if (!findRound(state.setup, phase.roundId)) return fail('unknown_round');
    if ((phase.stage === 'results' || phase.stage === 'closed') && !state.revealed.includes(phase.roundId)) {
      // Results are revealed once and stay visible; "closed" after results keeps them.
      if (phase.stage === 'results') {
        state.revealed.push(phase.roundId);
        changes.revealed.push(phase.roundId);
      }
    }
  }
  state.phase = phase.kind === 'round' ? { kind: 'round', roundId: phase.roundId, stage: phase.stage } : { kind: 'lobby' };
  changes.phase = true;
  return OK;
}

function hidePost(state: WorkshopState, command: Extract<Command, { type: 'post:hide' }>, changes: Changes): Outcome {
  const post = state.posts.get(command.postId);
  if (!post || post.withdrawn) return fail('post_not_found');
  if (post.hidden !== command.hidden) {
    if (!command.hidden) keepVotesWithinBudget(state, post);
    post.hidden = command.hidden;
    changes.posts.push(post.id);
    changes.tallies.push(post.id);
    changes.stats = true;
  }
  return OK;
}

/**
 * A hidden post's votes were given back, and a voter may have spent them since. When the
 * post is shown again, a vote comes back only if the voter still has room for it in that
 * budget; otherwise it is dropped, so no one ends up over budget. Voters are visited in
 * the order they voted, which keeps this deterministic.
 */
function keepVotesWithinBudget(state: WorkshopState, post: Post): void {
  const round = findRound(state.setup, post.roundId);
  if (!round) return;
  const scope = budgetScope(round, post);
  for (const voterId of [...post.voters]) {
    const voter = state.participants.get(voterId);
    if (!voter) continue;
    // The post is still hidden here, so its own vote is not counted as used.
    if (remainingVotes(round, scope, voter.votes, (id) => state.posts.get(id)) > 0) continue;
    post.voters.delete(voterId);
    voter.votes.delete(post.id);
  }
}
