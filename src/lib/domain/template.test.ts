import { describe, expect, it } from 'vitest';
import { HELSINGBORG_TEMPLATE, HELSINGBORG_TEMPLATE_ID, TEMPLATES, setupFromTemplate } from './template.js';
import { LIMITS } from './limits.js';

describe('the Helsingborg template', () => {
  const setup = setupFromTemplate(HELSINGBORG_TEMPLATE_ID)!;

  it('is listed and has a Swedish title', () => {
    expect(TEMPLATES.map((t) => t.id)).toContain(HELSINGBORG_TEMPLATE_ID);
    expect(setup.language).toBe('sv');
    expect(setup.title.sv).toContain('Helsingborg');
    expect(setup.title.sv.length).toBeLessThanOrEqual(LIMITS.title);
  });

  it('has the six principles, each with Swedish and English names and descriptions', () => {
    expect(setup.topics.map((t) => t.name.sv)).toEqual([
      'Självständighet och oberoende',
      'Dialog',
      'Kvalitet och förnyelse',
      'Långsiktighet',
      'Öppenhet och insyn',
      'Mångfald'
    ]);
    expect(new Set(setup.topics.map((t) => t.id)).size).toBe(6);
    for (const topic of setup.topics) {
      expect(topic.id).toMatch(/^[a-z0-9-]+$/);
      for (const text of [topic.name.sv, topic.name.en, topic.description.sv, topic.description.en]) {
        expect(text?.trim().length ?? 0).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    { id: 'samtal-1', topicsPerPost: 'one', budget: { votes: 3, per: 'topic' }, promptSv: 'Vad lägger ni i respektive begrepp' },
    { id: 'samtal-2', topicsPerPost: 'many', budget: { votes: 5, per: 'round' }, promptSv: 'Vilka aktiviteter kan föreningslivet bidra med' }
  ])('has round $id with its prompt and budget', ({ id, topicsPerPost, budget, promptSv }) => {
    const round = setup.rounds.find((r) => r.id === id)!;
    expect(round).toBeDefined();
    expect(round.topicsPerPost).toBe(topicsPerPost);
    expect(round.budget).toEqual(budget);
    expect(round.prompt.sv).toContain(promptSv);
    for (const text of [round.title.sv, round.title.en, round.prompt.sv, round.prompt.en, round.postNoun.sv, round.postNoun.en]) {
      expect(text?.trim().length ?? 0).toBeGreaterThan(0);
    }
  });

  it('has exactly two rounds within the limits', () => {
    expect(setup.rounds.map((r) => r.id)).toEqual(['samtal-1', 'samtal-2']);
    expect(setup.rounds.length).toBeLessThanOrEqual(LIMITS.rounds);
    expect(setup.topics.length).toBeLessThanOrEqual(LIMITS.topics);
    for (const r of setup.rounds) expect(r.budget.votes).toBeLessThanOrEqual(LIMITS.votesPerBudget);
  });
});

describe('setupFromTemplate', () => {
  it('returns a deep copy each time', () => {
    const a = setupFromTemplate(HELSINGBORG_TEMPLATE_ID)!;
    const b = setupFromTemplate(HELSINGBORG_TEMPLATE_ID)!;
    expect(a).toEqual(HELSINGBORG_TEMPLATE.setup);
    expect(a).not.toBe(b);
    a.topics[0]!.name.sv = 'Ändrad 🛠️';
    a.rounds[0]!.budget.votes = 99;
    a.topics.pop();
    expect(b.topics[0]!.name.sv).toBe('Självständighet och oberoende');
    expect(HELSINGBORG_TEMPLATE.setup.topics[0]!.name.sv).toBe('Självständighet och oberoende');
    expect(HELSINGBORG_TEMPLATE.setup.topics).toHaveLength(6);
    expect(HELSINGBORG_TEMPLATE.setup.rounds[0]!.budget.votes).toBe(3);
  });

  it.each([
    [undefined, 'Lokal överenskommelse i Helsingborg – dialogmöte'],
    ['', 'Lokal överenskommelse i Helsingborg – dialogmöte'],
    ['   ', 'Lokal överenskommelse i Helsingborg – dialogmöte'],
    ['  Dialogmöte på Röda Korset 🏥 ', 'Dialogmöte på Röda Korset 🏥']
  ])('with title %j uses %j', (title, expected) => {
    expect(setupFromTemplate(HELSINGBORG_TEMPLATE_ID, title)!.title.sv).toBe(expected);
  });

  it.each(['', 'okänd', 'LOKAL-OVERENSKOMMELSE'])('gives undefined for unknown template %j', (id) => {
    expect(setupFromTemplate(id)).toBeUndefined();
  });
});
