import { describe, expect, it } from 'vitest';
import { HELSINGBORG_TEMPLATE } from '../domain/template.js';
import type { ParticipantSelf, PostView, WorkshopInfo } from '../domain/views.js';
import type { QueuedCommand } from './commands.js';
import { currentAgendaItem, effectiveEvaluation, effectiveSignup, keptPost, parseWhole, pinnedFirst } from './participant-view.js';

const post = (id: string, extra: Partial<PostView> = {}): PostView => ({ id, roundId: 'samtal-1', topicIds: ['dialog'], text: `text ${id}`, createdAt: 0, ...extra });

const info = (extra: Partial<WorkshopInfo> = {}): WorkshopInfo => ({
  ...HELSINGBORG_TEMPLATE.setup,
  code: 'ABC123',
  phase: { kind: 'lobby' },
  revealed: [],
  agendaItemId: null,
  timer: null,
  screen: { view: 'auto' },
  display: { language: null, pausedAt: null, shiftMs: 0 },
  published: null,
  joinsClosed: false,
  updates: [],
  ...extra
});

const self = (extra: Partial<ParticipantSelf> = {}): ParticipantSelf => ({
  participantId: 'p1',
  name: '',
  association: '',
  sector: '',
  table: null,
  showName: false,
  postIds: [],
  votes: [],
  pending: [],
  hidden: [],
  signup: null,
  evaluation: null,
  ...extra
});

const queued = (event: QueuedCommand['event'], payload: object): QueuedCommand => ({ event, payload: { commandId: `c-${event}`, ...payload }, queuedAt: 0 }) as QueuedCommand;

describe('participant view helpers', () => {
  it('puts pinned posts first and keeps the order otherwise', () => {
    const ids = pinnedFirst([post('a'), post('b', { pinned: true }), post('c'), post('d', { pinned: true })]).map((p) => p.id);
    expect(ids).toEqual(['b', 'd', 'a', 'c']);
  });

  it('shows the picked agenda item, else the one about the open round, else none', () => {
    expect(currentAgendaItem(info({ agendaItemId: 'avslutning' }))?.id).toBe('avslutning');
    expect(currentAgendaItem(info({ phase: { kind: 'round', roundId: 'samtal-2', stage: 'voting' } }))?.id).toBe('samtal-2');
    expect(currentAgendaItem(info())).toBeUndefined();
    expect(currentAgendaItem(info({ agendaItemId: 'gone' }))).toBeUndefined();
  });

  it('follows merges to the post that is kept', () => {
    const posts = [post('a', { mergedInto: 'b' }), post('b', { mergedInto: 'c' }), post('c')];
    expect(keptPost(posts, posts[0]!)?.id).toBe('c');
    expect(keptPost([post('x', { mergedInto: 'missing' })], post('x', { mergedInto: 'missing' }))).toBeUndefined();
  });

  it('shows a queued sign-up, withdrawal or evaluation answer at once', () => {
    const signedUp = self({ signup: { name: 'Anna', contact: 'anna@example.org' } });
    expect(effectiveSignup(signedUp, [])).toEqual({ name: 'Anna', contact: 'anna@example.org' });
    expect(effectiveSignup(signedUp, [queued('signup:withdraw', {})])).toBeNull();
    expect(effectiveSignup(self(), [queued('signup:set', { name: 'Omar', contact: '0701234567', consent: true })])).toEqual({ name: 'Omar', contact: '0701234567' });
    expect(effectiveEvaluation(self(), [queued('evaluation:answer', { scores: { lyssnad: 4 }, comment: 'Bra' })])).toEqual({ scores: { lyssnad: 4 }, comment: 'Bra' });
    expect(effectiveEvaluation(null, [])).toBeNull();
  });

  it('reads small whole numbers as typed', () => {
    expect(parseWhole('', 999)).toBeNull();
    expect(parseWhole(' 12 ', 999)).toBe(12);
    expect(parseWhole('0', 999)).toBe('invalid');
    expect(parseWhole('1000', 999)).toBe('invalid');
    expect(parseWhole('4.5', 999)).toBe('invalid');
    expect(parseWhole('-3', 999)).toBe('invalid');
  });
});
