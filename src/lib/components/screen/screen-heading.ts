import { postsOfTopic } from '$lib/client/view.js';
import { roundVoteTotal } from '$lib/domain/aggregate.js';
import type { AudienceSnapshot } from '$lib/domain/views.js';
import { pick, t } from '$lib/i18n/index.svelte.js';
import { screenPosts, type Pane } from './screen-pane.js';

export interface Heading {
  tags: string[];
  /** The page's h1; null in the lobby, which names the workshop itself. */
  heading: string | null;
  /** One number the room follows ("34 inlägg", "120 röster lagda"). */
  figure: string | null;
}

/** The header's words for a pane. Reads the i18n state, so call it inside a `$derived`. */
export function headingFor(pane: Pane, snapshot: AudienceSnapshot): Heading {
  if (pane.kind === 'lobby') return { tags: [], heading: null, figure: null };
  if (pane.kind === 'evaluation') {
    return { tags: [], heading: t('screen.eval.heading'), figure: t('screen.eval.responses', { count: snapshot.evaluation?.responses ?? 0 }) };
  }
  if (pane.kind === 'updates') return { tags: [], heading: t('screen.updates.heading'), figure: null };
  const { round, number, stage } = pane.round;
  const posts = screenPosts(snapshot.posts, round.id);
  const roundTag = t('round.short', { n: number });
  const tags = stage ? [roundTag, t(`stage.${stage}`)] : [roundTag];
  const votes = () => t('s.votesCast', { count: roundVoteTotal(posts, snapshot.tallies, round.id) });
  switch (pane.kind) {
    case 'board':
      return { tags, heading: pick(round.prompt), figure: stage === 'collecting' ? t('s.posts', { count: posts.length }) : votes() };
    case 'thanks':
      return { tags, heading: pick(round.prompt), figure: t('s.posts', { count: posts.length }) };
    case 'ranking':
      return { tags, heading: pane.topic ? t('screen.ranking.topic', { topic: pick(pane.topic.name) }) : t('screen.ranking.heading'), figure: votes() };
    case 'overview':
      return { tags, heading: t('screen.overview.heading', { round: pick(round.title) }), figure: t('s.posts', { count: posts.length }) };
    case 'wall':
      return { tags, heading: pick(pane.topic.name), figure: t('s.posts', { count: postsOfTopic(posts, pane.topic.id).length }) };
    case 'words':
      return {
        tags,
        heading: t('screen.words.heading', { topic: pick(pane.topic.name) }),
        figure: t('s.posts', { count: postsOfTopic(posts, pane.topic.id).length })
      };
  }
}
