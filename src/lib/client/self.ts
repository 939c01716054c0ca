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
      return ack.ok || error === 'post_not_found' ? { ...self, postIds: without(self.postIds, command.payload.postId) } : self;
    case 'vote:cast':
      return (ack.ok || error === 'already_voted') && !self.votes.includes(command.payload.postId)
        ? { ...self, votes: [...self.votes, command.payload.postId] }
        : self;
    case 'vote:retract':
      return ack.ok || error === 'not_voted' ? { ...self, votes: without(self.votes, command.payload.postId) } : self;
    case 'participant:update':
      return ack.ok ? { ...self, name: command.payload.name, association: command.payload.association } : self;
    default:
      return self;
  }
}

/** Votes as the participant will have them once the queue is through: what the buttons show. */
export function effectiveVotes(self: ParticipantSelf | null, queue: readonly QueuedCommand[]): Set<string> {
  const votes = new Set(self?.votes ?? []);
  for (const command of queue) {
    if (command.event === 'vote:cast') votes.add(command.payload.postId);
    else if (command.event === 'vote:retract') votes.delete(command.payload.postId);
  }
  return votes;
}
