import { describe, expect, it } from 'vitest';
import { ChangeSet, deltaFor } from '../deltas.js';
import { execute, type ExecuteResult } from '../execute.js';
import { serializeState } from '../serialize.js';
import { S1, S2, as, facilitate, invariantViolations, joinWith } from '../test-factories.js';
import { FACILITATOR, asParticipant, helsingborgWorkshop, post, run, setStage, vote, type TestWorkshop } from '../test-helpers.js';
import { participantSelf, snapshotFor, type Audience } from '../views.js';
import { replay } from '../workshop.js';

const erase = (w: TestWorkshop, id: string, commandId?: string) => run(w, asParticipant(id), { type: 'participant:erase' }, commandId);
const deltaOf = (w: TestWorkshop, audience: Audience, result: ExecuteResult) => {
  const set = new ChangeSet();
  set.add(result.changes);
  return deltaFor(w.state, audience, set, 0, { now: 0 });
};
const HASH = 'a'.repeat(64);

/**
 * Åsa (name, association, sign-up, evaluation answer) posts two interpretations and votes
 * for Bo's; Bo votes for one of hers. Then the meeting moves to the evaluation.
 */
function meetingWithAsa() {
  const w = helsingborgWorkshop();
  joinWith(w, 'asa', { name: 'Åsa Unikadóttir', association: 'Föreningen Zeta', sector: 'kultur', table: 2, showName: true });
  joinWith(w, 'bo', { name: 'Bo', association: 'Föreningen Zeta' });
  setStage(w, S1, 'collecting');
  const mine = post(w, 'asa', S1, ['dialog'], 'Åsas hemliga tolkning');
  const mine2 = post(w, 'asa', S1, ['mangfald'], 'Åsas andra tolkning');
  const bos = post(w, 'bo', S1, ['dialog'], 'Bos tolkning');
  setStage(w, S1, 'voting');
  vote(w, 'asa', bos);
  vote(w, 'bo', mine);
  as(w, 'asa', { type: 'signup:set', name: 'Åsa Unikadóttir', contact: 'asa@zeta.example', consent: true });
  facilitate(w, { type: 'phase:set', phase: { kind: 'evaluation' } });
  as(w, 'asa', { type: 'evaluation:answer', scores: { lyssnad: 5 }, comment: 'Åsas kommentar' });
  return { w, mine, mine2, bos };
}

describe('a facilitator erasing one participant', () => {
  it('erases them as their own erasure would, recorded as the facilitator’s; only with an id, and only a facilitator names one', () => {
    const byFacilitator = meetingWithAsa();
    const own = meetingWithAsa();
    expect(facilitate(byFacilitator.w, { type: 'participant:erase' }).outcome).toEqual({ ok: false, error: 'forbidden' });
    expect(as(byFacilitator.w, 'bo', { type: 'participant:erase', participantId: 'asa' }).outcome).toEqual({ ok: false, error: 'invalid_payload' });
    expect(run(byFacilitator.w, { role: 'system' }, { type: 'participant:erase', participantId: 'asa' }).outcome).toEqual({ ok: false, error: 'forbidden' });
    expect(facilitate(byFacilitator.w, { type: 'participant:erase', participantId: 'nobody' }).outcome).toEqual({ ok: false, error: 'not_joined' });
    expect(facilitate(byFacilitator.w, { type: 'participant:erase', participantId: 'asa' }).outcome).toEqual({ ok: true });
    erase(own.w, 'asa');
    const { participants, posts, evaluations, associations } = serializeState(byFacilitator.w.state);
    expect({ participants, posts, evaluations, associations }).toEqual((({ participants, posts, evaluations, associations }) => ({ participants, posts, evaluations, associations }))(serializeState(own.w.state)));
    expect(JSON.stringify(serializeState(byFacilitator.w.state))).not.toMatch(/Unikadóttir|asa@zeta|Åsas/);
  });
});

describe('a participant erasing their data', () => {
  it('withdraws their posts, gives every vote back and leaves nothing of them in the state', () => {
    const { w, mine, mine2, bos } = meetingWithAsa();
    expect(w.state.evaluations.has('asa')).toBe(true);
    expect(w.state.participants.get('asa')!.signup).not.toBeNull();
    const { outcome, changes } = erase(w, 'asa');
    expect(outcome).toEqual({ ok: true });

    for (const id of [mine, mine2]) expect(w.state.posts.get(id)).toMatchObject({ withdrawn: true, text: '', originalText: null, authorId: '', tally: 0 });
    expect(w.state.posts.get(mine)!.voters.size).toBe(0);
    // Bo's vote on her post is his to spend again; her vote on his post is gone.
    expect(w.state.participants.get('bo')!.votes.size).toBe(0);
    expect(w.state.posts.get(bos)!.tally).toBe(0);
    expect(w.state.participants.has('asa')).toBe(false);
    expect(w.state.participantByToken.has('t-asa')).toBe(false);
    expect(w.state.evaluations.has('asa')).toBe(false);
    // Bo still gave the association, so it stays, counted once.
    expect([...w.state.associations.values()].map(({ name, count }) => ({ name, count }))).toEqual([{ name: 'Föreningen Zeta', count: 1 }]);
    expect(invariantViolations(w.state)).toEqual([]);

    const everything = JSON.stringify(serializeState(w.state));
    for (const trace of ['Unikadóttir', 'asa@zeta.example', 'hemliga', 'andra tolkning', 'Åsas kommentar']) expect(everything).not.toContain(trace);

    expect(changes).toMatchObject({ stats: true, people: true, evaluation: true });
    expect(changes.posts.sort()).toEqual([mine, mine2].sort());
    expect(new Set(changes.tallies)).toEqual(new Set([mine, mine2, bos]));
  });

  it('tells every audience: her posts disappear, the sign-up list and the figures change', () => {
    const { w, mine, mine2, bos } = meetingWithAsa();
    const result = erase(w, 'asa');
    const facilitator = deltaOf(w, 'facilitator', result)!;
    expect(facilitator.removed?.sort()).toEqual([mine, mine2].sort());
    expect(facilitator.signups).toEqual([]);
    expect(facilitator.stats).toMatchObject({ joined: 1, signups: 0 });
    expect(facilitator.tallies).toMatchObject({ [bos]: 0 });
    expect(deltaOf(w, 'screen', result)!.removed?.sort()).toEqual([mine, mine2].sort());
    const snapshot = snapshotFor(w.state, 'facilitator', 1, 0);
    expect(snapshot.posts.map((p) => p.id)).toEqual([bos]);
    expect(snapshot.evaluation).toMatchObject({ responses: 0, comments: [] });
  });

  it('unlinks the token: a join with it makes a new, anonymous participant; the old id is refused', () => {
    const { w } = meetingWithAsa();
    erase(w, 'asa');
    expect(participantSelf(w.state, 'asa')).toBeUndefined();
    expect(as(w, 'asa', { type: 'participant:update', name: 'Åsa', association: '' }).outcome).toEqual({ ok: false, error: 'not_joined' });
    expect(erase(w, 'asa').outcome).toEqual({ ok: false, error: 'not_joined' });
    const again = as(w, 'asa2', { type: 'participant:join', participantId: 'asa2', tokenHash: 't-asa', name: '', association: '' });
    expect(again.outcome).toEqual({ ok: true });
    expect(w.state.participants.get('asa2')).toMatchObject({ name: '', association: '', signup: null });
    expect(participantSelf(w.state, 'asa2')).toMatchObject({ postIds: [], votes: [] });
  });

  it('answers a re-sent erase with its first outcome, changing nothing', () => {
    const { w } = meetingWithAsa();
    erase(w, 'asa', 'forget-me');
    const before = serializeState(w.state);
    const again = erase(w, 'asa', 'forget-me');
    expect(again.outcome).toEqual({ ok: true });
    expect(again.changes.stats).toBe(false);
    expect(serializeState(w.state)).toEqual(before);
  });

  it('works in every phase, also after withdrawing is closed', () => {
    const w = helsingborgWorkshop();
    joinWith(w, 'asa', { name: 'Åsa' });
    setStage(w, S2, 'collecting');
    const id = post(w, 'asa', S2, ['dialog'], 'En aktivitet');
    setStage(w, S2, 'closed');
    expect(as(w, 'asa', { type: 'post:withdraw', postId: id }).outcome).toEqual({ ok: false, error: 'withdraw_closed' });
    expect(erase(w, 'asa').outcome).toEqual({ ok: true });
    expect(w.state.posts.get(id)!.withdrawn).toBe(true);
  });

  it('keeps a post others’ duplicates were merged into, without its author, with their votes', () => {
    const w = helsingborgWorkshop();
    for (const id of ['asa', 'bo', 'cia']) joinWith(w, id, { name: id.toUpperCase() });
    setStage(w, S1, 'collecting');
    const kept = post(w, 'asa', S1, ['dialog'], 'Mötas på riktigt');
    const duplicate = post(w, 'bo', S1, ['dialog'], 'mötas på riktigt!');
    setStage(w, S1, 'voting');
    vote(w, 'cia', duplicate);
    vote(w, 'asa', kept);
    facilitate(w, { type: 'post:merge', postIds: [kept, duplicate] });
    expect(w.state.posts.get(kept)!.tally).toBe(2);

    const { changes } = erase(w, 'asa');
    // Her own vote is given back; Cia's (moved here by the merge) stays.
    expect(w.state.posts.get(kept)).toMatchObject({ withdrawn: false, authorId: '', text: 'Mötas på riktigt', tally: 1 });
    expect(changes.posts).toContain(kept);
    expect(snapshotFor(w.state, 'facilitator', 1, 0).posts.find((p) => p.id === kept)!.author).toBeUndefined();
    expect(invariantViolations(w.state)).toEqual([]);
  });

  it('may only be asked by the participant themself', () => {
    const { w } = meetingWithAsa();
    expect(run(w, FACILITATOR, { type: 'participant:erase' }).outcome).toEqual({ ok: false, error: 'forbidden' });
    expect(w.state.participants.has('asa')).toBe(true);
  });

  it('replays to the same state', () => {
    const { w } = meetingWithAsa();
    erase(w, 'asa');
    const again = replay(w.log, execute);
    expect(serializeState(again)).toEqual(serializeState(w.state));
    expect([...again.participantByToken.keys()]).toEqual([...w.state.participantByToken.keys()]);
  });
});

describe('rotating the facilitator key', () => {
  it('replaces the key hash; only a facilitator may, and only with a SHA-256 hash', () => {
    const w = helsingborgWorkshop();
    joinWith(w, 'asa');
    expect(run(w, asParticipant('asa'), { type: 'key:rotate', keyHash: HASH }).outcome).toEqual({ ok: false, error: 'forbidden' });
    expect(run(w, FACILITATOR, { type: 'key:rotate', keyHash: 'not a hash' }).outcome).toEqual({ ok: false, error: 'invalid_payload' });
    expect(w.state.keyHash).toBe('kh');
    const { outcome, changes } = run(w, FACILITATOR, { type: 'key:rotate', keyHash: HASH });
    expect(outcome).toEqual({ ok: true });
    expect(w.state.keyHash).toBe(HASH);
    // Nothing any audience sees changes.
    expect(changes).toMatchObject({ info: false, stats: false, posts: [], people: false });
  });
});
