import type { Localized, WorkshopSetup } from '$lib/domain/types.js';
import type { PostView } from '$lib/domain/views.js';

export interface Removal {
  kind: 'topic' | 'round';
  name: Localized;
  /** Posts that will be hidden: they belong to nothing that stays. */
  hidden: number;
  /** Posts that keep another principle and stay. */
  kept: number;
}

/**
 * What removing principles and rounds does to the posts, for the confirmation. Mirrors the
 * domain's rule (updateSetup): a post is hidden when its round goes or every principle it
 * belongs to goes; otherwise it keeps the principles that stay. Posts already hidden or
 * merged away count for nothing, so an empty answer means nobody would see a difference.
 */
export function removalImpact(before: WorkshopSetup, after: WorkshopSetup, all: readonly PostView[]): Removal[] {
  const posts = all.filter((p) => !p.hidden && !p.mergedInto);
  const roundIds = new Set(after.rounds.map((r) => r.id));
  const topicIds = new Set(after.topics.map((t) => t.id));
  const goes = (post: PostView) => !roundIds.has(post.roundId) || post.topicIds.every((id) => !topicIds.has(id));
  const removals: Removal[] = [];
  for (const round of before.rounds) {
    if (roundIds.has(round.id)) continue;
    const hidden = posts.filter((p) => p.roundId === round.id).length;
    if (hidden) removals.push({ kind: 'round', name: round.title, hidden, kept: 0 });
  }
  for (const topic of before.topics) {
    if (topicIds.has(topic.id)) continue;
    const linked = posts.filter((p) => p.topicIds.includes(topic.id) && roundIds.has(p.roundId));
    const hidden = linked.filter(goes).length;
    if (linked.length) removals.push({ kind: 'topic', name: topic.name, hidden, kept: linked.length - hidden });
  }
  return removals;
}
