import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';
import { DEFAULT_EVALUATION, DEFAULT_SECTORS, DEFAULT_SETTINGS, setupProblem, validateSetup, withSetupDefaults, type StoredSetup } from './setup.js';
import { BLANK_TEMPLATE_ID, HELSINGBORG_TEMPLATE_ID, setupFromTemplate } from './template.js';
import type { WorkshopSetup } from './types.js';

const helsingborg = () => setupFromTemplate(HELSINGBORG_TEMPLATE_ID)!;
const edited = (edit: (setup: WorkshopSetup) => unknown) => {
  const setup = helsingborg();
  edit(setup);
  return setup;
};
const many = <T extends { id: string }>(item: T, count: number): T[] => Array.from({ length: count }, (_, i) => ({ ...structuredClone(item), id: `x${i}` }));

describe('validateSetup', () => {
  it.each([HELSINGBORG_TEMPLATE_ID, BLANK_TEMPLATE_ID])('accepts the %s template', (id) => {
    const setup = setupFromTemplate(id)!;
    expect(setupProblem(setup)).toBeUndefined();
    expect(validateSetup(setup)).toBe(true);
  });

  it.each<[string, (s: WorkshopSetup) => unknown]>([
    ['an empty title', (s) => (s.title.sv = ' ')],
    ['a title over the limit', (s) => (s.title.sv = 'å'.repeat(LIMITS.title + 1))],
    ['an unknown language', (s) => (s.language = 'de' as 'sv')],
    ['no principles', (s) => (s.topics = [])],
    ['too many principles', (s) => (s.topics = many(s.topics[0]!, LIMITS.topics + 1))],
    ['two principles with one id', (s) => (s.topics[1]!.id = s.topics[0]!.id)],
    ['a principle with an empty id', (s) => (s.topics[0]!.id = '')],
    ['a principle id with a space', (s) => (s.topics[0]!.id = 'min princip')],
    ['a principle without a Swedish name', (s) => (s.topics[0]!.name = { sv: '', en: 'Autonomy' })],
    ['a description over the limit', (s) => (s.topics[0]!.description.sv = 'ö'.repeat(LIMITS.description + 1))],
    ['an Arabic name over the limit', (s) => (s.topics[0]!.name.ar = 'ع'.repeat(LIMITS.title + 1))],
    ['an Arabic prompt that is not text', (s) => (s.rounds[0]!.prompt.ar = 7 as unknown as string)],
    ['no rounds', (s) => ((s.rounds = []), (s.agenda = []))],
    ['too many rounds', (s) => ((s.rounds = many(s.rounds[0]!, LIMITS.rounds + 1)), (s.agenda = []))],
    ['two rounds with one id', (s) => (s.rounds[1]!.id = s.rounds[0]!.id)],
    ['a round without a title', (s) => (s.rounds[0]!.title.sv = '')],
    ['a round without a prompt', (s) => (s.rounds[0]!.prompt.sv = '\n')],
    ['a budget of no votes', (s) => (s.rounds[0]!.budget.votes = 0)],
    ['a budget over the limit', (s) => (s.rounds[0]!.budget.votes = LIMITS.votesPerBudget + 1)],
    ['a budget of half a vote', (s) => (s.rounds[0]!.budget.votes = 2.5)],
    ['an unknown budget scope', (s) => (s.rounds[0]!.budget.per = 'table' as 'round')],
    ['no votes per post', (s) => (s.rounds[0]!.maxVotesPerPost = 0)],
    ['more votes per post than the budget', (s) => ((s.rounds[0]!.budget.votes = 2), (s.rounds[0]!.maxVotesPerPost = 3))],
    ['more votes per post than the limit', (s) => ((s.rounds[0]!.budget.votes = LIMITS.votesPerBudget), (s.rounds[0]!.maxVotesPerPost = LIMITS.votesPerPost + 1))],
    ['an agenda item for an unknown round', (s) => (s.agenda.find((a) => a.roundId)!.roundId = 'samtal-9')],
    ['an agenda item without a title', (s) => (s.agenda[0]!.title.sv = '')],
    ['an agenda item of no minutes', (s) => (s.agenda[0]!.minutes = 0)],
    ['two agenda items with one id', (s) => (s.agenda[1]!.id = s.agenda[0]!.id)],
    ['too many agenda items', (s) => (s.agenda = many(s.agenda[0]!, LIMITS.agendaItems + 1))],
    ['too many sectors', (s) => (s.sectors = many(s.sectors[0]!, LIMITS.sectors + 1))],
    ['two sectors with one id', (s) => (s.sectors[1]!.id = s.sectors[0]!.id)],
    ['a sector without a name', (s) => (s.sectors[0]!.name.sv = '')],
    ['too many questions', (s) => (s.evaluation = many(s.evaluation[0]!, LIMITS.questions + 1))],
    ['two questions with one id', (s) => (s.evaluation[1]!.id = s.evaluation[0]!.id)],
    ['a question without text', (s) => (s.evaluation[0]!.text.sv = ' ')],
    ['settings missing', (s) => (s.settings = undefined as unknown as WorkshopSetup['settings'])]
  ])('refuses a setup with %s', (_name, edit) => {
    const setup = edited(edit);
    expect(setupProblem(setup)).toEqual(expect.any(String));
    expect(validateSetup(setup)).toBe(false);
  });

  it.each<[string, (s: WorkshopSetup) => unknown]>([
    ['the limits exactly', (s) => ((s.topics = many(s.topics[0]!, LIMITS.topics)), (s.agenda = many(s.agenda[0]!, LIMITS.agendaItems)))],
    ['the largest budget and stacking', (s) => ((s.rounds[0]!.budget.votes = LIMITS.votesPerBudget), (s.rounds[0]!.maxVotesPerPost = LIMITS.votesPerPost))],
    ['as many votes per post as the budget', (s) => ((s.rounds[0]!.budget.votes = 2), (s.rounds[0]!.maxVotesPerPost = 2))],
    ['no agenda, sectors or evaluation', (s) => ((s.agenda = []), (s.sectors = []), (s.evaluation = []))],
    ['no English', (s) => ((s.title = { sv: 'Möte' }), (s.topics[0]!.name = { sv: 'Dialog' }))],
    ['empty instructions and descriptions', (s) => ((s.agenda[0]!.instructions = { sv: '' }), (s.topics[0]!.description = { sv: '' }))],
    ['planned minutes', (s) => (s.agenda[0]!.minutes = 15)],
    ['the same id in different lists', (s) => ((s.agenda[0]!.id = s.topics[0]!.id), (s.sectors[0]!.id = s.topics[0]!.id))]
  ])('accepts a setup with %s', (_name, edit) => {
    expect(setupProblem(edited(edit))).toBeUndefined();
  });
});

describe('withSetupDefaults', () => {
  /** A setup as the first version logged it: no agenda, sectors, evaluation or settings. */
  const legacy = (): StoredSetup => {
    const { agenda: _a, sectors: _s, evaluation: _e, settings: _t, rounds, ...rest } = helsingborg();
    return { ...rest, rounds: rounds.map(({ maxVotesPerPost: _m, liveTallies: _l, ...round }) => round) };
  };

  it('fills what older logs lack, into a valid setup', () => {
    const setup = withSetupDefaults(legacy());
    expect(setup.sectors).toEqual(DEFAULT_SECTORS);
    expect(setup.evaluation).toEqual(DEFAULT_EVALUATION);
    expect(setup.settings).toEqual({ moderationQueue: false, showNames: false });
    for (const round of setup.rounds) expect(round).toMatchObject({ maxVotesPerPost: 1, liveTallies: false });
    expect(setup.agenda.map((a) => a.roundId)).toEqual(['samtal-1', 'samtal-2']);
    expect(setup.agenda[0]!.title).toEqual(setup.rounds[0]!.title);
    expect(validateSetup(setup)).toBe(true);
  });

  it('mutates and returns the setup it is given', () => {
    const stored = legacy();
    expect(withSetupDefaults(stored)).toBe(stored);
    expect((stored as WorkshopSetup).sectors).toHaveLength(DEFAULT_SECTORS.length);
  });

  it('never shares the defaults', () => {
    const a = withSetupDefaults(legacy());
    a.sectors[0]!.name.sv = 'Ändrad';
    a.evaluation.pop();
    a.settings.showNames = true;
    a.agenda[0]!.title.sv = 'Ändrad';
    expect(DEFAULT_SECTORS[0]!.name.sv).toBe('Idrott');
    expect(DEFAULT_EVALUATION).toHaveLength(4);
    expect(DEFAULT_SETTINGS.showNames).toBe(false);
    expect(a.rounds[0]!.title.sv).not.toBe('Ändrad');
  });

  it('keeps what is already there', () => {
    const setup = helsingborg();
    setup.agenda = [];
    setup.sectors = [{ id: 'egen', name: { sv: 'Egen' } }];
    setup.settings = { moderationQueue: true, showNames: true };
    setup.rounds[1]!.maxVotesPerPost = 3;
    setup.rounds[1]!.liveTallies = true;
    expect(withSetupDefaults(structuredClone(setup))).toEqual(setup);
  });

  it('fills a setting added later into older settings', () => {
    const stored: StoredSetup = { ...legacy(), settings: { moderationQueue: true } };
    expect(withSetupDefaults(stored).settings).toEqual({ moderationQueue: true, showNames: false });
  });
});

describe('defaults', () => {
  it('has the sectors in Swedish, English and Arabic with ascii ids', () => {
    expect(DEFAULT_SECTORS.map((s) => s.id)).toEqual(['idrott', 'kultur', 'funktionsratt', 'social', 'barn-unga', 'trossamfund', 'integration', 'ovrigt']);
    expect(DEFAULT_SECTORS.map((s) => s.name.sv)).toContain('Funktionsrätt');
    for (const sector of DEFAULT_SECTORS) {
      expect(sector.name.en?.length).toBeGreaterThan(0);
      expect(sector.name.ar?.length).toBeGreaterThan(0);
    }
  });

  it('has three or four evaluation questions in Swedish, English and Arabic', () => {
    expect(DEFAULT_EVALUATION.length).toBeGreaterThanOrEqual(3);
    expect(DEFAULT_EVALUATION.length).toBeLessThanOrEqual(4);
    expect(DEFAULT_EVALUATION[0]!.text).toEqual({ sv: 'Kände du dig lyssnad på?', en: 'Did you feel listened to?', ar: 'هل شعرت بأن صوتك مسموع؟' });
    for (const question of DEFAULT_EVALUATION) {
      expect(question.id).toMatch(/^[a-z0-9-]+$/);
      expect(question.text.en?.length).toBeGreaterThan(0);
      expect(question.text.ar?.length).toBeGreaterThan(0);
    }
  });
});
