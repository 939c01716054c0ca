import { describe, expect, it } from 'vitest';
import { BLANK_TEMPLATE, BLANK_TEMPLATE_ID, HELSINGBORG_TEMPLATE, HELSINGBORG_TEMPLATE_ID, TEMPLATES, setupFromTemplate } from './template.js';
import { LIMITS } from './limits.js';
import { DEFAULT_EVALUATION, DEFAULT_SECTORS, setupProblem } from './setup.js';

describe('the Helsingborg template', () => {
  const setup = setupFromTemplate(HELSINGBORG_TEMPLATE_ID)!;

  it('is listed and has a Swedish title', () => {
    expect(TEMPLATES.map((t) => t.id)).toContain(HELSINGBORG_TEMPLATE_ID);
    expect(setup.language).toBe('sv');
    expect(setup.title.sv).toContain('Helsingborg');
    expect(setup.title.sv.length).toBeLessThanOrEqual(LIMITS.title);
  });

  it('has the six principles, each with Swedish, English and Arabic names and descriptions', () => {
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
      for (const text of [topic.name.sv, topic.name.en, topic.name.ar, topic.description.sv, topic.description.en, topic.description.ar]) {
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

  it('carries every text a participant reads in Swedish, English and Arabic', () => {
    const texts = [
      setup.title,
      ...setup.topics.flatMap((t) => [t.name, t.description]),
      ...setup.rounds.flatMap((r) => [r.title, r.prompt, r.postNoun]),
      ...setup.agenda.flatMap((a) => [a.title, a.instructions]),
      ...setup.sectors.map((s) => s.name),
      ...setup.evaluation.map((q) => q.text)
    ];
    for (const text of texts) for (const lang of ['sv', 'en', 'ar'] as const) expect(text[lang]?.trim(), `${lang} of ${text.sv}`).toBeTruthy();
    // Arabic is Arabic, not a copy of the English.
    for (const text of texts) expect(text.ar).toMatch(/[\u0600-\u06FF]/);
  });

  it('has the meeting’s own program as its agenda, the conversations linked to their rounds', () => {
    expect(setup.agenda.map((a) => [a.title.sv, a.roundId])).toEqual([
      ['Presentation', undefined],
      ['Överenskommelsen – vad har hänt sedan sist?', undefined],
      [expect.stringMatching(/^Samtal 1/), 'samtal-1'],
      [expect.stringMatching(/^Samtal 2/), 'samtal-2'],
      ['Avslutning och summering', undefined]
    ]);
    for (const item of setup.agenda) {
      for (const text of [item.title.sv, item.title.en, item.instructions.sv, item.instructions.en]) {
        expect(text?.trim().length ?? 0).toBeGreaterThan(0);
      }
      expect(item.title.sv.length).toBeLessThanOrEqual(LIMITS.title);
      expect(item.instructions.sv.length).toBeLessThanOrEqual(LIMITS.description);
    }
  });

  it('holds no personal names, e-mail addresses or phone numbers', () => {
    const text = JSON.stringify(HELSINGBORG_TEMPLATE);
    expect(text).not.toMatch(/@|\d{3} ?– ?\d{2}|Cecilia|Holm|Erik|Larsson/);
  });

  it('has one vote per post, no live tallies, the default sectors, evaluation and settings', () => {
    for (const round of setup.rounds) expect(round).toMatchObject({ maxVotesPerPost: 1, liveTallies: false });
    expect(setup.sectors).toEqual(DEFAULT_SECTORS);
    expect(setup.evaluation).toEqual(DEFAULT_EVALUATION);
    expect(setup.settings).toEqual({ moderationQueue: false, showNames: false });
  });

  it('is a valid setup', () => {
    expect(setupProblem(setup)).toBeUndefined();
  });

  it('has exactly two rounds within the limits', () => {
    expect(setup.rounds.map((r) => r.id)).toEqual(['samtal-1', 'samtal-2']);
    expect(setup.rounds.length).toBeLessThanOrEqual(LIMITS.rounds);
    expect(setup.topics.length).toBeLessThanOrEqual(LIMITS.topics);
    for (const r of setup.rounds) expect(r.budget.votes).toBeLessThanOrEqual(LIMITS.votesPerBudget);
  });
});

describe('the blank template', () => {
  const setup = setupFromTemplate(BLANK_TEMPLATE_ID)!;

  it('is listed, with a Swedish and an English name', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([HELSINGBORG_TEMPLATE_ID, BLANK_TEMPLATE_ID]);
    expect(BLANK_TEMPLATE.name).toEqual({ sv: 'Tom workshop', en: 'Blank workshop', ar: 'ورشة عمل فارغة' });
  });

  it('has one generic principle, one round and one agenda item for it, and is valid', () => {
    expect(setup.topics.map((t) => t.name)).toEqual([{ sv: 'Ämne 1', en: 'Topic 1', ar: 'الموضوع 1' }]);
    expect(setup.rounds).toHaveLength(1);
    expect(setup.rounds[0]!.prompt.sv.trim().length).toBeGreaterThan(0);
    expect(setup.rounds[0]).toMatchObject({ maxVotesPerPost: 1, liveTallies: false });
    expect(setup.agenda).toHaveLength(1);
    expect(setup.agenda[0]!.roundId).toBe(setup.rounds[0]!.id);
    expect(setup.sectors).toEqual(DEFAULT_SECTORS);
    expect(setup.evaluation).toEqual(DEFAULT_EVALUATION);
    expect(setupProblem(setup)).toBeUndefined();
  });

  it('takes a title like any template', () => {
    expect(setupFromTemplate(BLANK_TEMPLATE_ID, ' Föreningsträff i Råå ')!.title).toEqual({ sv: 'Föreningsträff i Råå', en: 'Föreningsträff i Råå', ar: 'Föreningsträff i Råå' });
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
    a.agenda[0]!.title.sv = 'Ändrad';
    a.sectors.pop();
    expect(HELSINGBORG_TEMPLATE.setup.agenda[0]!.title.sv).toBe('Presentation');
    expect(HELSINGBORG_TEMPLATE.setup.sectors).toHaveLength(DEFAULT_SECTORS.length);
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
