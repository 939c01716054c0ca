import { describe, expect, it } from 'vitest';
import type { StaffComment, StaffView, VersionSummary } from '$lib/domain/agreement/views.js';
import { commentGroups, currentStep, stepState } from './steps.js';

const view = (versions: VersionSummary[], extra: Partial<StaffView> = {}): StaffView => ({
  audience: 'organiser',
  id: 's',
  seriesId: 's',
  code: 'K7M4QX',
  title: { sv: 'X' },
  seq: 1,
  draft: [],
  versions,
  openRemiss: null,
  adopted: null,
  comments: [],
  joins: [],
  editors: [],
  ...extra
});
const remiss = (number: number, compiled = false): VersionSummary => ({ number, kind: 'remiss', publishedAt: 1, compiled });

describe('the current step', () => {
  it.each([
    ['draft', view([])],
    ['remiss', view([remiss(1)], { openRemiss: 1 })],
    ['compilation', view([remiss(1)])],
    ['adoption', view([remiss(1, true), { number: 2, kind: 'revised', publishedAt: 2, answers: 1 }])],
    ['adoption', view([{ number: 1, kind: 'adopted', publishedAt: 1 }], { adopted: 1 })]
  ] as const)('%s', (step, v) => {
    expect(currentStep(v)).toBe(step);
  });

  it('marks steps before as done and after as to do', () => {
    expect([stepState('draft', 'compilation'), stepState('compilation', 'compilation'), stepState('adoption', 'compilation')]).toEqual(['done', 'current', 'todo']);
  });
});

describe('comments by section', () => {
  const c = (id: string, sectionId: string, at: number, extra: Partial<StaffComment> = {}): StaffComment => ({
    id, version: 1, sectionId, text: id, name: '', association: '', contact: '', at, ...extra
  });
  it('follows the sections’ order, unanswered first, and counts answered of shown', () => {
    const groups = commentGroups(
      [
        c('a', 'goals', 1, { answer: { verdict: 'accepted', reason: 'x', at: 5 } }),
        c('b', 'goals', 2),
        c('h', 'goals', 0, { hidden: { reason: 'spam', at: 3 } }),
        c('d', 'background', 4),
        c('gone', 'removed', 4),
        c('other', 'goals', 1, { version: 2 })
      ],
      1,
      ['background', 'goals']
    );
    expect(groups.map((g) => [g.sectionId, g.comments.map((x) => x.id), g.answered, g.shown])).toEqual([
      ['background', ['d'], 0, 1],
      ['goals', ['b', 'a', 'h'], 1, 2],
      ['removed', ['gone'], 0, 1]
    ]);
  });
});
