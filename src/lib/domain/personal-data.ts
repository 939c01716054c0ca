import { isActive } from './rules.js';
import type { Localized, Post, WorkshopState } from './types.js';

/**
 * What a workshop holds about one participant, for their right of access (GDPR article 15):
 * their profile, everything they wrote (withdrawn posts and the words before a facilitator's
 * correction included), their votes, their sign-up and their evaluation answer. The same file
 * whether the participant downloads it with their token or a facilitator makes it for them.
 * Others' words appear only where the participant could read them (the posts they voted for).
 */
export interface PersonalData {
  format: 'samrad-personal-data';
  version: 1;
  workshop: { title: Localized; createdAt: string };
  participant: { id: string; name: string; association: string; sector: string; table: number | null; showName: boolean; joinedAt: string };
  posts: Array<{ id: string; roundId: string; topicIds: string[]; text: string; originalText: string | null; createdAt: string; status: PostStatus; onBehalfOfTable: number | null }>;
  votes: Array<{ postId: string; votes: number; text: string | null }>;
  signup: { name: string; contact: string; consentGivenAt: string } | null;
  evaluation: { scores: Record<string, number>; comment: string; at: string } | null;
}

export type PostStatus = 'shown' | 'hidden' | 'waiting-for-approval' | 'merged' | 'withdrawn';

const iso = (ms: number) => new Date(ms).toISOString();

function statusOf(post: Post): PostStatus {
  if (post.withdrawn) return 'withdrawn';
  if (post.mergedInto) return 'merged';
  if (post.pending) return 'waiting-for-approval';
  return post.hidden ? 'hidden' : 'shown';
}

/** Undefined when the workshop has no such participant (never joined, or erased). */
export function personalData(state: WorkshopState, participantId: string): PersonalData | undefined {
  const participant = state.participants.get(participantId);
  if (!participant) return undefined;
  const posts = (state.postsByAuthor.get(participantId) ?? []).flatMap((id) => state.posts.get(id) ?? []);
  const signup = participant.signup;
  const evaluation = state.evaluations.get(participantId);
  return {
    format: 'samrad-personal-data',
    version: 1,
    workshop: { title: state.setup.title, createdAt: iso(state.createdAt) },
    participant: {
      id: participant.id,
      name: participant.name,
      association: participant.association,
      sector: participant.sector,
      table: participant.table,
      showName: participant.showName,
      joinedAt: iso(participant.joinedAt)
    },
    posts: posts.map((post) => ({
      id: post.id,
      roundId: post.roundId,
      topicIds: [...post.topicIds],
      text: post.text,
      originalText: post.originalText,
      createdAt: iso(post.createdAt),
      status: statusOf(post),
      onBehalfOfTable: post.source === 'table' ? post.table : null
    })),
    votes: [...participant.votes].map(([postId, votes]) => {
      const post = state.posts.get(postId);
      return { postId, votes, text: post && isActive(post) ? post.text : null };
    }),
    signup: signup ? { name: signup.name, contact: signup.contact, consentGivenAt: iso(signup.at) } : null,
    evaluation: evaluation ? { scores: { ...evaluation.scores }, comment: evaluation.comment, at: iso(evaluation.at) } : null
  };
}

/** The participants a facilitator can tell apart by what they gave: for choosing whose data to download. */
export function namedParticipants(state: WorkshopState): Array<{ id: string; name: string; association: string; table: number | null }> {
  return [...state.participants.values()]
    .filter((p) => p.name || p.association || p.signup)
    .map((p) => ({ id: p.id, name: p.name || p.signup?.name || '', association: p.association, table: p.table }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
}
