/**
 * A series of meetings seen as one: the figures the seed's summary gives (meetings,
 * participants, distinct associations, working-group sign-ups), sector representation,
 * and per round and principle every meeting's posts, with similar ones grouped across
 * meetings. Pure: it reads the member workshops' outcome views (no personal data) and
 * the keys of their association tallies.
 */
import { associationKey } from './commands/participation.js';
import { outcomeView, type OutcomeView } from './outcome-view.js';
import { suggestMerges } from './similarity.js';
import type { Language, Localized, OutcomeUpdate, WorkshopState } from './types.js';

export interface SeriesMeetingInput {
  workshopId: string;
  outcome: OutcomeView;
  /** The keys of the workshop's `associations` map: names, case- and space-insensitive. */
  associationKeys: readonly string[];
}

/** What the series view needs of one workshop: its outcome and its association keys, nothing personal. */
export const seriesMeetingInput = (state: WorkshopState): SeriesMeetingInput => ({
  workshopId: state.id,
  outcome: outcomeView(state),
  associationKeys: [...state.associations.keys()]
});

export interface SeriesInfo {
  id: string;
  title: string;
  createdAt: number;
  updates: OutcomeUpdate[];
}

export interface SeriesMeeting {
  workshopId: string;
  title: Localized;
  createdAt: number;
  published: number | null;
  participants: number;
  associations: number;
  posts: number;
  votes: number;
  signups: number;
}

export interface SeriesTotals {
  meetings: number;
  /** Summed over meetings: someone at two meetings counts twice, as in the seed's summary. */
  participants: number;
  /** Distinct across meetings: "IFK Helsingborg" and "ifk  helsingborg" are one. */
  associations: number;
  signups: number;
  posts: number;
  votes: number;
}

export interface SeriesSector {
  id: string;
  name: Localized;
  /** Participants across meetings who gave this sector. */
  count: number;
}

/** One post of one meeting. */
export interface SeriesItem {
  workshopId: string;
  postId: string;
  text: string;
  votes: number;
  carried: boolean;
}

/** Posts of several meetings (or one) that say much the same thing. */
export interface SeriesGroup {
  /** The group's most-voted wording (the earliest of equals). */
  text: string;
  /** Sum of the items' votes, each counted in the meeting it got them. */
  votes: number;
  /** Meetings the group has items from, in meeting order. */
  workshopIds: string[];
  /** Meeting order, then votes. */
  items: SeriesItem[];
}

export interface SeriesTopic {
  id: string;
  name: Localized;
  /** Most votes first. */
  groups: SeriesGroup[];
}

export interface SeriesRound {
  id: string;
  title: Localized;
  postNoun: Localized;
  topics: SeriesTopic[];
}

export interface SeriesView extends SeriesInfo {
  totals: SeriesTotals;
  /** Every sector the meetings offered, in their order, with how many gave it. */
  sectors: SeriesSector[];
  /** Participants who gave no sector. */
  sectorNotGiven: number;
  /** Oldest first. */
  meetings: SeriesMeeting[];
  rounds: SeriesRound[];
  /** Member workshops that no longer exist (deleted, or past retention). */
  missing: string[];
  /**
   * Member workshops whose facilitator key was changed ("Byt nyckel") since they were
   * attached: nothing of them is shown until they are attached again with the new key.
   */
  stale: string[];
}

function meetingOf(m: SeriesMeetingInput): SeriesMeeting {
  const { figures } = m.outcome;
  return {
    workshopId: m.workshopId,
    title: m.outcome.title,
    createdAt: m.outcome.createdAt,
    published: m.outcome.published,
    participants: figures.participants,
    associations: figures.associations,
    posts: figures.posts,
    votes: figures.votes,
    signups: figures.signups
  };
}

function sectorsOf(meetings: readonly SeriesMeetingInput[]): { sectors: SeriesSector[]; notGiven: number } {
  const byId = new Map<string, SeriesSector>();
  for (const m of meetings) for (const s of m.outcome.sectors) if (!byId.has(s.id)) byId.set(s.id, { id: s.id, name: s.name, count: 0 });
  let notGiven = 0;
  for (const m of meetings) {
    for (const [id, count] of Object.entries(m.outcome.figures.sectors)) {
      if (id === '') notGiven += count;
      // A sector since removed from the setup still counts, under its id.
      else (byId.get(id) ?? byId.set(id, { id, name: { sv: id }, count: 0 }).get(id)!).count += count;
    }
  }
  return { sectors: [...byId.values()], notGiven };
}

/**
 * One principle of one round across meetings: every item, similar ones together. Items come
 * in meeting order, so a group's first item is the earliest wording.
 */
function groupTopic(items: SeriesItem[], order: Map<string, number>, language: Language): SeriesGroup[] {
  const merged = suggestMerges(
    items.map((item, i) => ({ id: String(i), text: item.text, topicIds: [] })),
    { language }
  );
  const grouped = new Set<number>();
  const members: number[][] = merged.map((g) => g.ids.map(Number));
  for (const ids of members) for (const i of ids) grouped.add(i);
  items.forEach((_, i) => void (grouped.has(i) || members.push([i])));
  const groups = members.map((ids) => {
    const its = ids.map((i) => items[i]!).sort((a, b) => order.get(a.workshopId)! - order.get(b.workshopId)! || b.votes - a.votes);
    const top = its.reduce((best, item) => (item.votes > best.votes ? item : best), its[0]!);
    return {
      first: Math.min(...ids),
      group: {
        text: top.text,
        votes: its.reduce((sum, item) => sum + item.votes, 0),
        workshopIds: [...new Set(its.map((item) => item.workshopId))],
        items: its
      }
    };
  });
  groups.sort((a, b) => b.group.votes - a.group.votes || b.group.workshopIds.length - a.group.workshopIds.length || a.first - b.first);
  return groups.map((g) => g.group);
}

function roundsOf(meetings: readonly SeriesMeetingInput[], order: Map<string, number>, language: Language): SeriesRound[] {
  const rounds = new Map<string, SeriesRound & { items: Map<string, SeriesItem[]> }>();
  for (const m of meetings) {
    for (const r of m.outcome.rounds) {
      let round = rounds.get(r.id);
      if (!round) rounds.set(r.id, (round = { id: r.id, title: r.title, postNoun: r.postNoun, topics: [], items: new Map() }));
      for (const t of r.topics) {
        if (!round.topics.some((known) => known.id === t.id)) round.topics.push({ id: t.id, name: t.name, groups: [] });
        const list = round.items.get(t.id) ?? round.items.set(t.id, []).get(t.id)!;
        for (const row of t.rows) list.push({ workshopId: m.workshopId, postId: row.id, text: row.text, votes: row.votes, carried: row.source === 'carried' });
      }
    }
  }
  return [...rounds.values()].map(({ items, ...round }) => ({
    ...round,
    topics: round.topics.map((topic) => ({ ...topic, groups: groupTopic(items.get(topic.id) ?? [], order, language) }))
  }));
}

export function seriesView(info: SeriesInfo, inputs: readonly SeriesMeetingInput[], missing: readonly string[] = [], stale: readonly string[] = []): SeriesView {
  // Oldest first; equal times keep the order given.
  const meetings = inputs.map((m, i) => ({ m, i })).sort((a, b) => a.m.outcome.createdAt - b.m.outcome.createdAt || a.i - b.i).map(({ m }) => m);
  const order = new Map(meetings.map((m, i) => [m.workshopId, i]));
  const associations = new Set<string>();
  for (const m of meetings) for (const key of m.associationKeys) if (associationKey(key)) associations.add(associationKey(key));
  const list = meetings.map(meetingOf);
  const sum = (pick: (m: SeriesMeeting) => number) => list.reduce((total, m) => total + pick(m), 0);
  const { sectors, notGiven } = sectorsOf(meetings);
  return {
    id: info.id,
    title: info.title,
    createdAt: info.createdAt,
    updates: info.updates.map((u) => ({ ...u })),
    totals: {
      meetings: list.length,
      participants: sum((m) => m.participants),
      associations: associations.size,
      signups: sum((m) => m.signups),
      posts: sum((m) => m.posts),
      votes: sum((m) => m.votes)
    },
    sectors,
    sectorNotGiven: notGiven,
    meetings: list,
    rounds: roundsOf(meetings, order, meetings[0]?.outcome.language ?? 'sv'),
    missing: [...missing],
    stale: [...stale]
  };
}
