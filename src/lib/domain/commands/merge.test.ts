import { describe, expect, it } from 'vitest';
import { execute } from '../execute.js';
import { serializeState } from '../serialize.js';
import {
  S1,
  S2,
  as,
  castVotes,
  changeRound,
  facilitate,
  invariantViolations,
  remaining,
  stackingWorkshop,
  votesOn,
  workshopWith
} from '../test-factories.js';
import { helsingborgWorkshop, join, post, setStage, vote, type TestWorkshop } from '../test-helpers.js';
import type { Command } from '../types.js';
import { participantSelf, snapshotFor } from '../views.js';
import { replay } from '../workshop.js';

const merge = (w: TestWorkshop, ...postIds: string[]) => facilitate(w, { type: 'post:merge', postIds });
const tallyOf = (w: TestWorkshop, id: string) => w.state.posts.get(id)!.tally;

/**
 * Samtal 1 in voting: Alice voted for A, Bob for B, Carl for both A and B; C is a third
 * Dialog post nobody voted for; M is on Mångfald.
 */
function samtal1(w: TestWorkshop = helsingborgWorkshop()) {
  for (const id of ['alice', 'bob', 'carl', 'dora']) join(w, id);
  setStage(w, S1, 'collecting');
  const a = post(w, 'dora', S1, ['dialog'], 'Mötas på riktigt');
  const b = post(w, 'bob', S1, ['dialog'], 'mötas på riktigt!');
  const c = post(w, 'carl', S1, ['dialog'], 'Mötas på riktigt, ofta');
  const m = post(w, 'carl', S1, ['mangfald'], 'Fler språk');
  setStage(w, S1, 'voting');
  vote(w, 'alice', a);
  vote(w, 'bob', b);
  vote(w, 'carl', a);
  vote(w, 'carl', b);
  return { w, a, b, c, m };
}

describe('merging duplicates', () => {
  it('merges two posts into the first, counting a voter of both once and giving the other vote back', () => {
    const { w, a, b } = samtal1();
    expect(remaining(w, 'carl', S1, 'dialog')).toBe(1);
    const { outcome, changes } = merge(w, a, b);
    expect(outcome).toEqual({ ok: true });
    expect(w.state.posts.get(b)!.mergedInto).toBe(a);
    expect(w.state.posts.get(a)!.mergedInto).toBeNull();
    expect(tallyOf(w, a)).toBe(3);
    expect([...w.state.posts.get(a)!.voters].sort()).toEqual([
      ['alice', 1],
      ['bob', 1],
      ['carl', 1]
    ]);
    expect(tallyOf(w, b)).toBe(0);
    expect(w.state.posts.get(b)!.voters.size).toBe(0);
    // Carl voted for both: one vote stays on the kept post, the other is his again.
    expect(votesOn(w, 'carl', a)).toBe(1);
    expect(votesOn(w, 'carl', b)).toBe(0);
    expect(remaining(w, 'carl', S1, 'dialog')).toBe(2);
    // Bob's vote moved with his words; it still uses his budget.
    expect(votesOn(w, 'bob', a)).toBe(1);
    expect(remaining(w, 'bob', S1, 'dialog')).toBe(2);
    expect(changes).toMatchObject({ posts: [b, a], tallies: [b, a], stats: true });
    expect(invariantViolations(w.state)).toEqual([]);
  });

  it('merges three posts into the one listed first', () => {
    const { w, a, b, c } = samtal1();
    vote(w, 'dora', c);
    vote(w, 'alice', c);
    expect(merge(w, c, a, b).outcome).toEqual({ ok: true });
    expect(w.state.posts.get(a)!.mergedInto).toBe(c);
    expect(w.state.posts.get(b)!.mergedInto).toBe(c);
    // alice (a, c), bob (b), carl (a, b), dora (c): one each.
    expect(tallyOf(w, c)).toBe(4);
    expect(remaining(w, 'alice', S1, 'dialog')).toBe(2);
    expect(remaining(w, 'carl', S1, 'dialog')).toBe(2);
    expect(invariantViolations(w.state)).toEqual([]);
  });

  it('adds stacked votes up to maxVotesPerPost and gives the rest back', () => {
    const w = stackingWorkshop();
    for (const id of ['alice', 'bob']) join(w, id);
    setStage(w, S2, 'collecting');
    const a = post(w, 'bob', S2, ['dialog'], 'Föreningsmässa');
    const b = post(w, 'bob', S2, ['dialog'], 'Föreningsmässa på Väla');
    setStage(w, S2, 'voting');
    castVotes(w, 'alice', a, 2);
    castVotes(w, 'alice', b, 2);
    castVotes(w, 'bob', b, 1);
    expect(remaining(w, 'alice', S2)).toBe(1);
    expect(merge(w, a, b).outcome).toEqual({ ok: true });
    expect(votesOn(w, 'alice', a)).toBe(3);
    expect(votesOn(w, 'bob', a)).toBe(1);
    expect(tallyOf(w, a)).toBe(4);
    expect(remaining(w, 'alice', S2)).toBe(2);
    expect(participantSelf(w.state, 'alice')!.votes).toEqual([a, a, a]);
    expect(invariantViolations(w.state)).toEqual([]);
  });

  it('links the kept post to every principle of the merged ones in a many-principle round', () => {
    const w = helsingborgWorkshop();
    join(w, 'bob');
    setStage(w, S2, 'collecting');
    const a = post(w, 'bob', S2, ['dialog'], 'Språkcafé');
    const b = post(w, 'bob', S2, ['mangfald', 'dialog'], 'Språkcafé på biblioteket');
    const c = post(w, 'bob', S2, ['oppenhet'], 'Språkcafé varje vecka');
    expect(merge(w, a, b, c).outcome).toEqual({ ok: true });
    expect(w.state.posts.get(a)!.topicIds).toEqual(['dialog', 'mangfald', 'oppenhet']);
    expect(w.state.posts.get(b)!.topicIds).toEqual(['mangfald', 'dialog']);
  });

  it('gives back a moved vote that does not fit the kept post’s principle budget', () => {
    // Samtal 2 with 2 votes per principle: a post's budget is its first principle's.
    const w = workshopWith((setup) => changeRound(setup, S2, { budget: { votes: 2, per: 'topic' } }));
    for (const id of ['alice', 'bob']) join(w, id);
    setStage(w, S2, 'collecting');
    const [d1, d2, d3] = [1, 2, 3].map((i) => post(w, 'bob', S2, ['dialog'], `Dialog ${i}`)) as [string, string, string];
    const m = post(w, 'bob', S2, ['mangfald'], 'Mångfald');
    setStage(w, S2, 'voting');
    vote(w, 'alice', d1);
    vote(w, 'alice', d2);
    vote(w, 'alice', m);
    vote(w, 'bob', m);
    expect(merge(w, d3, m).outcome).toEqual({ ok: true });
    // Alice's Dialog budget was full: her vote for the Mångfald post is given back.
    expect(votesOn(w, 'alice', d3)).toBe(0);
    expect(remaining(w, 'alice', S2, 'dialog')).toBe(0);
    expect(remaining(w, 'alice', S2, 'mangfald')).toBe(2);
    expect(votesOn(w, 'bob', d3)).toBe(1);
    expect(w.state.posts.get(d3)!.topicIds).toEqual(['dialog', 'mangfald']);
    expect(invariantViolations(w.state)).toEqual([]);
  });

  const refused: Array<{ name: string; ids: (p: ReturnType<typeof samtal1> & { s2: string }) => string[]; error: string }> = [
    { name: 'one post', ids: ({ a }) => [a], error: 'merge_invalid' },
    { name: 'one post twice', ids: ({ a }) => [a, a], error: 'merge_invalid' },
    { name: 'no posts', ids: () => [], error: 'merge_invalid' },
    { name: 'posts of two rounds', ids: ({ a, s2 }) => [a, s2], error: 'merge_invalid' },
    { name: 'two principles in a one-principle round', ids: ({ a, m }) => [a, m], error: 'merge_invalid' },
    { name: 'an unknown post', ids: ({ a }) => [a, 'p999'], error: 'post_not_found' },
    { name: 'an unknown post first', ids: ({ a }) => ['p999', a], error: 'post_not_found' }
  ];
  it.each(refused)('refuses $name with $error, changing nothing', ({ ids, error }) => {
    const fixture = samtal1();
    const { w } = fixture;
    setStage(w, S2, 'collecting');
    const s2 = post(w, 'bob', S2, ['dialog'], 'Mötas på riktigt');
    const before = serializeState(w.state);
    const { outcome, changes } = merge(w, ...ids({ ...fixture, s2 }));
    expect(outcome).toEqual({ ok: false, error });
    expect(changes.posts).toEqual([]);
    expect(serializeState(w.state)).toEqual(before);
  });

  it('is for facilitators only', () => {
    const { w, a, b } = samtal1();
    expect(as(w, 'bob', { type: 'post:merge', postIds: [a, b] }).outcome).toEqual({ ok: false, error: 'forbidden' });
    expect(w.state.posts.get(b)!.mergedInto).toBeNull();
  });

  it('refuses to merge a merged or withdrawn post again', () => {
    const { w, a, b, c } = samtal1();
    merge(w, a, b);
    as(w, 'carl', { type: 'post:withdraw', postId: c });
    const before = serializeState(w.state);
    for (const ids of [[a, b], [b, a], [a, c], [c, a]]) expect(merge(w, ...ids).outcome).toEqual({ ok: false, error: 'post_not_found' });
    expect(serializeState(w.state)).toEqual(before);
  });

  it('lets a kept post be merged further, into another', () => {
    const { w, a, b, c } = samtal1();
    merge(w, a, b);
    expect(merge(w, c, a).outcome).toEqual({ ok: true });
    expect(w.state.posts.get(a)!.mergedInto).toBe(c);
    expect(tallyOf(w, c)).toBe(3);
    expect(invariantViolations(w.state)).toEqual([]);
  });
});

describe('merged posts', () => {
  it('take no votes and no moderation, but the kept post does', () => {
    const { w, a, b } = samtal1();
    merge(w, a, b);
    expect(castVotes(w, 'dora', b, 1)).toEqual(['post_not_active']);
    expect(as(w, 'carl', { type: 'vote:retract', postId: b }).outcome).toEqual({ ok: false, error: 'not_voted' });
    const moderation: Command[] = [
      { type: 'post:hide', postId: b, hidden: true },
      { type: 'post:pin', postId: b, pinned: true },
      { type: 'post:edit', postId: b, text: 'Ny text' },
      { type: 'post:approve', postIds: [b] }
    ];
    for (const command of moderation) expect(facilitate(w, command).outcome).toEqual({ ok: false, error: 'post_not_found' });
    expect(castVotes(w, 'dora', a, 1)).toEqual(['ok']);
  });

  it('reach the participants marked as merged (so authors find their words), not the projector', () => {
    const { w, a, b, c, m } = samtal1();
    merge(w, a, b);
    const participant = snapshotFor(w.state, 'participant', 1, 0);
    expect(participant.posts.find((p) => p.id === b)).toMatchObject({ text: 'mötas på riktigt!', mergedInto: a });
    expect(participant.posts.find((p) => p.id === a)).not.toHaveProperty('mergedInto');
    expect(participantSelf(w.state, 'bob')!.postIds).toContain(b);
    const screen = snapshotFor(w.state, 'screen', 1, 0);
    expect(screen.posts.map((p) => p.id)).not.toContain(b);
    expect(screen.tallies).toEqual({ [a]: 3, [c]: 0, [m]: 0 });
    expect(screen.stats!.posts).toBe(3);
    const facilitator = snapshotFor(w.state, 'facilitator', 1, 0);
    expect(facilitator.posts.find((p) => p.id === b)).toMatchObject({ mergedInto: a });
    expect(facilitator.tallies[a]).toBe(3);
    expect(facilitator.tallies[b]).toBe(0);
  });

  it('leave the kept post’s count in the results participants see', () => {
    const { w, a, b } = samtal1();
    merge(w, a, b);
    setStage(w, S1, 'results');
    const tallies = snapshotFor(w.state, 'participant', 1, 0).tallies;
    expect(tallies[a]).toBe(3);
    expect(tallies).not.toHaveProperty(b);
  });

  it('lose their pin', () => {
    const { w, a, b } = samtal1();
    facilitate(w, { type: 'post:pin', postId: b, pinned: true });
    merge(w, a, b);
    expect(w.state.posts.get(b)!.pinned).toBe(false);
  });

  it('replay to the same state', () => {
    const { w, a, b, c } = samtal1();
    merge(w, c, a, b);
    vote(w, 'dora', c);
    const replayed = replay(w.log, (state, entry) => execute(state, entry));
    expect(serializeState(replayed)).toEqual(serializeState(w.state));
    expect(invariantViolations(replayed)).toEqual([]);
  });
});

describe('withdrawing a post others were merged into', () => {
  it('is refused: the kept post speaks for the merged duplicates too', () => {
    const w = helsingborgWorkshop();
    join(w, 'a');
    join(w, 'b');
    setStage(w, 'samtal-1', 'collecting');
    const kept = post(w, 'a', 'samtal-1', ['dialog'], 'Staden lyssnar');
    const dup = post(w, 'b', 'samtal-1', ['dialog'], 'Staden lyssnar på oss');
    expect(merge(w, kept, dup).outcome.ok).toBe(true);
    expect(as(w, 'a', { type: 'post:withdraw', postId: kept }).outcome).toEqual({ ok: false, error: 'withdraw_closed' });
    expect(w.state.posts.get(kept)?.withdrawn).toBe(false);
  });
});
