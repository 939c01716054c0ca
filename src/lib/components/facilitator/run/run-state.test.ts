import { describe, expect, it } from 'vitest';
import type { QueuedCommand } from '$lib/client/commands.js';
import type { AgendaItem } from '$lib/domain/types.js';
import type { WorkshopInfo } from '$lib/domain/views.js';
import { lastQueued, latestSetup, localized, moveItem, newItemId, parseMinutes, removeItem, saveItem, setupOf } from './run-state.js';

const item = (id: string): AgendaItem => ({ id, title: { sv: id }, instructions: { sv: '' } });
const agenda = ['a', 'b', 'c'].map(item);
const ids = (list: AgendaItem[]) => list.map((i) => i.id);

const info = {
  code: 'ABC123',
  title: { sv: 'Möte' },
  language: 'sv',
  topics: [{ id: 't', name: { sv: 'T' }, description: { sv: '' } }],
  rounds: [],
  agenda,
  sectors: [],
  evaluation: [],
  settings: { moderationQueue: false, showNames: false },
  phase: { kind: 'lobby' },
  revealed: [],
  agendaItemId: null,
  timer: null,
  screen: { view: 'auto' },
  display: { language: null, pausedAt: null, shiftMs: 0 },
  published: null,
  joinsClosed: false,
  updates: []
} satisfies WorkshopInfo;

const queued = (command: Pick<QueuedCommand, 'event' | 'payload'>) => ({ ...command, queuedAt: 0 }) as QueuedCommand;

describe('agenda edits', () => {
  it.each([
    ['a', 1, ['b', 'a', 'c']],
    ['c', -1, ['a', 'c', 'b']],
    ['a', -1, ['a', 'b', 'c']],
    ['c', 1, ['a', 'b', 'c']],
    ['x', 1, ['a', 'b', 'c']]
  ] as const)('moves %s by %d', (id, by, expected) => {
    expect(ids(moveItem(agenda, id, by))).toEqual(expected);
  });

  it('removes, replaces and appends without touching the original', () => {
    expect(ids(removeItem(agenda, 'b'))).toEqual(['a', 'c']);
    const renamed = { ...item('b'), title: { sv: 'Bee' } };
    expect(saveItem(agenda, renamed)[1]).toBe(renamed);
    expect(ids(saveItem(agenda, item('d')))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(agenda)).toEqual(['a', 'b', 'c']);
  });

  it('gives new items an unused, valid id', () => {
    expect(newItemId(agenda)).toBe('punkt-4');
    expect(newItemId([item('punkt-2'), item('punkt-3')])).toBe('punkt-4');
    expect(newItemId([item('punkt-1')])).toBe('punkt-2');
  });

  it('leaves English out when it is blank', () => {
    expect(localized(' Fika ', '  ')).toEqual({ sv: 'Fika' });
    expect(localized('Fika', 'Coffee ')).toEqual({ sv: 'Fika', en: 'Coffee' });
    expect(localized('Fika', '', ' استراحة قهوة ')).toEqual({ sv: 'Fika', ar: 'استراحة قهوة' });
  });

  it.each([
    ['5', 5],
    [' 15 ', 15],
    ['240', 240],
    ['0', null],
    ['241', null],
    ['2.5', null],
    ['-1', null],
    ['', null],
    ['fem', null]
  ] as const)('parses minutes %j as %j', (text, expected) => {
    expect(parseMinutes(text)).toBe(expected);
  });
});

describe('what is queued', () => {
  it('builds on the last queued setup, else the server’s', () => {
    expect(latestSetup([], info)).toEqual(setupOf(info));
    expect(Object.keys(setupOf(info)).sort()).toEqual(['agenda', 'evaluation', 'language', 'rounds', 'sectors', 'settings', 'title', 'topics']);
    const first = { ...setupOf(info), agenda: [item('x')] };
    const second = { ...setupOf(info), agenda: [item('y')] };
    const items = [
      queued({ event: 'setup:update', payload: { commandId: '1', setup: first, confirmRemoval: false } }),
      queued({ event: 'timer:stop', payload: { commandId: '2' } }),
      queued({ event: 'setup:update', payload: { commandId: '3', setup: second, confirmRemoval: false } })
    ];
    expect(latestSetup(items, info)).toBe(second);
    expect(lastQueued(items, 'timer:stop')?.payload.commandId).toBe('2');
    expect(lastQueued(items, 'phase:set')).toBeUndefined();
  });
});
