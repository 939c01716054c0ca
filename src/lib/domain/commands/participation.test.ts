import { describe, expect, it } from 'vitest';
import { ChangeSet, deltaFor } from '../deltas.js';
import type { ExecuteResult } from '../execute.js';
import { LIMITS } from '../limits.js';
import { serializeState } from '../serialize.js';
import { S1, as, facilitate, joinWith, workshopWith } from '../test-factories.js';
import { helsingborgWorkshop, post, setStage, type TestWorkshop } from '../test-helpers.js';
import type { Command, ProfileFields } from '../types.js';
import { AUDIENCES, participantSelf, snapshotFor, type Audience } from '../views.js';

const snapshot = (w: TestWorkshop, audience: Audience) => snapshotFor(w.state, audience, 1, 0);
const deltaOf = (w: TestWorkshop, audience: Audience, ...results: ExecuteResult[]) => {
  const set = new ChangeSet();
  for (const r of results) set.add(r.changes);
  return deltaFor(w.state, audience, set, 0, { now: 0 });
};
const update = (w: TestWorkshop, id: string, profile: Partial<ProfileFields>) =>
  as(w, id, { type: 'participant:update', name: '', association: '', ...profile });

describe('profiles', () => {
  it('keeps sector, table and consent to show the name', () => {
    const w = helsingborgWorkshop();
    const { outcome, changes } = joinWith(w, 'asa', { name: 'Åsa', association: 'IFK', sector: 'idrott', table: 4, showName: true });
    expect(outcome).toEqual({ ok: true });
    expect(changes.stats).toBe(true);
    expect(w.state.participants.get('asa')).toMatchObject({ name: 'Åsa', association: 'IFK', sector: 'idrott', table: 4, showName: true, signup: null });
    expect(participantSelf(w.state, 'asa')).toMatchObject({ sector: 'idrott', table: 4, showName: true });
  });

  it('defaults to no sector, no table and no name on the projector', () => {
    const w = helsingborgWorkshop();
    joinWith(w, 'asa', { name: 'Åsa' });
    expect(w.state.participants.get('asa')).toMatchObject({ sector: '', table: null, showName: false });
  });

  it('under rules 1, refuses a sector the setup does not list, on join and on update, changing nothing', () => {
    const w = helsingborgWorkshop();
    let before = serializeState(w.state);
    expect(joinWith(w, 'asa', { name: 'Åsa', association: 'IFK', sector: 'bowling' }).outcome).toEqual({ ok: false, error: 'unknown_sector' });
    expect(serializeState(w.state)).toEqual(before);
    expect(w.state.participantByToken.size).toBe(0);

    joinWith(w, 'asa', { name: 'Åsa', association: 'IFK', sector: 'kultur' });
    before = serializeState(w.state);
    const { outcome, changes } = update(w, 'asa', { name: 'Åsa Ö', association: 'Scouterna', sector: 'bowling' });
    expect(outcome).toEqual({ ok: false, error: 'unknown_sector' });
    expect(changes.associations).toBe(false);
    expect(serializeState(w.state)).toEqual(before);
  });

  it('from rules 2, keeps no sector instead of refusing one the setup does not list', () => {
    const w = helsingborgWorkshop(2);
    expect(joinWith(w, 'asa', { name: 'Åsa', sector: 'bowling' }).outcome).toEqual({ ok: true });
    expect(w.state.participants.get('asa')).toMatchObject({ name: 'Åsa', sector: '' });
    expect(update(w, 'asa', { name: 'Åsa', sector: 'kultur' }).outcome).toEqual({ ok: true });
    expect(update(w, 'asa', { name: 'Åsa', sector: 'bowling' }).outcome).toEqual({ ok: true });
    expect(w.state.participants.get('asa')).toMatchObject({ sector: '' });
  });

  it('updates the whole profile and counts participants per sector', () => {
    const w = helsingborgWorkshop();
    joinWith(w, 'asa', { sector: 'kultur' });
    joinWith(w, 'bo', { sector: 'kultur' });
    joinWith(w, 'cia');
    expect(snapshot(w, 'screen').stats!.sectors).toEqual({ kultur: 2, '': 1 });
    expect(update(w, 'bo', { name: 'Bo', sector: 'idrott', table: 2, showName: true }).outcome).toEqual({ ok: true });
    expect(w.state.participants.get('bo')).toMatchObject({ name: 'Bo', sector: 'idrott', table: 2, showName: true });
    expect(snapshot(w, 'facilitator').stats!.sectors).toEqual({ kultur: 1, idrott: 1, '': 1 });
  });

  it('sends the posts of a participant who changed their profile again, for the authors shown', () => {
    const w = helsingborgWorkshop();
    joinWith(w, 'asa', { name: 'Åsa' });
    setStage(w, S1, 'collecting');
    const id = post(w, 'asa', S1, ['dialog'], 'Dialog');
    const result = update(w, 'asa', { name: 'Åsa Ö', sector: 'kultur', table: 3 });
    // The author is named once; the delta finds their posts (a profile change costs O(1)).
    expect(result.changes.authors).toEqual(['asa']);
    expect(deltaOf(w, 'facilitator', result)!.posts!.map((p) => p.id)).toEqual([id]);
    expect(deltaOf(w, 'facilitator', result)!.posts![0]!.author).toEqual({ name: 'Åsa Ö', association: '', sector: 'kultur', table: 3 });
  });
});

describe('names on the projector', () => {
  /** Åsa agreed to show her name, Bo did not, Cia agreed but gave none. */
  function authors(showNames: boolean) {
    const w = workshopWith((setup) => (setup.settings.showNames = showNames));
    joinWith(w, 'asa', { name: 'Åsa Öberg', association: 'IFK', sector: 'idrott', table: 1, showName: true });
    joinWith(w, 'bo', { name: 'Bo Bengtsson', association: 'Scouterna', showName: false });
    joinWith(w, 'cia', { showName: true });
    setStage(w, S1, 'collecting');
    const ids = { asa: post(w, 'asa', S1, ['dialog'], 'Åsas idé'), bo: post(w, 'bo', S1, ['dialog'], 'Bos idé'), cia: post(w, 'cia', S1, ['dialog'], 'Cias idé') };
    return { w, ids };
  }
  const authorNames = (w: TestWorkshop) => Object.fromEntries(snapshot(w, 'screen').posts.map((p) => [p.text, p.authorName]));

  it('shows the names of those who agreed, when the facilitator allows names', () => {
    const { w } = authors(true);
    expect(authorNames(w)).toEqual({ 'Åsas idé': 'Åsa Öberg', 'Bos idé': undefined, 'Cias idé': undefined });
    expect(snapshot(w, 'screen').posts.every((p) => !('author' in p))).toBe(true);
  });

  it('shows no names when the facilitator does not allow them', () => {
    const { w } = authors(false);
    expect(authorNames(w)).toEqual({ 'Åsas idé': undefined, 'Bos idé': undefined, 'Cias idé': undefined });
    expect(JSON.stringify(snapshot(w, 'screen'))).not.toContain('Öberg');
  });

  it.each([true, false])('gives facilitators every author and participants none (names allowed: %s)', (showNames) => {
    const { w, ids } = authors(showNames);
    const f = snapshot(w, 'facilitator');
    expect(f.posts.find((p) => p.id === ids.asa)!.author).toEqual({ name: 'Åsa Öberg', association: 'IFK', sector: 'idrott', table: 1 });
    expect(f.posts.find((p) => p.id === ids.bo)!.author).toEqual({ name: 'Bo Bengtsson', association: 'Scouterna', sector: '', table: null });
    expect(f.posts.find((p) => p.id === ids.cia)).not.toHaveProperty('author');
    expect(f.posts.every((p) => !('authorName' in p))).toBe(true);
    const p = JSON.stringify(snapshot(w, 'participant'));
    for (const name of ['Åsa Öberg', 'Bo Bengtsson']) expect(p).not.toContain(name);
  });

  it('takes a name off the projector when its author withdraws consent', () => {
    const { w, ids } = authors(true);
    const result = update(w, 'asa', { name: 'Åsa Öberg', association: 'IFK', sector: 'idrott', table: 1, showName: false });
    expect(deltaOf(w, 'screen', result)!.posts).toEqual([expect.not.objectContaining({ authorName: expect.anything() })]);
    expect(snapshot(w, 'screen').posts.find((p) => p.id === ids.asa)).not.toHaveProperty('authorName');
  });
});

describe('associations', () => {
  it('counts two spellings of one association once, keeping the first spelling', () => {
    const w = helsingborgWorkshop();
    expect(joinWith(w, 'a', { association: 'IFK Helsingborg' }).changes.associations).toBe(true);
    expect(joinWith(w, 'b', { association: 'ifk  helsingborg' }).changes.associations).toBe(false);
    expect(joinWith(w, 'c', { association: '  IFK Helsingborg.  ' }).changes.associations).toBe(false);
    expect([...w.state.associations.values()].map(({ name, count }) => ({ name, count }))).toEqual([{ name: 'IFK Helsingborg', count: 3 }]);
    expect(snapshot(w, 'screen').stats!.associations).toBe(1);
    expect(snapshot(w, 'participant').associations).toEqual(['IFK Helsingborg']);
  });

  it('from rules 2, lists the spelling most participants give now, so none stays that only an erased participant gave', () => {
    const w = helsingborgWorkshop(2);
    const listed = () => snapshot(w, 'participant').associations;
    joinWith(w, 'a', { association: 'Marker FF' });
    joinWith(w, 'b', { association: 'marker ff' });
    // A tie goes to the spelling that sorts first, whoever came first.
    expect(listed()).toEqual(['Marker FF']);
    expect(joinWith(w, 'c', { association: ' marker ff ' }).changes.associations).toBe(true);
    expect(listed()).toEqual(['marker ff']);
    as(w, 'b', { type: 'participant:erase' });
    as(w, 'c', { type: 'participant:erase' });
    expect(listed()).toEqual(['Marker FF']);
    expect(as(w, 'a', { type: 'participant:erase' }).changes.associations).toBe(true);
    expect(listed()).toEqual([]);

    // The erased participant's spelling goes, the other stays: the same list as if they had never given it.
    const erased = helsingborgWorkshop(2);
    joinWith(erased, 'p', { association: 'Raderade FF' });
    joinWith(erased, 'q', { association: 'raderade ff' });
    as(erased, 'p', { type: 'participant:erase' });
    const never = helsingborgWorkshop(2);
    joinWith(never, 'p', { association: '' });
    joinWith(never, 'q', { association: 'raderade ff' });
    as(never, 'p', { type: 'participant:erase' });
    expect(snapshot(erased, 'participant').associations).toEqual(['raderade ff']);
    expect(serializeState(erased.state).associations).toEqual(serializeState(never.state).associations);
  });

  it('from rules 2, follows a change of spelling alone', () => {
    const w = helsingborgWorkshop(2);
    joinWith(w, 'a', { association: 'IFK' });
    expect(update(w, 'a', { association: 'Ifk' }).outcome).toEqual({ ok: true });
    expect(snapshot(w, 'participant').associations).toEqual(['Ifk']);
    as(w, 'a', { type: 'participant:erase' });
    expect(w.state.associations.size).toBe(0);
  });

  it('ignores an empty association', () => {
    const w = helsingborgWorkshop();
    expect(joinWith(w, 'a', { association: '   ' }).changes.associations).toBe(false);
    expect(w.state.associations.size).toBe(0);
  });

  it('moves the count when a participant changes association and forgets one nobody gives any more', () => {
    const w = helsingborgWorkshop();
    joinWith(w, 'a', { association: 'IFK Helsingborg' });
    joinWith(w, 'b', { association: 'ifk helsingborg' });
    const steps: Array<[string, string, boolean, Record<string, number>]> = [
      // who, new association, list changed, counts afterwards
      ['b', 'Scouterna', true, { 'IFK Helsingborg': 1, Scouterna: 1 }],
      ['b', 'scouterna', false, { 'IFK Helsingborg': 1, Scouterna: 1 }],
      ['a', 'SCOUTERNA', true, { Scouterna: 2 }],
      ['a', 'Ängelholms FF', true, { Scouterna: 1, 'Ängelholms FF': 1 }],
      ['a', '', true, { Scouterna: 1 }]
    ];
    for (const [who, association, changed, counts] of steps) {
      const { outcome, changes } = update(w, who, { association });
      expect(outcome).toEqual({ ok: true });
      expect(changes.associations).toBe(changed);
      expect(Object.fromEntries([...w.state.associations.values()].map((x) => [x.name, x.count]))).toEqual(counts);
    }
  });

  it('sends the list to every audience only when it changes', () => {
    const w = helsingborgWorkshop();
    const first = joinWith(w, 'a', { association: 'IFK Helsingborg' });
    for (const audience of AUDIENCES) expect(deltaOf(w, audience, first)!.associations).toEqual(['IFK Helsingborg']);
    const second = joinWith(w, 'b', { association: 'ifk helsingborg' });
    for (const audience of AUDIENCES) expect(deltaOf(w, audience, second)?.associations).toBeUndefined();
  });

  it('lists associations in Swedish alphabetical order in snapshots', () => {
    const w = helsingborgWorkshop();
    ['Örestad Sim', 'Amnesty', 'Ängelholms FF', 'Zonta', 'Åkeröds IK', 'bridgeklubben'].forEach((association, i) => joinWith(w, `p${i}`, { association }));
    for (const audience of AUDIENCES) {
      expect(snapshot(w, audience).associations).toEqual(['Amnesty', 'bridgeklubben', 'Zonta', 'Åkeröds IK', 'Ängelholms FF', 'Örestad Sim']);
    }
  });
});

describe('working-group sign-ups', () => {
  const CONTACT = 'asa.oberg@example.se';
  const signup = (w: TestWorkshop, id: string, name = 'Åsa Öberg', contact = CONTACT) =>
    as(w, id, { type: 'signup:set', name, contact, consent: true });

  function signedUp() {
    const w = helsingborgWorkshop();
    joinWith(w, 'asa', { name: 'Åsa', association: 'IFK', sector: 'idrott' });
    joinWith(w, 'bo');
    const result = signup(w, 'asa', '  Åsa Öberg ', `  ${CONTACT} `);
    return { w, result };
  }

  it('keeps the name and contact with the time of consent, for facilitators', () => {
    const { w, result } = signedUp();
    expect(result.outcome).toEqual({ ok: true });
    expect(result.changes).toMatchObject({ people: true, stats: true });
    const at = w.log[w.log.length - 1]!.at;
    expect(w.state.participants.get('asa')!.signup).toEqual({ name: 'Åsa Öberg', contact: CONTACT, at });
    expect(snapshot(w, 'facilitator').signups).toEqual([{ participantId: 'asa', name: 'Åsa Öberg', contact: CONTACT, association: 'IFK', sector: 'idrott', at }]);
    expect(deltaOf(w, 'facilitator', result)!.signups).toEqual([expect.objectContaining({ contact: CONTACT })]);
    expect(participantSelf(w.state, 'asa')!.signup).toEqual({ name: 'Åsa Öberg', contact: CONTACT });
    expect(participantSelf(w.state, 'bo')!.signup).toBeNull();
  });

  it('never sends the contact to the projector or the phones', () => {
    const { w, result } = signedUp();
    for (const audience of ['participant', 'screen'] as const) {
      const s = snapshot(w, audience);
      expect(s).not.toHaveProperty('signups');
      expect(JSON.stringify(s)).not.toContain(CONTACT);
      expect(JSON.stringify(deltaOf(w, audience, result))).not.toContain(CONTACT);
    }
    expect(deltaOf(w, 'participant', result)).toBeNull();
    expect(deltaOf(w, 'screen', result)).toEqual({ from: 0, to: 1, stats: expect.objectContaining({ signups: 1 }) });
  });

  it('counts sign-ups in the stats and takes them back on withdrawal', () => {
    const { w } = signedUp();
    signup(w, 'bo', 'Bo', 'bo@example.se');
    expect(snapshot(w, 'screen').stats!.signups).toBe(2);
    expect(snapshot(w, 'facilitator').signups!.map((s) => s.participantId)).toEqual(['asa', 'bo']);
    const withdrawn = as(w, 'asa', { type: 'signup:withdraw' });
    expect(withdrawn.outcome).toEqual({ ok: true });
    expect(withdrawn.changes).toMatchObject({ people: true, stats: true });
    expect(w.state.participants.get('asa')!.signup).toBeNull();
    expect(snapshot(w, 'screen').stats!.signups).toBe(1);
    expect(snapshot(w, 'facilitator').signups!.map((s) => s.participantId)).toEqual(['bo']);
    // Withdrawing again is harmless and changes nothing.
    expect(as(w, 'asa', { type: 'signup:withdraw' })).toMatchObject({ outcome: { ok: true }, changes: { people: false, stats: false } });
  });

  // The facilitators' list shows each sign-up's association and sector, so a profile change
  // must send it again (found by the model-based test in deltas.test.ts).
  it('sends facilitators the list again when someone signed up changes their profile', () => {
    const { w } = signedUp();
    const result = update(w, 'asa', { name: 'Åsa', association: 'Scouterna', sector: 'kultur' });
    expect(result.changes.people).toBe(true);
    expect(deltaOf(w, 'facilitator', result)!.signups).toEqual([expect.objectContaining({ association: 'Scouterna', sector: 'kultur', contact: CONTACT })]);
    expect(JSON.stringify(deltaOf(w, 'screen', result))).not.toContain(CONTACT);
    // Someone who has not signed up changes no list.
    expect(update(w, 'bo', { name: 'Bo' }).changes.people).toBe(false);
  });

  it('replaces an earlier sign-up', () => {
    const { w } = signedUp();
    signup(w, 'asa', 'Åsa Ö', '0701-234567');
    expect(w.state.participants.get('asa')!.signup).toMatchObject({ name: 'Åsa Ö', contact: '0701-234567' });
    expect(snapshot(w, 'facilitator').signups).toHaveLength(1);
  });

  it.each([
    ['', CONTACT],
    ['Åsa', '   ']
  ])('refuses a name %j or contact %j left empty', (name, contact) => {
    const w = helsingborgWorkshop();
    joinWith(w, 'asa');
    expect(signup(w, 'asa', name, contact).outcome).toEqual({ ok: false, error: 'text_empty' });
    expect(w.state.participants.get('asa')!.signup).toBeNull();
  });

  it('cuts name and contact to their limits, and is for participants only', () => {
    const w = helsingborgWorkshop();
    joinWith(w, 'asa');
    signup(w, 'asa', 'Å'.repeat(LIMITS.name + 5), 'x'.repeat(LIMITS.contact + 5));
    expect(w.state.participants.get('asa')!.signup).toMatchObject({ name: 'Å'.repeat(LIMITS.name), contact: 'x'.repeat(LIMITS.contact) });
    expect(facilitate(w, { type: 'signup:set', name: 'F', contact: 'f@x', consent: true }).outcome).toEqual({ ok: false, error: 'forbidden' });
  });
});

describe('the closing evaluation', () => {
  const answer = (w: TestWorkshop, id: string, scores: Record<string, number>, comment = '') =>
    as(w, id, { type: 'evaluation:answer', scores, comment });
  const toEvaluation = (w: TestWorkshop) => facilitate(w, { type: 'phase:set', phase: { kind: 'evaluation' } });

  function evaluating() {
    const w = helsingborgWorkshop();
    for (const id of ['asa', 'bo', 'cia']) joinWith(w, id);
    toEvaluation(w);
    return w;
  }

  it('takes answers only while the phase is the evaluation', () => {
    const w = helsingborgWorkshop();
    joinWith(w, 'asa');
    expect(answer(w, 'asa', { lyssnad: 4 }).outcome).toEqual({ ok: false, error: 'evaluation_closed' });
    setStage(w, S1, 'collecting');
    expect(answer(w, 'asa', { lyssnad: 4 }).outcome).toEqual({ ok: false, error: 'evaluation_closed' });
    toEvaluation(w);
    const { outcome, changes } = answer(w, 'asa', { lyssnad: 4 }, '  Bra möte!  ');
    expect(outcome).toEqual({ ok: true });
    expect(changes.evaluation).toBe(true);
    expect(participantSelf(w.state, 'asa')!.evaluation).toEqual({ scores: { lyssnad: 4 }, comment: 'Bra möte!' });
    facilitate(w, { type: 'phase:set', phase: { kind: 'lobby' } });
    expect(answer(w, 'asa', { lyssnad: 5 }).outcome).toEqual({ ok: false, error: 'evaluation_closed' });
    expect(w.state.evaluations.get('asa')!.scores).toEqual({ lyssnad: 4 });
  });

  it.each<[string, Record<string, number>, string]>([
    ['an unknown question', { lyssnad: 4, vadfan: 3 }, 'unknown_question'],
    ['a score below 1', { lyssnad: 0 }, 'invalid_payload'],
    ['a score above 5', { formen: 6 }, 'invalid_payload'],
    ['a score between steps', { formen: 2.5 }, 'invalid_payload']
  ])('refuses %s, storing nothing', (_name, scores, error) => {
    const w = evaluating();
    const before = serializeState(w.state);
    const { outcome, changes } = answer(w, 'asa', scores);
    expect(outcome).toEqual({ ok: false, error });
    expect(changes.evaluation).toBe(false);
    expect(serializeState(w.state)).toEqual(before);
  });

  it('replaces an earlier answer by the same participant', () => {
    const w = evaluating();
    answer(w, 'asa', { lyssnad: 2, formen: 3 }, 'Först');
    answer(w, 'asa', { lyssnad: 5 }, 'Sedan');
    expect(w.state.evaluations.size).toBe(1);
    expect(w.state.evaluations.get('asa')).toMatchObject({ scores: { lyssnad: 5 }, comment: 'Sedan' });
    const summary = snapshot(w, 'facilitator').evaluation!;
    expect(summary.responses).toBe(1);
    expect(summary.questions.find((q) => q.id === 'formen')).toEqual({ id: 'formen', counts: [0, 0, 0, 0, 0], mean: null });
    expect(summary.comments).toEqual(['Sedan']);
  });

  it('sums up counts per score and means, with comments for facilitators only', () => {
    const w = evaluating();
    answer(w, 'asa', { lyssnad: 5, formen: 4 }, 'Bra fika ☕');
    answer(w, 'bo', { lyssnad: 4, formen: 4, fortsattning: 1 });
    const last = answer(w, 'cia', { lyssnad: 4 }, 'För kort tid');
    const f = snapshot(w, 'facilitator').evaluation!;
    expect(f.responses).toBe(3);
    expect(f.questions).toEqual([
      { id: 'lyssnad', counts: [0, 0, 0, 2, 1], mean: 4.3 },
      { id: 'formen', counts: [0, 0, 0, 2, 0], mean: 4 },
      { id: 'fortsattning', counts: [1, 0, 0, 0, 0], mean: 1 },
      { id: 'delta-igen', counts: [0, 0, 0, 0, 0], mean: null }
    ]);
    expect(f.comments).toEqual(['Bra fika ☕', 'För kort tid']);
    const screen = snapshot(w, 'screen').evaluation!;
    expect(screen).toEqual({ responses: 3, questions: f.questions });
    expect(JSON.stringify(snapshot(w, 'screen'))).not.toContain('fika');
    expect(snapshot(w, 'participant')).not.toHaveProperty('evaluation');
    // Deltas: the summary to the staff, comments to facilitators only, nothing to phones.
    expect(deltaOf(w, 'facilitator', last)!.evaluation!.comments).toEqual(['Bra fika ☕', 'För kort tid']);
    expect(deltaOf(w, 'screen', last)!.evaluation).toEqual({ responses: 3, questions: f.questions });
    expect(deltaOf(w, 'participant', last)).toBeNull();
  });

  it('is answered by participants only', () => {
    const w = evaluating();
    const command: Command = { type: 'evaluation:answer', scores: { lyssnad: 3 }, comment: '' };
    expect(facilitate(w, command).outcome).toEqual({ ok: false, error: 'forbidden' });
  });
});
