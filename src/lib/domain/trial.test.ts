import { describe, expect, it } from 'vitest';
import { execute } from './execute.js';
import { prng } from './test-factories.js';
import { FACILITATOR, SYSTEM, append, asParticipant, helsingborgWorkshop } from './test-helpers.js';
import { refusalOf } from './trial.js';
import type { Actor, Command, Phase, WorkshopState } from './types.js';

/** Everything in a state but the bookkeeping that every entry moves (seq, outcomes, last change). */
function contents(state: WorkshopState): unknown {
  const plain = (value: unknown): unknown => {
    if (value instanceof Map) return [...value.entries()].map(([k, v]) => [k, plain(v)]);
    if (value instanceof Set) return [...value].map(plain);
    if (Array.isArray(value)) return value.map(plain);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    return value;
  };
  const { seq: _seq, outcomes: _outcomes, updatedAt: _updatedAt, ...rest } = state;
  return plain(rest);
}

/** One of every command, aimed at what exists (and, drawn at random, at what does not). */
function commands(state: WorkshopState, rnd: () => number): Command[] {
  const postIds = [...state.posts.keys()];
  const anyPost = () => (postIds.length && rnd() < 0.9 ? postIds[Math.floor(rnd() * postIds.length)]! : 'p404');
  const round = rnd() < 0.5 ? 'samtal-1' : 'samtal-2';
  const topic = rnd() < 0.9 ? 'dialog' : 'okand';
  const text = rnd() < 0.9 ? `Tolkning ${Math.floor(rnd() * 1000)}` : '  ';
  return [
    { type: 'participant:update', name: 'Åsa', association: rnd() < 0.5 ? 'IK Åkeröd' : '', sector: '', table: null, showName: rnd() < 0.5 },
    { type: 'post:create', roundId: round, topicIds: [topic], text },
    { type: 'post:withdraw', postId: anyPost() },
    { type: 'vote:cast', postId: anyPost() },
    { type: 'vote:retract', postId: anyPost() },
    { type: 'signup:set', name: 'Åsa', contact: 'asa@example.org', consent: true },
    { type: 'signup:withdraw' },
    { type: 'evaluation:answer', scores: { lyssnad: rnd() < 0.8 ? 4 : 9 }, comment: 'Bra' },
    { type: 'post:hide', postId: anyPost(), hidden: rnd() < 0.5 },
    { type: 'post:pin', postId: anyPost(), pinned: rnd() < 0.5 },
    { type: 'post:edit', postId: anyPost(), text },
    { type: 'post:merge', postIds: [anyPost(), anyPost()] },
    { type: 'post:approve', postIds: [anyPost()] },
    { type: 'note:add', roundId: round, topicIds: [topic], text, table: 3, people: 4 },
    { type: 'setup:update', setup: state.setup, confirmRemoval: false },
    { type: 'agenda:current', itemId: rnd() < 0.5 ? null : 'okand' },
    { type: 'timer:start', durationMs: 60_000, closeWhenDone: rnd() < 0.5 },
    { type: 'timer:pause' },
    { type: 'timer:resume' },
    { type: 'timer:extend', ms: 60_000 },
    { type: 'timer:stop' },
    { type: 'timer:expire', timerId: state.timer?.id ?? 1 },
    { type: 'screen:mode', mode: { view: 'wall', topicId: topic } },
    { type: 'workshop:close', closed: rnd() < 0.3 },
    { type: 'summary:set', text: 'Sammanfattning' },
    { type: 'outcome:publish', published: rnd() < 0.5 },
    { type: 'update:add', date: rnd() < 0.9 ? '2017-05-10' : '2017-13-40', text: 'Arbetsgruppen har träffats.' },
    { type: 'update:remove', updateId: rnd() < 0.5 ? 'u1' : 'okand' },
    { type: 'post:carry', roundId: round, topicIds: [topic], text: 'Från förra mötet', from: { title: 'Möte 1', votes: 3 } },
    { type: 'key:rotate', keyHash: 'kh2' },
    { type: 'participant:join', participantId: `n${Math.floor(rnd() * 5)}`, tokenHash: `t${Math.floor(rnd() * 5)}`, name: 'Ny', association: 'Ny förening', sector: '', table: null, showName: false }
  ];
}

const PHASES: Phase[] = [
  { kind: 'lobby' },
  { kind: 'round', roundId: 'samtal-1', stage: 'collecting' },
  { kind: 'round', roundId: 'samtal-1', stage: 'voting' },
  { kind: 'round', roundId: 'samtal-1', stage: 'results' },
  { kind: 'round', roundId: 'samtal-2', stage: 'collecting' },
  { kind: 'round', roundId: 'samtal-2', stage: 'voting' },
  { kind: 'round', roundId: 'samtal-2', stage: 'closed' },
  { kind: 'evaluation' }
];

describe('refusalOf: a trial that changes nothing and agrees with execute', () => {
  it.each([1, 2, 3])('every command, every actor, every phase (seed %i)', (seed) => {
    const rnd = prng(seed);
    const w = helsingborgWorkshop();
    const actors: Actor[] = [asParticipant('p1'), asParticipant('p2'), asParticipant('okand'), FACILITATOR, SYSTEM];
    for (const id of ['p1', 'p2']) {
      execute(w.state, append(w.log, asParticipant(id), { type: 'participant:join', participantId: id, tokenHash: `t-${id}`, name: id, association: 'IK' }));
    }
    let refused = 0;
    let accepted = 0;
    for (let lap = 0; lap < 2; lap++) {
      for (const phase of PHASES) {
        execute(w.state, append(w.log, FACILITATOR, { type: 'phase:set', phase }));
        for (let n = 0; n < 3; n++) {
          for (const command of commands(w.state, rnd)) {
            const actor = actors[Math.floor(rnd() * actors.length)]!;
            const entry = append(w.log, actor, command);
            const before = contents(w.state);
            const verdict = refusalOf(w.state, entry);
            // The trial itself changed nothing.
            expect(contents(w.state)).toEqual(before);
            const { outcome } = execute(w.state, entry);
            if (outcome.ok) {
              accepted++;
              expect(verdict, `${actor.role} ${command.type} was accepted`).toBeUndefined();
            } else {
              refused++;
              // The trial foresaw the refusal, and the refusal changed nothing: it need not be logged.
              expect(verdict, `${actor.role} ${command.type} refused with ${outcome.error}`).toBe(outcome.error);
              expect(contents(w.state), `${command.type} refused with ${outcome.error} changed the state`).toEqual(before);
            }
          }
        }
      }
    }
    // Both paths were taken many times.
    expect(refused).toBeGreaterThan(200);
    expect(accepted).toBeGreaterThan(100);
  });
});
