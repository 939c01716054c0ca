import { describe, expect, it } from 'vitest';
import { HELSINGBORG_TEMPLATE } from '$lib/domain/template.js';
import type { OutcomeUpdate, Phase, ScreenMode } from '$lib/domain/types.js';
import type { AudienceSnapshot, PostView } from '$lib/domain/views.js';
import { pickRound, resolvePane, screenPosts, type Pane } from './screen-pane.js';

const post = (id: string, roundId: string, extra: Partial<PostView> = {}): PostView => ({ id, roundId, topicIds: ['dialog'], text: id, createdAt: 1, ...extra });

function snapshot(
  phase: Phase,
  screen: ScreenMode,
  { revealed = [] as string[], posts = [] as PostView[], agendaItemId = null as string | null, updates = [] as OutcomeUpdate[] } = {}
): AudienceSnapshot {
  const setup = HELSINGBORG_TEMPLATE.setup;
  return {
    version: 1,
    now: 0,
    info: { ...setup, code: 'HKM4TX', phase, revealed, agendaItemId, timer: null, screen, display: { language: null, pausedAt: null, shiftMs: 0 }, published: null, joinsClosed: false, updates },
    posts,
    tallies: {},
    associations: []
  };
}

/** The pane's kind with the round and principle it is about, for compact expectations. */
function describePane(pane: Pane): string {
  const round = 'round' in pane ? ` ${pane.round.round.id}${pane.round.stage ? `/${pane.round.stage}` : ''}` : '';
  const topic = 'topic' in pane ? ` ${pane.topic?.id ?? 'all'}` : '';
  return `${pane.kind}${round}${topic}`;
}

const lobby: Phase = { kind: 'lobby' };
const collecting: Phase = { kind: 'round', roundId: 'samtal-1', stage: 'collecting' };
const results: Phase = { kind: 'round', roundId: 'samtal-1', stage: 'results' };
const closed: Phase = { kind: 'round', roundId: 'samtal-1', stage: 'closed' };
const evaluation: Phase = { kind: 'evaluation' };
const auto: ScreenMode = { view: 'auto' };
const news: OutcomeUpdate = { id: 'u1', date: '2025-03-01', text: { sv: 'Kommunfullmäktige antog överenskommelsen' }, at: 1 };

describe('resolvePane', () => {
  const cases: [string, AudienceSnapshot, string][] = [
    ['auto in the lobby shows the way in', snapshot(lobby, auto), 'lobby'],
    ['auto during the evaluation keeps the QR code up', snapshot(evaluation, auto), 'lobby'],
    ['auto while collecting shows the board', snapshot(collecting, auto), 'board samtal-1/collecting'],
    ['auto results before the reveal stay on the board', snapshot(results, auto), 'board samtal-1/results'],
    ['auto results after the reveal rank every principle', snapshot(results, auto, { revealed: ['samtal-1'] }), 'ranking samtal-1/results all'],
    ['auto closed without a reveal thanks the room', snapshot(closed, auto), 'thanks samtal-1/closed'],
    ['a picked wall follows the open round', snapshot(collecting, { view: 'wall', topicId: 'mangfald' }), 'wall samtal-1/collecting mangfald'],
    ['a wall without a principle takes the first', snapshot(collecting, { view: 'wall' }), 'wall samtal-1/collecting sjalvstandighet'],
    ['an unknown principle falls back to the first', snapshot(collecting, { view: 'words', topicId: 'nope' }), 'words samtal-1/collecting sjalvstandighet'],
    ['a named round wins over the open one', snapshot(collecting, { view: 'overview', roundId: 'samtal-2' }), 'overview samtal-2'],
    ['ranking of one principle', snapshot(results, { view: 'ranking', topicId: 'dialog' }), 'ranking samtal-1/results dialog'],
    ['evaluation whatever the phase', snapshot(collecting, { view: 'evaluation' }), 'evaluation'],
    ['lobby whatever the phase', snapshot(collecting, { view: 'lobby' }), 'lobby'],
    ['updates when picked, news or not', snapshot(collecting, { view: 'updates' }), 'updates'],
    ['auto during "vad har hänt sedan sist?" shows the news', snapshot(lobby, auto, { agendaItemId: 'sedan-sist', updates: [news] }), 'updates'],
    ['auto during that item without news keeps the lobby', snapshot(lobby, auto, { agendaItemId: 'sedan-sist' }), 'lobby'],
    ['auto on another item keeps the lobby', snapshot(lobby, auto, { agendaItemId: 'presentation', updates: [news] }), 'lobby'],
    ['auto in a round follows the round, whatever the item', snapshot(collecting, auto, { agendaItemId: 'sedan-sist', updates: [news] }), 'board samtal-1/collecting'],
    ['auto during the evaluation keeps the QR code, whatever the item', snapshot(evaluation, auto, { agendaItemId: 'sedan-sist', updates: [news] }), 'lobby']
  ];
  it.each(cases)('%s', (_, snap, expected) => {
    expect(describePane(resolvePane(snap))).toBe(expected);
  });
});

describe('pickRound', () => {
  it('after the rounds, takes the last round that has posts', () => {
    const snap = snapshot(evaluation, auto, { posts: [post('a', 'samtal-1'), post('b', 'samtal-2'), post('c', 'samtal-1')] });
    expect(pickRound(snap)?.round.id).toBe('samtal-2');
    expect(pickRound(snap)?.stage).toBeNull();
  });
  it('with no posts at all, takes the first round', () => {
    expect(pickRound(snapshot(lobby, auto))?.number).toBe(1);
  });
});

describe('screenPosts', () => {
  it('leaves out merged, pending and hidden posts and other rounds', () => {
    const posts = [
      post('ok', 'samtal-1'),
      post('merged', 'samtal-1', { mergedInto: 'ok' }),
      post('pending', 'samtal-1', { pending: true }),
      post('hidden', 'samtal-1', { hidden: true }),
      post('other', 'samtal-2')
    ];
    expect(screenPosts(posts, 'samtal-1').map((p) => p.id)).toEqual(['ok']);
  });
});
