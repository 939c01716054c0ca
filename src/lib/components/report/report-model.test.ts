import { describe, expect, it } from 'vitest';
import type { OutcomeRound, OutcomeRow, OutcomeView } from '$lib/domain/outcome-view.js';
import { sameSummary } from '../facilitator/report/summary-draft.js';
import { cellShade, GRID, gridSize, truncate } from './coverage-layout.js';
import { activityPlan, activityRounds, coverage, formatDay, inLanguage, interpretationRounds, sectorRows, share } from './report-model.js';

const row = (id: string, votes: number, rank: number, topicIds: string[]): OutcomeRow => ({ id, text: `Text ${id}`, votes, rank, topicIds });

const activities: OutcomeRound = {
  id: 'samtal-2',
  title: { sv: 'Samtal 2' },
  postNoun: { sv: 'aktivitet' },
  topicsPerPost: 'many',
  votes: 9,
  posts: 3,
  topics: [
    { id: 'dialog', name: { sv: 'Dialog', en: 'Dialogue' }, rows: [row('a', 5, 1, ['dialog', 'mangfald']), row('b', 1, 2, ['dialog'])] },
    { id: 'kvalitet', name: { sv: 'Kvalitet' }, rows: [] },
    { id: 'mangfald', name: { sv: 'Mångfald' }, rows: [row('c', 3, 1, ['mangfald']), row('a', 5, 1, ['dialog', 'mangfald'])] }
  ]
};

const outcome = (sectors: Record<string, number>): OutcomeView => ({
  title: { sv: 'Möte', en: 'Meeting' },
  language: 'sv',
  createdAt: 0,
  published: null,
  summary: '',
  updates: [],
  figures: { participants: 6, associations: 2, posts: 3, votes: 9, signups: 0, sectors },
  sectors: [
    { id: 'idrott', name: { sv: 'Idrott' } },
    { id: 'kultur', name: { sv: 'Kultur' } }
  ],
  rounds: [{ ...activities, id: 'samtal-1', topicsPerPost: 'one' }, activities]
});

describe('the report model', () => {
  it('follows the workshop language, falling back to Swedish', () => {
    expect(inLanguage({ sv: 'Dialog', en: 'Dialogue' }, 'en')).toBe('Dialogue');
    expect(inLanguage({ sv: 'Dialog', en: 'Dialogue' }, 'sv')).toBe('Dialog');
    expect(inLanguage({ sv: 'Kvalitet' }, 'en')).toBe('Kvalitet');
  });

  it('tells interpretation rounds from activity rounds', () => {
    const o = outcome({});
    expect(interpretationRounds(o).map((r) => r.id)).toEqual(['samtal-1']);
    expect(activityRounds(o).map((r) => r.id)).toEqual(['samtal-2']);
  });

  it('scales bars to the longest, never past the track', () => {
    expect(share(2, 4)).toBe(0.5);
    expect(share(3, 0)).toBe(0);
    expect(share(5, 4)).toBe(1);
  });

  it('lists each activity once for the coverage, most votes first, with totals per principle', () => {
    const c = coverage(activities);
    expect(c.activities.map((a) => [a.id, a.votes, a.topicIds])).toEqual([
      ['a', 5, ['dialog', 'mangfald']],
      ['c', 3, ['mangfald']],
      ['b', 1, ['dialog']]
    ]);
    expect(c.totals.map((t) => [t.topicId, t.activities, t.votes])).toEqual([
      ['dialog', 2, 6],
      ['kvalitet', 0, 0],
      ['mangfald', 2, 8]
    ]);
  });

  it('groups the activity plan by principle and marks activities that stand under several', () => {
    const plan = activityPlan(activities);
    expect(plan.map((g) => [g.topicId, g.rows.map((r) => r.row.id)])).toEqual([
      ['dialog', ['a', 'b']],
      ['kvalitet', []],
      ['mangfald', ['c', 'a']]
    ]);
    expect(plan[0]!.rows[0]!.alsoUnder).toEqual([{ sv: 'Mångfald' }]);
    expect(plan[2]!.rows[1]!.alsoUnder).toEqual([{ sv: 'Dialog', en: 'Dialogue' }]);
    expect(plan[0]!.rows[1]!.alsoUnder).toEqual([]);
  });

  it('counts sectors in the setup order, then removed sectors, then none given', () => {
    expect(sectorRows(outcome({ kultur: 2, '': 3, gammal: 1, idrott: 0 }))).toEqual([
      { id: 'kultur', name: { sv: 'Kultur' }, count: 2 },
      { id: 'gammal', name: { sv: 'gammal' }, count: 1 },
      { id: '', name: null, count: 3 }
    ]);
    expect(sectorRows(outcome({}))).toEqual([]);
  });

  it('writes an update day as that calendar day in the reader locale', () => {
    expect(formatDay('2025-05-20', 'sv-SE')).toBe('20 maj 2025');
    expect(formatDay('2025-05-20', 'en-GB')).toBe('20 May 2025');
    expect(formatDay('not a day', 'sv-SE')).toBe('not a day');
  });
});

describe('the coverage grid', () => {
  it('draws at most the top activities and grows with them', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, text: 'x', votes: 30 - i, topicIds: ['dialog'] }));
    const size = gridSize(many, 6);
    expect(size.rows).toBe(GRID.maxRows);
    expect(size.width).toBe(GRID.labelWidth + 6 * GRID.cellWidth + GRID.rightPad);
    expect(size.height).toBe(size.totalsTop + 2 * GRID.rowHeight + 4);
    expect(gridSize(many.slice(0, 3), 6).rows).toBe(3);
  });

  it('shades cells from light to the primary navy with readable ink', () => {
    expect(cellShade(0, 10)).toEqual({ fill: 'rgb(221, 231, 242)', ink: '#14202b' });
    expect(cellShade(10, 10)).toEqual({ fill: 'rgb(11, 61, 110)', ink: '#ffffff' });
  });

  it('shortens labels on a word-ish boundary with an ellipsis', () => {
    expect(truncate('Kort', 10)).toBe('Kort');
    expect(truncate('Öppet hus för alla föreningar', 12)).toBe('Öppet hus f…');
    expect(truncate('  rader\nmed   mellanrum ', 40)).toBe('rader med mellanrum');
  });
});

describe('the summary draft', () => {
  it('ignores surrounding space and line-ending differences', () => {
    expect(sameSummary('Hej\r\nvärlden \n', 'Hej\nvärlden')).toBe(true);
    expect(sameSummary('Hej', 'Hej!')).toBe(false);
  });
});
