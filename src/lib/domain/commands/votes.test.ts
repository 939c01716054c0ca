import { describe, expect, it } from 'vitest';
import { noChanges } from '../changes.js';
import { serializeState } from '../serialize.js';
import { S1, S2, as, castVotes, facilitate, invariantViolations, remaining, retract, stackingWorkshop, votesOn, workshopWith, changeRound } from '../test-factories.js';
import { join, post, setStage, type TestWorkshop } from '../test-helpers.js';
import { participantSelf } from '../views.js';

/** Alice and Bob joined to a stacking workshop; Bob wrote `n` Samtal 2 activities, now voted on. */
function samtal2(n = 3, w: TestWorkshop = stackingWorkshop()) {
  join(w, 'alice');
  join(w, 'bob');
  setStage(w, S2, 'collecting');
  const posts = Array.from({ length: n }, (_, i) => post(w, 'bob', S2, [i % 2 ? 'mangfald' : 'dialog'], `Aktivitet ${i + 1}: läxhjälp 📚`));
  setStage(w, S2, 'voting');
  return { w, posts };
}

describe('stacked votes', () => {
  it('lets a participant put up to maxVotesPerPost votes on one post, and no more', () => {
    const { w, posts } = samtal2();
    const [a] = posts as [string];
    expect(castVotes(w, 'alice', a, 4)).toEqual(['ok', 'ok', 'ok', 'already_voted']);
    const p = w.state.posts.get(a)!;
    expect(p.tally).toBe(3);
    expect(p.voters.get('alice')).toBe(3);
    expect(votesOn(w, 'alice', a)).toBe(3);
    expect(remaining(w, 'alice', S2)).toBe(2);
    // The participant's own view lists the post once per vote.
    expect(participantSelf(w.state, 'alice')!.votes).toEqual([a, a, a]);
    expect(invariantViolations(w.state)).toEqual([]);
  });

  it('reports the tally as changed by a vote, and the voter count by a first or last vote in the round', () => {
    const { w, posts } = samtal2();
    const first = as(w, 'alice', { type: 'vote:cast', postId: posts[0]! });
    expect(first.outcome).toEqual({ ok: true });
    expect(first.changes).toEqual({ ...noChanges(), tallies: [posts[0]], stats: true });
    expect(as(w, 'alice', { type: 'vote:cast', postId: posts[1]! }).changes).toEqual({ ...noChanges(), tallies: [posts[1]] });
    expect(retract(w, 'alice', posts[1]!).changes.stats).toBe(false);
    expect(retract(w, 'alice', posts[0]!).changes.stats).toBe(true);
  });

  it('takes back one stacked vote at a time', () => {
    const { w, posts } = samtal2();
    const [a] = posts as [string];
    castVotes(w, 'alice', a, 3);
    castVotes(w, 'bob', a, 1);
    const expected: Array<[number, number, number]> = [
      // alice's votes on the post, its tally, alice's remaining votes
      [2, 3, 3],
      [1, 2, 4],
      [0, 1, 5]
    ];
    for (const [mine, tally, left] of expected) {
      const { outcome, changes } = retract(w, 'alice', a);
      expect(outcome).toEqual({ ok: true });
      expect(changes.tallies).toEqual([a]);
      expect(votesOn(w, 'alice', a)).toBe(mine);
      expect(w.state.posts.get(a)!.tally).toBe(tally);
      expect(remaining(w, 'alice', S2)).toBe(left);
    }
    // None left: neither side keeps an entry with zero votes.
    expect(w.state.posts.get(a)!.voters.has('alice')).toBe(false);
    expect(w.state.participants.get('alice')!.votes.has(a)).toBe(false);
    expect(retract(w, 'alice', a).outcome).toEqual({ ok: false, error: 'not_voted' });
    expect(w.state.posts.get(a)!.voters.get('bob')).toBe(1);
    expect(invariantViolations(w.state)).toEqual([]);
  });

  it('counts stacked votes against the round budget', () => {
    const { w, posts } = samtal2();
    const [a, b, c] = posts as [string, string, string];
    expect(castVotes(w, 'alice', a, 3)).toEqual(['ok', 'ok', 'ok']);
    expect(castVotes(w, 'alice', b, 2)).toEqual(['ok', 'ok']);
    expect(remaining(w, 'alice', S2)).toBe(0);
    // Room on the post, none in the budget.
    expect(castVotes(w, 'alice', b, 1)).toEqual(['budget_exhausted']);
    expect(castVotes(w, 'alice', c, 1)).toEqual(['budget_exhausted']);
    // A full post says so before the budget does.
    expect(castVotes(w, 'alice', a, 1)).toEqual(['already_voted']);
    retract(w, 'alice', a);
    expect(castVotes(w, 'alice', c, 2)).toEqual(['ok', 'budget_exhausted']);
    expect(invariantViolations(w.state)).toEqual([]);
  });

  it('counts stacked votes against each principle’s own budget in Samtal 1', () => {
    const w = stackingWorkshop();
    join(w, 'alice');
    join(w, 'bob');
    setStage(w, S1, 'collecting');
    const [d1, d2, d3] = [1, 2, 3].map((i) => post(w, 'bob', S1, ['dialog'], `Dialog ${i}`)) as [string, string, string];
    const m1 = post(w, 'bob', S1, ['mangfald'], 'Mångfald 1');
    setStage(w, S1, 'voting');
    expect(castVotes(w, 'alice', d1, 3)).toEqual(['ok', 'ok', 'already_voted']);
    expect(castVotes(w, 'alice', d2, 2)).toEqual(['ok', 'budget_exhausted']);
    expect(castVotes(w, 'alice', d3, 1)).toEqual(['budget_exhausted']);
    expect(remaining(w, 'alice', S1, 'dialog')).toBe(0);
    expect(remaining(w, 'alice', S1, 'mangfald')).toBe(3);
    expect(castVotes(w, 'alice', m1, 2)).toEqual(['ok', 'ok']);
    expect(remaining(w, 'alice', S1, 'mangfald')).toBe(1);
    expect(participantSelf(w.state, 'alice')!.votes.sort()).toEqual([d1, d1, d2, m1, m1].sort());
  });

  it('shares one budget across every principle in a per-round budget', () => {
    const { w, posts } = samtal2(4);
    // Posts alternate between Dialog and Mångfald; all draw from the round's 5 votes.
    expect(castVotes(w, 'alice', posts[0]!, 2)).toEqual(['ok', 'ok']);
    expect(castVotes(w, 'alice', posts[1]!, 2)).toEqual(['ok', 'ok']);
    expect(castVotes(w, 'alice', posts[3]!, 2)).toEqual(['ok', 'budget_exhausted']);
    expect(remaining(w, 'alice', S2)).toBe(0);
    expect(remaining(w, 'bob', S2)).toBe(5);
  });

  it('keeps one vote per post where the round does not allow stacking', () => {
    const { w, posts } = samtal2(1, workshopWith(() => undefined));
    expect(castVotes(w, 'alice', posts[0]!, 2)).toEqual(['ok', 'already_voted']);
    expect(w.state.posts.get(posts[0]!)!.tally).toBe(1);
  });

  it('gives every stacked vote back when the post is withdrawn', () => {
    const { w, posts } = samtal2();
    const [a, b] = posts as [string, string];
    castVotes(w, 'alice', a, 3);
    castVotes(w, 'alice', b, 2);
    expect(as(w, 'bob', { type: 'post:withdraw', postId: a }).outcome).toEqual({ ok: true });
    expect(votesOn(w, 'alice', a)).toBe(0);
    expect(w.state.posts.get(a)!.tally).toBe(0);
    expect(remaining(w, 'alice', S2)).toBe(3);
    expect(invariantViolations(w.state)).toEqual([]);
  });

  it('refuses a vote on a post that does not take votes, changing nothing', () => {
    const { w, posts } = samtal2();
    facilitate(w, { type: 'post:hide', postId: posts[0]!, hidden: true });
    const before = serializeState(w.state);
    const cases: Array<[string, string]> = [
      [posts[0]!, 'post_not_active'],
      ['p999', 'post_not_found']
    ];
    for (const [postId, error] of cases) expect(castVotes(w, 'alice', postId, 1)).toEqual([error]);
    expect(serializeState(w.state)).toEqual(before);
  });

  it('refuses votes outside the voting stage, stacked or not', () => {
    const w = workshopWith((setup) => changeRound(setup, S2, { maxVotesPerPost: 3 }));
    join(w, 'alice');
    setStage(w, S2, 'collecting');
    const a = post(w, 'alice', S2, ['dialog'], 'Öppet hus');
    expect(castVotes(w, 'alice', a, 1)).toEqual(['voting_closed']);
    setStage(w, S2, 'voting');
    castVotes(w, 'alice', a, 2);
    setStage(w, S2, 'results');
    expect(castVotes(w, 'alice', a, 1)).toEqual(['voting_closed']);
    expect(retract(w, 'alice', a).outcome).toEqual({ ok: false, error: 'voting_closed' });
    expect(votesOn(w, 'alice', a)).toBe(2);
  });
});
