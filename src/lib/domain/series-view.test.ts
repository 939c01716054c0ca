import { describe, expect, it } from 'vitest';
import { seriesMeetingInput, seriesView, type SeriesInfo, type SeriesMeetingInput } from './series-view.js';
import { joinWith } from './test-factories.js';
import { FACILITATOR, helsingborgWorkshop, post, run, setStage, vote, type TestWorkshop } from './test-helpers.js';

const INFO: SeriesInfo = { id: 's1', title: 'Dialogmöten våren 2017', createdAt: 1, updates: [{ id: 'u1', date: '2017-04-01', text: { sv: 'Arbetsgruppen bildad' }, at: 2 }] };

/** A meeting with its own id and start time, people from the given associations (and sectors). */
function meeting(id: string, createdAt: number, people: Array<[association: string, sector?: string]>): TestWorkshop {
  const w = helsingborgWorkshop();
  w.state.id = id;
  w.state.createdAt = createdAt;
  w.state.setup.title = { sv: `Möte ${id}` };
  people.forEach(([association, sector], i) => joinWith(w, `${id}-p${i}`, { association, sector: sector ?? '' }));
  return w;
}

const input = (w: TestWorkshop): SeriesMeetingInput => seriesMeetingInput(w.state);

describe('seriesView totals', () => {
  it('counts associations once across meetings, whatever their case and spacing', () => {
    const a = meeting('a', 100, [['IFK Helsingborg', 'idrott'], ['Röda Korset', 'social'], ['']]);
    const b = meeting('b', 200, [['ifk  helsingborg', 'idrott'], ['Kulturföreningen Ljus', 'kultur']]);
    const c = meeting('c', 300, [['Röda korset.'], ['Schackklubben']]);
    const view = seriesView(INFO, [input(c), input(a), input(b)]);
    // IFK Helsingborg, Röda Korset, Kulturföreningen Ljus, Schackklubben.
    expect(view.totals).toEqual({ meetings: 3, participants: 7, associations: 4, signups: 0, posts: 0, votes: 0 });
    expect(view.meetings.map((m) => [m.workshopId, m.participants, m.associations])).toEqual([
      ['a', 3, 2],
      ['b', 2, 2],
      ['c', 2, 2]
    ]);
    expect(view.updates).toEqual(INFO.updates);
  });

  it('sums sign-ups and sector representation, keeping the setup’s sector order', () => {
    const a = meeting('a', 1, [['IFK', 'idrott'], ['Kör', 'kultur'], ['X']]);
    const b = meeting('b', 2, [['Y', 'idrott']]);
    run(a, { role: 'participant', participantId: 'a-p0' }, { type: 'signup:set', name: 'Anna', contact: 'anna@example.se', consent: true });
    const view = seriesView(INFO, [input(a), input(b)]);
    expect(view.totals.signups).toBe(1);
    expect(view.sectors.slice(0, 3)).toEqual([
      { id: 'idrott', name: { sv: 'Idrott', en: 'Sport', ar: 'الرياضة' }, count: 2 },
      { id: 'kultur', name: { sv: 'Kultur', en: 'Culture', ar: 'الثقافة' }, count: 1 },
      { id: 'funktionsratt', name: { sv: 'Funktionsrätt', en: 'Disability rights', ar: 'حقوق ذوي الإعاقة' }, count: 0 }
    ]);
    expect(view.sectorNotGiven).toBe(1);
    // No names, contacts or other personal data in the view.
    expect(JSON.stringify(view)).not.toMatch(/Anna|example\.se/);
  });

  it('is empty but whole for a series without meetings', () => {
    const view = seriesView(INFO, [], ['gone1']);
    expect(view.totals).toEqual({ meetings: 0, participants: 0, associations: 0, signups: 0, posts: 0, votes: 0 });
    expect(view.rounds).toEqual([]);
    expect(view.missing).toEqual(['gone1']);
  });
});

describe('seriesView posts across meetings', () => {
  function withPosts(id: string, createdAt: number, texts: Array<[text: string, votes: number]>): TestWorkshop {
    const w = meeting(id, createdAt, [['A'], ['B'], ['C'], ['D']]);
    setStage(w, 'samtal-1', 'collecting');
    const ids = texts.map(([text]) => post(w, `${id}-p0`, 'samtal-1', ['dialog'], text));
    setStage(w, 'samtal-1', 'voting');
    texts.forEach(([, votes], i) => {
      for (let v = 0; v < votes; v++) vote(w, `${id}-p${v}`, ids[i]!);
    });
    return w;
  }

  it('groups similar posts of one principle from different meetings, with total votes and their meetings', () => {
    const a = withPosts('a', 1, [
      ['Regelbundna dialogmöten mellan staden och föreningarna', 2],
      ['Information om beslut i tid', 1]
    ]);
    const b = withPosts('b', 2, [
      ['Dialogmöten mellan staden och föreningarna, regelbundet', 3],
      ['Fleråriga avtal i stället för årliga bidrag', 0]
    ]);
    const view = seriesView(INFO, [input(a), input(b)]);
    const dialog = view.rounds.find((r) => r.id === 'samtal-1')!.topics.find((t) => t.id === 'dialog')!;
    expect(dialog.groups.map((g) => [g.text, g.votes, g.workshopIds])).toEqual([
      ['Dialogmöten mellan staden och föreningarna, regelbundet', 5, ['a', 'b']],
      ['Information om beslut i tid', 1, ['a']],
      ['Fleråriga avtal i stället för årliga bidrag', 0, ['b']]
    ]);
    // Items in meeting order: the earlier wording first.
    expect(dialog.groups[0]!.items.map((i) => [i.workshopId, i.votes])).toEqual([
      ['a', 2],
      ['b', 3]
    ]);
    // Every principle of the template is there, empty ones too.
    expect(view.rounds.map((r) => r.topics.length)).toEqual([6, 6]);
    expect(view.totals.posts).toBe(4);
    expect(view.totals.votes).toBe(6);
  });

  it('marks carried items and groups them with their origin', () => {
    const a = withPosts('a', 1, [['Att lyssna på riktigt', 3]]);
    const b = meeting('b', 2, [['A']]);
    run(b, FACILITATOR, { type: 'post:carry', roundId: 'samtal-1', topicIds: ['dialog'], text: 'Att lyssna på riktigt', from: { title: 'Möte a', votes: 3 } });
    setStage(b, 'samtal-1', 'voting');
    vote(b, 'b-p0', [...b.state.posts.keys()][0]!);
    const dialog = seriesView(INFO, [input(a), input(b)]).rounds[0]!.topics.find((t) => t.id === 'dialog')!;
    expect(dialog.groups).toHaveLength(1);
    expect(dialog.groups[0]).toMatchObject({ votes: 4, workshopIds: ['a', 'b'] });
    expect(dialog.groups[0]!.items.map((i) => i.carried)).toEqual([false, true]);
  });

  it('lists an activity under each principle it is linked to', () => {
    const a = meeting('a', 1, [['A']]);
    setStage(a, 'samtal-2', 'collecting');
    post(a, 'a-p0', 'samtal-2', ['dialog', 'oppenhet'], 'Öppna styrelsemöten');
    const round = seriesView(INFO, [input(a)]).rounds.find((r) => r.id === 'samtal-2')!;
    const withItem = round.topics.filter((t) => t.groups.length > 0).map((t) => t.id);
    expect(withItem).toEqual(['dialog', 'oppenhet']);
  });
});
