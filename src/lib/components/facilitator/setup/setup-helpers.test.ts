import { describe, expect, it } from 'vitest';
import { validateSetup } from '$lib/domain/setup.js';
import { BLANK_TEMPLATE, HELSINGBORG_TEMPLATE } from '$lib/domain/template.js';
import type { WorkshopSetup } from '$lib/domain/types.js';
import type { PostView } from '$lib/domain/views.js';
import { removalImpact } from './removal-impact.js';
import { checkSetup, itemHasError, tidySetup } from './setup-check.js';
import { counterId, settleNewIds, slug, uniqueId } from './setup-ids.js';

const copy = (setup: WorkshopSetup = HELSINGBORG_TEMPLATE.setup) => structuredClone(setup);

describe('ids', () => {
  it.each([
    ['Öppenhet och insyn', 'oppenhet-och-insyn'],
    ['  Barn & unga!  ', 'barn-unga'],
    ['🌱', ''],
    ['x'.repeat(60), 'x'.repeat(40)]
  ])('slug(%j) = %j', (text, expected) => expect(slug(text)).toBe(expected));

  it('counts up until an id is free', () => {
    expect(uniqueId('dialog', new Set(['dialog', 'dialog-2']))).toBe('dialog-3');
    expect(counterId('topics', ['topic-1', 'topic-3'])).toBe('topic-2');
    expect(counterId('evaluation', [])).toBe('question-1');
  });

  it('names new items after their text and never reuses an id the server knew', () => {
    const before = copy();
    const after = copy();
    after.topics = after.topics.filter((t) => t.id !== 'dialog');
    after.topics.push({ id: 'topic-1', name: { sv: 'Dialog' }, description: { sv: '' } });
    after.topics.push({ id: 'topic-2', name: { sv: '???' }, description: { sv: '' } });
    after.evaluation.push({ id: 'question-1', text: { sv: 'Fick du sagt det du ville?' } });
    const renamed = settleNewIds(after, [before]);
    expect(after.topics.slice(-2).map((t) => t.id)).toEqual(['dialog-2', 'topic']);
    expect(after.evaluation.at(-1)!.id).toBe('fick-du-sagt-det-du-ville');
    expect(renamed.get('topic-1')).toBe('dialog-2');
    expect(after.topics.slice(0, 5).map((t) => t.id)).toEqual(before.topics.filter((t) => t.id !== 'dialog').map((t) => t.id));
  });
});

describe('checkSetup', () => {
  it('passes the built-in templates', () => {
    expect(checkSetup(copy())).toEqual({});
    expect(checkSetup(copy(BLANK_TEMPLATE.setup))).toEqual({});
  });

  it('ties each problem to its field', () => {
    const setup = copy();
    setup.title.sv = ' ';
    setup.topics[1]!.name.sv = '';
    setup.rounds[0]!.postNoun.sv = '';
    setup.rounds[0]!.budget.votes = 0;
    setup.rounds[1]!.budget.votes = 2;
    setup.rounds[1]!.maxVotesPerPost = 3;
    setup.sectors[0]!.name.sv = '';
    setup.evaluation[2]!.text.sv = '';
    const errors = checkSetup(setup);
    expect(Object.keys(errors).sort()).toEqual(
      [
        'setup-title-sv',
        'setup-topic-dialog-name-sv',
        'setup-round-samtal-1-noun-sv',
        'setup-round-samtal-1-votes',
        'setup-round-samtal-2-stack',
        'setup-sector-idrott-sv',
        'setup-question-fortsattning-sv'
      ].sort()
    );
    expect(errors['setup-round-samtal-2-stack']).toEqual({ key: 'setup.error.stack', params: { max: 2 } });
    expect(itemHasError(errors, 'topic', 'dialog')).toBe(true);
    expect(itemHasError(errors, 'topic', 'mangfald')).toBe(false);
    expect(itemHasError(errors, 'round', 'samtal-2')).toBe(true);
  });
});

describe('tidySetup', () => {
  it('trims, leaves out empty English and unlinks agenda items from removed rounds', () => {
    const setup = copy(BLANK_TEMPLATE.setup);
    setup.topics[0]!.name = { sv: '  Trygghet ', en: '   ' };
    setup.rounds = [{ ...setup.rounds[0]!, id: 'ny' }];
    const tidy = tidySetup(setup);
    expect(tidy.topics[0]!.name).toEqual({ sv: 'Trygghet' });
    expect(tidy.topics[0]!.description).toEqual({ sv: '' });
    expect(tidy.agenda[0]).not.toHaveProperty('roundId');
    expect(validateSetup(tidy)).toBe(true);
  });
});

describe('removalImpact', () => {
  const post = (id: string, roundId: string, topicIds: string[]): PostView => ({ id, roundId, topicIds, text: id, createdAt: 0 });
  const posts = [
    post('a', 'samtal-1', ['dialog']),
    post('b', 'samtal-1', ['dialog']),
    post('c', 'samtal-2', ['dialog', 'mangfald']),
    post('d', 'samtal-2', ['mangfald']),
    // Already hidden or merged away: removing changes nothing for them.
    { ...post('e', 'samtal-1', ['dialog']), hidden: true },
    { ...post('f', 'samtal-1', ['kvalitet']), mergedInto: 'a' }
  ];

  it('counts the posts a removed principle hides and those it leaves with another principle', () => {
    const after = copy();
    after.topics = after.topics.filter((t) => t.id !== 'dialog');
    expect(removalImpact(copy(), after, posts)).toEqual([{ kind: 'topic', name: HELSINGBORG_TEMPLATE.setup.topics[1]!.name, hidden: 2, kept: 1 }]);
  });

  it('counts a removed round’s posts once, under the round', () => {
    const after = copy();
    after.rounds = after.rounds.filter((r) => r.id !== 'samtal-2');
    after.topics = after.topics.filter((t) => t.id !== 'mangfald');
    expect(removalImpact(copy(), after, posts)).toEqual([{ kind: 'round', name: HELSINGBORG_TEMPLATE.setup.rounds[1]!.title, hidden: 2, kept: 0 }]);
  });

  it('says nothing when nothing with posts goes', () => {
    const after = copy();
    after.topics = after.topics.filter((t) => t.id !== 'kvalitet');
    expect(removalImpact(copy(), after, posts)).toEqual([]);
  });
});
