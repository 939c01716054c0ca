import { describe, expect, it } from 'vitest';
import { HELSINGBORG_TEMPLATE } from '$lib/domain/template.js';
import type { Phase, ScreenMode } from '$lib/domain/types.js';
import { nextStep, stepCommands } from './next-step.js';

const { rounds, agenda } = HELSINGBORG_TEMPLATE.setup;
const meeting = (phase: Phase, agendaItemId: string | null = null, screen: ScreenMode = { view: 'auto' }) => ({ phase, rounds, agenda, agendaItemId, screen });
const round = (roundId: string, stage: 'collecting' | 'voting' | 'results' | 'closed'): Phase => ({ kind: 'round', roundId, stage });

describe('nextStep walks the meeting', () => {
  it.each<[string, Phase, string]>([
    ['lobby', { kind: 'lobby' }, 'collect samtal-1'],
    ['collecting', round('samtal-1', 'collecting'), 'vote samtal-1'],
    ['voting', round('samtal-1', 'voting'), 'results samtal-1'],
    ['results', round('samtal-1', 'results'), 'collect samtal-2'],
    ['closed', round('samtal-1', 'closed'), 'collect samtal-2'],
    ['last results', round('samtal-2', 'results'), 'evaluation'],
    ['evaluation', { kind: 'evaluation' }, 'summary']
  ])('%s → %s', (_, phase, expected) => {
    const step = nextStep(meeting(phase));
    expect([step.kind === 'collect' || step.kind === 'vote' || step.kind === 'results' ? `${step.kind} ${step.roundId}` : step.kind].join()).toBe(expected);
  });
});

describe('stepCommands', () => {
  it('opens a round with its agenda item and puts the projector back on the phase', () => {
    const info = meeting({ kind: 'lobby' }, 'sedan-sist', { view: 'updates' });
    expect(stepCommands(info, nextStep(info))).toEqual([
      { event: 'agenda:current', payload: { itemId: 'samtal-1' } },
      { event: 'phase:set', payload: { phase: round('samtal-1', 'collecting') } },
      { event: 'screen:mode', payload: { mode: { view: 'auto' } } }
    ]);
  });

  it('moves a stage on without touching the agenda or an automatic projector', () => {
    const info = meeting(round('samtal-1', 'collecting'), 'samtal-1');
    expect(stepCommands(info, nextStep(info))).toEqual([{ event: 'phase:set', payload: { phase: round('samtal-1', 'voting') } }]);
  });

  it('opens the evaluation with the closing item, and the summary sends nothing', () => {
    const info = meeting(round('samtal-2', 'results'), 'samtal-2');
    expect(stepCommands(info, nextStep(info))).toEqual([
      { event: 'agenda:current', payload: { itemId: 'avslutning' } },
      { event: 'phase:set', payload: { phase: { kind: 'evaluation' } } }
    ]);
    const after = meeting({ kind: 'evaluation' }, 'avslutning');
    expect(stepCommands(after, nextStep(after))).toEqual([]);
  });
});
