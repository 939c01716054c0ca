import { rankTopic } from './aggregate.js';
import { isActive } from './rules.js';
import type { Localized, OutcomeUpdate, Post, PostSource, WorkshopState } from './types.js';

/**
 * A workshop's outcome without personal data: what the report prints, what the published
 * participant link shows and what the exports summarise. Only counting posts (not hidden,
 * withdrawn, queued or merged away) appear; votes are their tallies.
 */
export interface OutcomeRow {
  id: string;
  text: string;
  votes: number;
  /** Competition rank within its principle (1, 1, 3). */
  rank: number;
  topicIds: string[];
  source?: Exclude<PostSource, 'participant'>;
  table?: number;
  people?: number;
  carriedFrom?: { title: string; votes: number };
}

export interface OutcomeTopic {
  id: string;
  name: Localized;
  rows: OutcomeRow[];
}

export interface OutcomeRound {
  id: string;
  title: Localized;
  postNoun: Localized;
  topicsPerPost: 'one' | 'many';
  votes: number;
  posts: number;
  topics: OutcomeTopic[];
}

export interface OutcomeFigures {
  participants: number;
  /** Distinct associations given by participants. */
  associations: number;
  posts: number;
  votes: number;
  signups: number;
  /** Participants per sector id ('' = none given). */
  sectors: Record<string, number>;
}

export interface OutcomeView {
  title: Localized;
  language: 'sv' | 'en';
  createdAt: number;
  published: number | null;
  summary: string;
  updates: OutcomeUpdate[];
  figures: OutcomeFigures;
  sectors: { id: string; name: Localized }[];
  rounds: OutcomeRound[];
}

function row(post: Post, votes: number, rank: number): OutcomeRow {
  const out: OutcomeRow = { id: post.id, text: post.text, votes, rank, topicIds: [...post.topicIds] };
  if (post.source !== 'participant') out.source = post.source;
  if (post.table !== null) out.table = post.table;
  if (post.people !== null) out.people = post.people;
  if (post.carriedFrom) out.carriedFrom = { ...post.carriedFrom };
  return out;
}

export function outcomeView(state: WorkshopState): OutcomeView {
  const counting = [...state.posts.values()].filter(isActive);
  const tallies = Object.fromEntries(counting.map((p) => [p.id, p.tally]));
  const rounds = state.setup.rounds.map((round): OutcomeRound => {
    const posts = counting.filter((p) => p.roundId === round.id);
    return {
      id: round.id,
      title: round.title,
      postNoun: round.postNoun,
      topicsPerPost: round.topicsPerPost,
      votes: posts.reduce((sum, p) => sum + p.tally, 0),
      posts: posts.length,
      topics: state.setup.topics.map((topic) => ({
        id: topic.id,
        name: topic.name,
        rows: rankTopic(posts, tallies, round.id, topic.id).map((r) => row(r.post, r.votes, r.rank))
      }))
    };
  });
  const sectors: Record<string, number> = {};
  let signups = 0;
  for (const p of state.participants.values()) {
    sectors[p.sector] = (sectors[p.sector] ?? 0) + 1;
    if (p.signup) signups++;
  }
  return {
    title: state.setup.title,
    language: state.setup.language,
    createdAt: state.createdAt,
    published: state.published,
    summary: state.summary,
    updates: state.updates.map((u) => ({ ...u })),
    figures: {
      participants: state.participants.size,
      associations: state.associations.size,
      posts: counting.length,
      votes: counting.reduce((sum, p) => sum + p.tally, 0),
      signups,
      sectors
    },
    sectors: state.setup.sectors.map((s) => ({ id: s.id, name: s.name })),
    rounds
  };
}
