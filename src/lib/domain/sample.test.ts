import { describe, expect, it } from 'vitest';
import { browsePosts } from './browse.js';
import { applyDelta, ChangeSet, deltaFor } from './deltas.js';
import { execute } from './execute.js';
import { exposure, groupOf, homeGroup, inGroupSample, SAMPLE_GROUPS, SHOW_ALL_UP_TO, VOTE_SAMPLE } from './sample.js';
import { append, FACILITATOR, helsingborgWorkshop, join, post, setStage, vote, type TestWorkshop } from './test-helpers.js';
import type { LogEntry } from './types.js';
import { snapshotFor, type AudienceSnapshot } from './views.js';

const TOPICS = ['sjalvstandighet', 'dialog', 'kvalitet', 'langsiktighet', 'oppenhet', 'mangfald'];
const ROUND = 'samtal-1';

/** A meeting with `n` posts in Samtal 1 from `n` participants (one each), collecting. */
function meetingWith(n: number): TestWorkshop & { authors: string[] } {
  const w = helsingborgWorkshop();
  setStage(w, ROUND, 'collecting');
  const authors: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `person${i}`;
    join(w, id);
    authors.push(id);
    post(w, id, ROUND, [TOPICS[i % TOPICS.length]!], `Tolkning nummer ${i}`);
  }
  return { ...w, authors };
}

const roundPosts = (w: TestWorkshop) => [...w.state.posts.values()].filter((p) => p.roundId === ROUND);
const groupsSeeing = (w: TestWorkshop, postId: string) =>
  Array.from({ length: SAMPLE_GROUPS }, (_, g) => g).filter((g) => inGroupSample(w.state, w.state.posts.get(postId)!, g));

describe('sample groups', () => {
  it('puts a phone in the same group on every process, every run and every version (FNV-1a of its id)', () => {
    // Fixed values: a change of the hash would move phones between groups mid-meeting after an upgrade.
    expect([groupOf('a'), groupOf('person0'), groupOf('Xy3_-kQ9'), groupOf('')]).toEqual([44, 16, 22, 5]);
  });

  it('spreads phones evenly: 10,000 random ids fall within ±30 % of the mean per group (about ±4 standard deviations)', () => {
    const counts = new Array<number>(SAMPLE_GROUPS).fill(0);
    let seed = 7;
    for (let i = 0; i < 10_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      counts[groupOf(seed.toString(36) + i.toString(36))]!++;
    }
    const mean = 10_000 / SAMPLE_GROUPS;
    for (const count of counts) expect(Math.abs(count - mean) / mean).toBeLessThan(0.3);
  });
});

describe('a small round is not sampled', () => {
  it('gives every phone every post, while collecting and while voting', () => {
    const w = meetingWith(30);
    for (const p of roundPosts(w)) expect(groupsSeeing(w, p.id)).toHaveLength(SAMPLE_GROUPS);
    setStage(w, ROUND, 'voting');
    for (const p of roundPosts(w)) expect(groupsSeeing(w, p.id)).toHaveLength(SAMPLE_GROUPS);
  });
});

describe('a large round', () => {
  const n = 900;
  const w = meetingWith(n);

  it('while collecting: the first posts reach every phone, later ones their author’s group', () => {
    const posts = roundPosts(w);
    for (const p of posts.slice(0, SHOW_ALL_UP_TO)) expect(groupsSeeing(w, p.id)).toHaveLength(SAMPLE_GROUPS);
    for (const p of posts.slice(SHOW_ALL_UP_TO)) expect(groupsSeeing(w, p.id)).toEqual([homeGroup(p)]);
  });

  it('while voting: every post is shown to the same number of groups, its author’s among them, and each group gets about VOTE_SAMPLE posts', () => {
    setStage(w, ROUND, 'voting');
    const e = exposure(n);
    expect(e).toBe(Math.max(2, Math.ceil((VOTE_SAMPLE * SAMPLE_GROUPS) / n)));
    for (const p of roundPosts(w)) {
      const groups = groupsSeeing(w, p.id);
      expect(groups).toHaveLength(e);
      expect(groups).toContain(homeGroup(p));
    }
    const mean = (n * e) / SAMPLE_GROUPS;
    for (let g = 0; g < SAMPLE_GROUPS; g++) {
      const size = roundPosts(w).filter((p) => inGroupSample(w.state, p, g)).length;
      // (e − 1)·n/G dealt in order, plus its members' own posts (spread by the hash).
      expect(Math.abs(size - mean) / mean).toBeLessThan(0.1);
    }
  });

  it('while voting, a much larger round still shows every post to two groups: phones get posts from other groups to vote on', () => {
    expect(exposure(5_000)).toBe(2);
    expect(exposure(50_000)).toBe(2);
    expect(exposure(SHOW_ALL_UP_TO + 1)).toBe(32);
  });

  it('an author always has their own posts, also those written after voting began', () => {
    // Back to collecting: the sample stays the one drawn when voting began.
    setStage(w, ROUND, 'collecting');
    const late = post(w, 'person5', ROUND, [TOPICS[0]!], 'Skriven efter att röstningen började');
    for (const p of roundPosts(w)) expect(inGroupSample(w.state, p, groupOf(p.authorId))).toBe(true);
    expect(groupsSeeing(w, late)).toEqual([groupOf('person5')]);
  });
});

describe('what phones receive', () => {
  /** Follows one group's deltas from its snapshot, as a phone of that group does. */
  function follow(w: TestWorkshop, group: number) {
    let changes = new ChangeSet();
    let version = 0;
    const phone: AudienceSnapshot = snapshotFor(w.state, 'participant', 0, 0, group);
    const staff: AudienceSnapshot = snapshotFor(w.state, 'facilitator', 0, 0);
    let staffVersion = 0;
    return {
      phone,
      staff,
      apply(entry: LogEntry) {
        changes.add(execute(w.state, entry).changes);
      },
      tick() {
        const d = deltaFor(w.state, 'participant', changes, version, { now: 0 }, group);
        if (d) expect(applyDelta(phone, d)).toBe(true), (version = d.to);
        const s = deltaFor(w.state, 'facilitator', changes, staffVersion, { now: 0 });
        if (s) expect(applyDelta(staff, s)).toBe(true), (staffVersion = s.to);
        changes = new ChangeSet();
      }
    };
  }

  it('a phone that follows its group’s deltas holds exactly its sample, through collecting, voting and the reveal; the console holds everything', () => {
    const w = helsingborgWorkshop();
    setStage(w, ROUND, 'collecting');
    const group = 3;
    const view = follow(w, group);
    const run = (actor: Parameters<typeof append>[1], command: Parameters<typeof append>[2]) => view.apply(append(w.log, actor, command));
    for (let i = 0; i < 400; i++) {
      run({ role: 'participant', participantId: `p${i}` }, { type: 'participant:join', participantId: `p${i}`, tokenHash: `t${i}`, name: '', association: '' });
      run({ role: 'participant', participantId: `p${i}` }, { type: 'post:create', roundId: ROUND, topicIds: [TOPICS[i % 6]!], text: `Post ${i}` });
      if (i % 50 === 0) view.tick();
    }
    view.tick();
    const expected = () => roundPosts(w).filter((p) => inGroupSample(w.state, p, group)).map((p) => p.id).sort();
    const held = () => view.phone.posts.map((p) => p.id).sort();
    expect(held()).toEqual(expected());
    expect(held().length).toBeLessThan(400);
    expect(view.staff.posts).toHaveLength(400);

    run(FACILITATOR, { type: 'phase:set', phase: { kind: 'round', roundId: ROUND, stage: 'voting' } });
    view.tick();
    expect(held()).toEqual(expected());
    // Votes are hidden from phones before the reveal, sampled or not.
    const target = view.phone.posts[0]!.id;
    run({ role: 'participant', participantId: 'p1' }, { type: 'vote:cast', postId: target });
    view.tick();
    expect(view.phone.tallies).toEqual({});
    expect(view.staff.tallies[target]).toBe(1);

    // Votes for a post outside the group's share: it wins, and the reveal brings it to the phone.
    const outside = roundPosts(w).find((p) => !inGroupSample(w.state, p, group) && p.topicIds[0] === TOPICS[0])!;
    for (let i = 0; i < 3; i++) run({ role: 'participant', participantId: `p${i + 10}` }, { type: 'vote:cast', postId: outside.id });
    run(FACILITATOR, { type: 'phase:set', phase: { kind: 'round', roundId: ROUND, stage: 'results' } });
    view.tick();
    expect(view.phone.tallies[outside.id]).toBe(3);
    expect(view.phone.posts.some((p) => p.id === outside.id)).toBe(true);
    // And a phone joining now gets the same.
    const fresh = snapshotFor(w.state, 'participant', 0, 0, group);
    expect(fresh.posts.map((p) => p.id).sort()).toEqual(view.phone.posts.map((p) => p.id).sort());
    expect(fresh.tallies).toEqual(view.phone.tallies);
  });

  it('with every post in every group (a small round) deltas and snapshots are as without groups', () => {
    const w = meetingWith(20);
    setStage(w, ROUND, 'voting');
    vote(w, 'person1', roundPosts(w)[0]!.id);
    const { version: _a, ...whole } = snapshotFor(w.state, 'participant', 0, 0);
    const { version: _b, ...grouped } = snapshotFor(w.state, 'participant', 0, 0, 5);
    expect(grouped).toEqual(whole);
  });
});

describe('browsing a large round', () => {
  const w = meetingWith(300);
  setStage(w, ROUND, 'voting');

  it('reaches every post by paging, each once, from any group', () => {
    for (const group of [0, 17]) {
      const seen: string[] = [];
      let after: number | null = 0;
      while (after !== null) {
        const page = browsePosts(w.state, { roundId: ROUND, after }, group);
        expect(page.total).toBe(300);
        seen.push(...page.posts.map((p) => p.id));
        after = page.next;
      }
      expect(seen).toHaveLength(300);
      expect(new Set(seen).size).toBe(300);
    }
  });

  it('starts each group at a different place, filters by principle and finds words in any case', () => {
    expect(browsePosts(w.state, { roundId: ROUND }, 0).posts[0]!.id).not.toBe(browsePosts(w.state, { roundId: ROUND }, 16).posts[0]!.id);
    const dialog = browsePosts(w.state, { roundId: ROUND, topicId: 'dialog' }, 3);
    expect(dialog.total).toBe(50);
    expect(dialog.posts.every((p) => p.topicIds.includes('dialog'))).toBe(true);
    const found = browsePosts(w.state, { roundId: ROUND, query: 'TOLKNING nummer 123' }, 9);
    expect(found.posts.map((p) => p.text)).toEqual(['Tolkning nummer 123']);
    expect(found.next).toBeNull();
  });

  it('never shows a hidden post', () => {
    const hiddenId = roundPosts(w)[7]!.id;
    expect(execute(w.state, append(w.log, FACILITATOR, { type: 'post:hide', postId: hiddenId, hidden: true })).outcome.ok).toBe(true);
    const all = browsePosts(w.state, { roundId: ROUND }, 0, 1000);
    expect(all.total).toBe(299);
    expect(all.posts.some((p) => p.id === hiddenId)).toBe(false);
  });
});
