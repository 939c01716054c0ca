import type { CommandInput } from '$lib/client/commands.js';
import type { Phase } from '$lib/domain/types.js';
import type { WorkshopInfo } from '$lib/domain/views.js';

/**
 * The console's one "Next step": the meeting's usual path through the agenda, from the
 * lobby through each round (collecting → voting → results) to the evaluation and then the
 * summary. Pure, so the path can be read and tested apart from the button.
 */
export type NextStep =
  | { kind: 'collect' | 'vote' | 'results'; roundId: string; round: number; phase: Phase }
  | { kind: 'evaluation'; phase: Phase }
  | { kind: 'summary' };

type Meeting = Pick<WorkshopInfo, 'phase' | 'rounds' | 'agenda' | 'agendaItemId' | 'screen'>;

const collect = (info: Meeting, index: number): NextStep | null => {
  const round = info.rounds[index];
  return round ? { kind: 'collect', roundId: round.id, round: index + 1, phase: { kind: 'round', roundId: round.id, stage: 'collecting' } } : null;
};
const evaluation: NextStep = { kind: 'evaluation', phase: { kind: 'evaluation' } };

export function nextStep(info: Meeting): NextStep {
  const { phase, rounds } = info;
  if (phase.kind === 'lobby') return collect(info, 0) ?? evaluation;
  if (phase.kind === 'evaluation') return { kind: 'summary' };
  const index = rounds.findIndex((r) => r.id === phase.roundId);
  const at = (kind: 'vote' | 'results', stage: 'voting' | 'results'): NextStep => ({
    kind,
    roundId: phase.roundId,
    round: index + 1,
    phase: { kind: 'round', roundId: phase.roundId, stage }
  });
  if (phase.stage === 'collecting') return at('vote', 'voting');
  if (phase.stage === 'voting') return at('results', 'results');
  return collect(info, index + 1) ?? evaluation;
}

/**
 * The agenda item a step belongs to: the item of the round it opens; for the evaluation,
 * the first item after the last round's (the closing). Undefined: leave the agenda as it is.
 */
export function agendaItemFor(info: Meeting, step: NextStep): string | undefined {
  if (step.kind === 'collect') return info.agenda.find((item) => item.roundId === step.roundId)?.id;
  if (step.kind !== 'evaluation') return undefined;
  const lastRound = info.agenda.findLastIndex((item) => item.roundId);
  return info.agenda[lastRound + 1]?.id;
}

/** What the console sends for a step: the agenda item, the phase, and the projector back to following the phase. */
export function stepCommands(info: Meeting, step: NextStep): CommandInput[] {
  if (step.kind === 'summary') return [];
  const commands: CommandInput[] = [];
  const itemId = agendaItemFor(info, step);
  if (itemId && itemId !== info.agendaItemId) commands.push({ event: 'agenda:current', payload: { itemId } });
  commands.push({ event: 'phase:set', payload: { phase: step.phase } });
  if (info.screen.view !== 'auto') commands.push({ event: 'screen:mode', payload: { mode: { view: 'auto' } } });
  return commands;
}
