import { fail, OK, type Changes } from '../changes.js';
import type { Result, Participant, WorkshopState, CommandOf } from '../types.js';
import { associationKey } from './participation.js';
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
 * The append-only log still holds what they sent until the workshop itself is deleted.
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
  forgetAssociation(state, participant.association, changes);
  state.participantByToken.delete(participant.tokenHash);
  state.participants.delete(participant.id);
  changes.stats = true;
  return OK;
}

/** The association list counts participants per spelling; one fewer gave this one. */
function forgetAssociation(state: WorkshopState, name: string, changes: Changes): void {
  const key = associationKey(name);
  const known = key ? state.associations.get(key) : undefined;
  if (!known) return;
  if (--known.count === 0) {
    state.associations.delete(key);
    changes.associations = true;
  }
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
