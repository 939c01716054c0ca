import { fail, OK, type Changes } from '../changes.js';
import type { LogEntry, Result, Participant, WorkshopState, CommandOf } from '../types.js';
import { countAssociation } from './associations.js';
import { clearAllVotes, clearVotes } from './votes.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * A participant's "delete my data". Afterwards the state holds nothing of theirs:
 * - their posts are withdrawn (their votes given back) and their words blanked, except a
 *   post others' duplicates were merged into: that one is the group's now, so it stays,
 *   without an author;
 * - their votes are taken back from every post;
 * - their profile, sign-up and evaluation answer are gone, with the participant itself;
 * - their token no longer leads anywhere: a join with it makes a new, anonymous participant,
 *   and commands from their other tabs are refused (not_joined).
 * The log's copy of what they sent is made unreadable by the server, which seals those fields
 * under the participant's own key and erases the key (server/privacy/sealed-log.ts); a replay
 * then reads stand-ins, which this same erasure removes again.
 * Allowed in every phase: the right to be forgotten does not wait for a round to reopen.
 */
export function eraseParticipant(state: WorkshopState, participant: Participant, changes: Changes): Result {
  for (const [postId] of [...participant.votes]) {
    const post = state.posts.get(postId);
    if (!post) continue;
    clearVotes(post, participant, participant.id);
    changes.tallies.push(post.id);
  }

  // Their posts, through the index (never a scan of every post), and which of them others'
  // duplicates were merged into (their votes moved there with them): decided before any
  // post changes, as the posts merged in may be theirs too.
  const own = (state.postsByAuthor.get(participant.id) ?? []).flatMap((id) => state.posts.get(id) ?? []);
  const byOthers = (postId: string) =>
    (state.mergedFrom.get(postId) ?? []).some((id) => {
      const other = state.posts.get(id);
      return other !== undefined && !other.withdrawn && other.authorId !== participant.id;
    });
  const groupPosts = new Set(own.filter((post) => byOthers(post.id)).map((post) => post.id));
  state.postsByAuthor.delete(participant.id);
  for (const post of own) {
    if (!post.withdrawn && groupPosts.has(post.id)) {
      post.authorId = '';
      changes.posts.push(post.id);
      continue;
    }
    if (!post.withdrawn) {
      post.withdrawn = true;
      clearAllVotes(state, post);
      changes.posts.push(post.id);
      changes.tallies.push(post.id);
    }
    post.text = '';
    post.originalText = null;
    post.authorId = '';
  }

  if (state.evaluations.delete(participant.id)) changes.evaluation = true;
  if (participant.signup) changes.people = true;
  countAssociation(state, participant.association, -1, changes);
  state.participantByToken.delete(participant.tokenHash);
  state.participants.delete(participant.id);
  changes.stats = true;
  return OK;
}

/** Whom an entry erases, if it is an erasure (accepted or not): the participant who sent it, or the one a facilitator named. */
export function erasedParticipant(entry: Pick<LogEntry, 'actor' | 'command'>): string | undefined {
  if (entry.command.type !== 'participant:erase') return undefined;
  return entry.actor.role === 'participant' ? entry.actor.participantId : entry.actor.role === 'facilitator' ? entry.command.participantId : undefined;
}

/** Replaces the facilitator key's hash. The key itself never reaches the log. */
export function rotateKey(state: WorkshopState, command: CommandOf<'key:rotate'>): Result {
  if (!SHA256_HEX.test(command.keyHash)) return fail('invalid_payload');
  state.keyHash = command.keyHash;
  return OK;
}

/** Stops (or starts again) letting new participants join; those who joined can still come back. */
export function closeJoins(state: WorkshopState, command: CommandOf<'workshop:close'>, changes: Changes): Result {
  if (state.joinsClosed !== command.closed) (state.joinsClosed = command.closed), (changes.info = true);
  return OK;
}
