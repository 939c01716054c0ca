import { fail, OK, type Changes } from '../changes.js';
import type { Command, Outcome, Participant, WorkshopState } from '../types.js';
import { associationKey } from './participation.js';
import { clearAllVotes, clearVotes } from './votes.js';

type CommandOf<T extends Command['type']> = Extract<Command, { type: T }>;

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
export function eraseParticipant(state: WorkshopState, participant: Participant, changes: Changes): Outcome {
  for (const [postId] of [...participant.votes]) {
    const post = state.posts.get(postId);
    if (!post) continue;
    clearVotes(post, participant, participant.id);
    changes.tallies.push(post.id);
  }

  // Posts that others' duplicates were merged into (their votes moved there with them).
  const mergedInto = new Set<string>();
  for (const post of state.posts.values()) if (post.mergedInto && !post.withdrawn && post.authorId !== participant.id) mergedInto.add(post.mergedInto);
  for (const post of state.posts.values()) {
    if (post.authorId !== participant.id) continue;
    if (!post.withdrawn && mergedInto.has(post.id)) {
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
export function rotateKey(state: WorkshopState, command: CommandOf<'key:rotate'>): Outcome {
  if (!SHA256_HEX.test(command.keyHash)) return fail('invalid_payload');
  state.keyHash = command.keyHash;
  return OK;
}
