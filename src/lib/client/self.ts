import type { ParticipantSelf } from '../domain/views.js';
import type { Ack } from '../protocol/events.js';
import type { QueuedCommand } from './commands.js';

/**
 * The participant's own posts and votes, updated from acknowledgements (deltas never
 * carry them: they are nobody else's business). An error that proves the server already
 * agrees ("already voted", "not voted") updates `self` like a success would.
 */
export function selfAfterAck(self: ParticipantSelf, command: QueuedCommand, ack: Ack<{ postId?: string }>): ParticipantSelf {
  const error = ack.ok ? null : ack.error;
  const without = (list: string[], id: string) => list.filter((x) => x !== id);
  switch (command.event) {
    case 'post:create':
      return ack.ok && ack.postId && !self.postIds.includes(ack.postId) ? { ...self, postIds: [...self.postIds, ack.postId] } : self;
    case 'post:withdraw':
      return ack.ok || error === 'post_not_found'
        ? { ...self, postIds: without(self.postIds, command.payload.postId), pending: self.pending.filter((p) => p.id !== command.payload.postId), hidden: self.hidden.filter((p) => p.id !== command.payload.postId) }
        : self;
    case 'vote:cast': {
      const id = command.payload.postId;
      // With stacking a post may hold several of my votes: each success adds one.
      if (ack.ok || (error === 'already_voted' && !self.votes.includes(id))) return { ...self, votes: [...self.votes, id] };
      return self;
    }
    case 'vote:retract': {
      const id = command.payload.postId;
      if (error === 'not_voted') return { ...self, votes: without(self.votes, id) };
      if (!ack.ok) return self;
      const at = self.votes.lastIndexOf(id);
      return at < 0 ? self : { ...self, votes: [...self.votes.slice(0, at), ...self.votes.slice(at + 1)] };
    }
    case 'participant:update': {
      if (!ack.ok) return self;
      const { name, association, sector, table, showName } = command.payload;
      return { ...self, name, association, sector: sector ?? self.sector, table: table === undefined ? self.table : table, showName: showName ?? self.showName };
    }
    case 'signup:set':
      return ack.ok ? { ...self, signup: { name: command.payload.name, contact: command.payload.contact } } : self;
    case 'signup:withdraw':
      return ack.ok ? { ...self, signup: null } : self;
    case 'evaluation:answer':
      return ack.ok ? { ...self, evaluation: { scores: command.payload.scores, comment: command.payload.comment } } : self;
    default:
      return self;
  }
}

/** Votes per post as the participant will have them once the queue is through: what the buttons show. */
export function effectiveVotes(self: ParticipantSelf | null, queue: readonly QueuedCommand[]): Map<string, number> {
  const votes = voteCounts(self?.votes ?? []);
  for (const command of queue) {
    const id = command.event === 'vote:cast' || command.event === 'vote:retract' ? command.payload.postId : null;
    if (!id) continue;
    const count = (votes.get(id) ?? 0) + (command.event === 'vote:cast' ? 1 : -1);
    if (count > 0) votes.set(id, count);
    else votes.delete(id);
  }
  return votes;
}

/** `['a', 'a', 'b']` → a: 2, b: 1. */
export function voteCounts(votes: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of votes) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
