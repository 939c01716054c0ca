import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.js';
import { canPost, canVote, findRound, remainingVotes } from '../rules.js';
import { FACILITATOR, SYSTEM, asParticipant, helsingborgWorkshop, join, now, post, run, runAt, setStage, vote, type TestWorkshop } from '../test-helpers.js';
import type { Command, ErrorCode, Phase, ScreenMode, WorkshopSetup, WorkshopState } from '../types.js';

const S1 = 'samtal-1';
const S2 = 'samtal-2';
const MIN = 60_000;

/** Everything a command may change, copied, so "a refusal changed nothing" can be checked. */
function snapshot(state: WorkshopState) {
  const { seq: _seq, updatedAt: _at, outcomes: _outcomes, ...rest } = state;
  return structuredClone(rest);
}

const outcomeOf = (result: { outcome: { ok: boolean; error?: ErrorCode } }) => (result.outcome.ok ? 'ok' : result.outcome.error);

const startTimer = (w: TestWorkshop, durationMs: number, closeWhenDone = true, at?: number) =>
  run(w, FACILITATOR, { type: 'timer:start', durationMs, closeWhenDone }, undefined, at);
const timer = (w: TestWorkshop, command: Command, at?: number) => run(w, command.type === 'timer:expire' ? SYSTEM : FACILITATOR, command, undefined, at);

describe('timers run on the log’s clock', () => {
  it('starts from the entry’s time and seq, in the current phase', () => {
    const w = helsingborgWorkshop();
    setStage(w, S1, 'collecting');
    const t = now(w) + 5000;
    const { outcome, changes } = startTimer(w, 5 * MIN, true, t);
    expect(outcome).toEqual({ ok: true });
    expect(changes.info).toBe(true);
    expect(w.state.timer).toEqual({
      id: w.log.at(-1)!.seq,
      durationMs: 5 * MIN,
      endsAt: t + 5 * MIN,
      remainingMs: 5 * MIN,
      closeWhenDone: true,
      phase: { kind: 'round', roundId: S1, stage: 'collecting' },
      expired: false
    });
    expect(w.state.timer!.phase).not.toBe(w.state.phase);
  });

  it.each([
    [0, 'invalid_payload'],
    [999, 'invalid_payload'],
    [1000, 'ok'],
    [LIMITS.timerMs, 'ok'],
    [LIMITS.timerMs + 1, 'invalid_payload'],
    [-MIN, 'invalid_payload'],
    [1500.5, 'invalid_payload'],
    [Number.NaN, 'invalid_payload'],
    [Number.POSITIVE_INFINITY, 'invalid_payload']
  ] as const)('start with %d ms → %s', (durationMs, expected) => {
    const w = helsingborgWorkshop();
    const before = snapshot(w.state);
    const result = startTimer(w, durationMs);
    expect(outcomeOf(result)).toBe(expected);
    if (expected !== 'ok') expect(snapshot(w.state)).toEqual(before);
  });

  it('a new start replaces the running timer', () => {
    const w = helsingborgWorkshop();
    startTimer(w, 5 * MIN);
    const first = w.state.timer!.id;
    startTimer(w, 2 * MIN, false);
    expect(w.state.timer).toMatchObject({ durationMs: 2 * MIN, closeWhenDone: false, endsAt: now(w) + 2 * MIN });
    expect(w.state.timer!.id).toBeGreaterThan(first);
  });

  it('pauses at the entry’s time and resumes with the time that was left', () => {
    const w = helsingborgWorkshop();
    const t0 = now(w) + 1000;
    startTimer(w, 10 * MIN, true, t0);
    expect(outcomeOf(timer(w, { type: 'timer:pause' }, t0 + 3 * MIN))).toBe('ok');
    expect(w.state.timer).toMatchObject({ endsAt: null, remainingMs: 7 * MIN, expired: false });
    expect(outcomeOf(timer(w, { type: 'timer:pause' }, t0 + 4 * MIN))).toBe('no_timer');
    // Paused time does not run out: half an hour later, seven minutes are still left.
    expect(outcomeOf(timer(w, { type: 'timer:resume' }, t0 + 33 * MIN))).toBe('ok');
    expect(w.state.timer).toMatchObject({ endsAt: t0 + 40 * MIN, remainingMs: 7 * MIN });
    expect(outcomeOf(timer(w, { type: 'timer:resume' }, t0 + 34 * MIN))).toBe('no_timer');
  });

  it('cannot pause a timer that has run out, even before its expiry entry', () => {
    const w = helsingborgWorkshop();
    const t0 = now(w) + 1000;
    startTimer(w, MIN, true, t0);
    const before = snapshot(w.state);
    expect(outcomeOf(timer(w, { type: 'timer:pause' }, t0 + MIN))).toBe('no_timer');
    expect(snapshot(w.state)).toEqual(before);
  });

  it.each(['timer:pause', 'timer:resume', 'timer:stop'] as const)('%s without a timer → no_timer', (type) => {
    const w = helsingborgWorkshop();
    expect(outcomeOf(timer(w, { type }))).toBe('no_timer');
  });

  it('extend without a timer → no_timer', () => {
    const w = helsingborgWorkshop();
    expect(outcomeOf(timer(w, { type: 'timer:extend', ms: MIN }))).toBe('no_timer');
  });

  it('stop removes the timer; a second stop has nothing to stop', () => {
    const w = helsingborgWorkshop();
    startTimer(w, MIN);
    const { outcome, changes } = timer(w, { type: 'timer:stop' });
    expect(outcome).toEqual({ ok: true });
    expect(changes.info).toBe(true);
    expect(w.state.timer).toBeNull();
    expect(outcomeOf(timer(w, { type: 'timer:stop' }))).toBe('no_timer');
  });

  describe('extend', () => {
    it('adds time to a running timer, and to its duration', () => {
      const w = helsingborgWorkshop();
      const t0 = now(w) + 1000;
      startTimer(w, 5 * MIN, true, t0);
      timer(w, { type: 'timer:extend', ms: 2 * MIN }, t0 + MIN);
      expect(w.state.timer).toMatchObject({ endsAt: t0 + 7 * MIN, durationMs: 7 * MIN, remainingMs: 6 * MIN, expired: false });
      timer(w, { type: 'timer:extend', ms: -3 * MIN }, t0 + 2 * MIN);
      expect(w.state.timer).toMatchObject({ endsAt: t0 + 4 * MIN, durationMs: 4 * MIN, expired: false });
    });

    it('adds time to a paused timer, which stays paused', () => {
      const w = helsingborgWorkshop();
      const t0 = now(w) + 1000;
      startTimer(w, 5 * MIN, true, t0);
      timer(w, { type: 'timer:pause' }, t0 + MIN);
      timer(w, { type: 'timer:extend', ms: 30_000 }, t0 + 10 * MIN);
      expect(w.state.timer).toMatchObject({ endsAt: null, remainingMs: 4.5 * MIN, durationMs: 5.5 * MIN });
      timer(w, { type: 'timer:resume' }, t0 + 20 * MIN);
      expect(w.state.timer!.endsAt).toBe(t0 + 24.5 * MIN);
    });

    it('taking away more than is left ends the timer now, never below zero', () => {
      const w = helsingborgWorkshop();
      const t0 = now(w) + 1000;
      startTimer(w, 5 * MIN, true, t0);
      timer(w, { type: 'timer:extend', ms: -10 * MIN }, t0 + MIN);
      expect(w.state.timer).toMatchObject({ endsAt: t0 + MIN, remainingMs: 0, durationMs: MIN, expired: true });
      expect(canPost({ phase: { kind: 'round', roundId: S1, stage: 'collecting' }, timer: w.state.timer }, S1, t0 + MIN)).toBe(false);
    });

    it('shortening a paused timer to nothing ends it too', () => {
      const w = helsingborgWorkshop();
      const t0 = now(w) + 1000;
      startTimer(w, 5 * MIN, true, t0);
      timer(w, { type: 'timer:pause' }, t0 + MIN);
      timer(w, { type: 'timer:extend', ms: -4 * MIN }, t0 + 2 * MIN);
      expect(w.state.timer).toMatchObject({ remainingMs: 0, expired: true, endsAt: t0 + 2 * MIN });
      expect(outcomeOf(timer(w, { type: 'timer:resume' }))).toBe('no_timer');
    });

    it('more time on a timer that ran out counts down again from now', () => {
      const w = helsingborgWorkshop();
      setStage(w, S1, 'collecting');
      join(w, 'alice');
      const t0 = now(w) + 1000;
      startTimer(w, MIN, true, t0);
      timer(w, { type: 'timer:expire', timerId: w.state.timer!.id }, t0 + MIN + 500);
      expect(w.state.timer!.expired).toBe(true);
      expect(outcomeOf(run(w, asParticipant('alice'), { type: 'post:create', roundId: S1, topicIds: ['dialog'], text: 'Sent' }, undefined, t0 + 2 * MIN))).toBe(
        'posting_closed'
      );
      const { changes } = timer(w, { type: 'timer:extend', ms: 2 * MIN }, t0 + 3 * MIN);
      expect(changes.info).toBe(true);
      expect(w.state.timer).toMatchObject({ expired: false, endsAt: t0 + 5 * MIN, remainingMs: 2 * MIN, durationMs: 3 * MIN });
      expect(outcomeOf(run(w, asParticipant('alice'), { type: 'post:create', roundId: S1, topicIds: ['dialog'], text: 'Hann med' }, undefined, t0 + 4 * MIN))).toBe('ok');
    });

    it('a timer past its end without an expiry entry gets its new time from now', () => {
      const w = helsingborgWorkshop();
      const t0 = now(w) + 1000;
      startTimer(w, MIN, true, t0);
      timer(w, { type: 'timer:extend', ms: MIN }, t0 + 10 * MIN);
      expect(w.state.timer).toMatchObject({ endsAt: t0 + 11 * MIN, expired: false });
    });

    it.each([
      [0, 'ok', false],
      [1.5, 'invalid_payload', false],
      [LIMITS.timerMs + 1, 'invalid_payload', false],
      [LIMITS.timerMs, 'invalid_payload', false], // five minutes left + four hours is over the limit
      [-LIMITS.timerMs - 1, 'invalid_payload', false]
    ] as const)('extend by %d → %s', (ms, expected, info) => {
      const w = helsingborgWorkshop();
      startTimer(w, 5 * MIN);
      const before = snapshot(w.state);
      const result = timer(w, { type: 'timer:extend', ms });
      expect(outcomeOf(result)).toBe(expected);
      expect(result.changes.info).toBe(info);
      expect(snapshot(w.state)).toEqual(before);
    });
  });

  describe('expire', () => {
    it('marks the timer expired only once its time has come', () => {
      const w = helsingborgWorkshop();
      const t0 = now(w) + 1000;
      startTimer(w, MIN, true, t0);
      const id = w.state.timer!.id;
      const early = timer(w, { type: 'timer:expire', timerId: id }, t0 + MIN - 1);
      expect(early.outcome).toEqual({ ok: true });
      expect(early.changes.info).toBe(false);
      expect(w.state.timer!.expired).toBe(false);
      const due = timer(w, { type: 'timer:expire', timerId: id }, t0 + MIN);
      expect(due.changes.info).toBe(true);
      expect(w.state.timer).toMatchObject({ expired: true, remainingMs: 0, endsAt: t0 + MIN });
    });

    it('is idempotent: several server processes may send it', () => {
      const w = helsingborgWorkshop();
      const t0 = now(w) + 1000;
      startTimer(w, MIN, true, t0);
      const id = w.state.timer!.id;
      timer(w, { type: 'timer:expire', timerId: id }, t0 + MIN);
      const after = snapshot(w.state);
      for (const at of [t0 + MIN + 10, t0 + MIN + 20]) {
        const again = timer(w, { type: 'timer:expire', timerId: id }, at);
        expect(again.outcome).toEqual({ ok: true });
        expect(again.changes.info).toBe(false);
      }
      expect(snapshot(w.state)).toEqual(after);
    });

    it('ignores a stale timer id, a paused timer and a missing timer', () => {
      const w = helsingborgWorkshop();
      const t0 = now(w) + 1000;
      startTimer(w, MIN, true, t0);
      const old = w.state.timer!.id;
      startTimer(w, 10 * MIN, true, t0 + 1000);
      const stale = timer(w, { type: 'timer:expire', timerId: old }, t0 + 2 * MIN);
      expect(stale.outcome).toEqual({ ok: true });
      expect(stale.changes.info).toBe(false);
      expect(w.state.timer!.expired).toBe(false);

      timer(w, { type: 'timer:pause' }, t0 + 3 * MIN);
      const paused = timer(w, { type: 'timer:expire', timerId: w.state.timer!.id }, t0 + 20 * MIN);
      expect(paused.changes.info).toBe(false);
      expect(w.state.timer!.expired).toBe(false);

      timer(w, { type: 'timer:stop' });
      expect(timer(w, { type: 'timer:expire', timerId: old }).outcome).toEqual({ ok: true });
      expect(w.state.timer).toBeNull();
    });

    it('an expiry sent before an extension is ignored once the timer has more time', () => {
      const w = helsingborgWorkshop();
      const t0 = now(w) + 1000;
      startTimer(w, MIN, true, t0);
      timer(w, { type: 'timer:extend', ms: MIN }, t0 + 30_000);
      timer(w, { type: 'timer:expire', timerId: w.state.timer!.id }, t0 + MIN + 100);
      expect(w.state.timer!.expired).toBe(false);
    });

    it('is the system’s: a facilitator may not send it', () => {
      const w = helsingborgWorkshop();
      startTimer(w, 1000);
      const result = run(w, FACILITATOR, { type: 'timer:expire', timerId: w.state.timer!.id }, undefined, now(w) + MIN);
      expect(outcomeOf(result)).toBe('forbidden');
    });
  });

  describe('closing a stage when done', () => {
    const create = (text: string): Command => ({ type: 'post:create', roundId: S1, topicIds: ['dialog'], text });

    it('refuses a post at or after the end, even before the expiry entry', () => {
      const w = helsingborgWorkshop();
      join(w, 'alice');
      setStage(w, S1, 'collecting');
      const t0 = now(w) + 1000;
      startTimer(w, MIN, true, t0);
      expect(canPost(w.state, S1, t0 + MIN - 1)).toBe(true);
      expect(canPost(w.state, S1, t0 + MIN)).toBe(false);
      expect(outcomeOf(run(w, asParticipant('alice'), create('Just in time'), undefined, t0 + MIN - 1))).toBe('ok');
      expect(outcomeOf(run(w, asParticipant('alice'), create('Too late'), undefined, t0 + MIN))).toBe('posting_closed');
      expect(w.state.timer!.expired).toBe(false);
    });

    it('a timer that does not close the stage lets posts through after it ends', () => {
      const w = helsingborgWorkshop();
      join(w, 'alice');
      setStage(w, S1, 'collecting');
      const t0 = now(w) + 1000;
      startTimer(w, MIN, false, t0);
      timer(w, { type: 'timer:expire', timerId: w.state.timer!.id }, t0 + MIN);
      expect(outcomeOf(run(w, asParticipant('alice'), create('Still open'), undefined, t0 + 2 * MIN))).toBe('ok');
    });

    it('refuses votes and retractions at or after the end', () => {
      const w = helsingborgWorkshop();
      join(w, 'alice');
      join(w, 'bob');
      setStage(w, S1, 'collecting');
      const a = post(w, 'bob', S1, ['dialog'], 'Lyssna på varandra');
      const b = post(w, 'bob', S1, ['dialog'], 'Mötas oftare');
      setStage(w, S1, 'voting');
      vote(w, 'alice', a);
      const t0 = now(w) + 1000;
      startTimer(w, MIN, true, t0);
      expect(canVote(w.state, S1, t0 + MIN - 1)).toBe(true);
      expect(canVote(w.state, S1, t0 + MIN)).toBe(false);
      expect(outcomeOf(run(w, asParticipant('alice'), { type: 'vote:cast', postId: b }, undefined, t0 + MIN))).toBe('voting_closed');
      expect(outcomeOf(run(w, asParticipant('alice'), { type: 'vote:retract', postId: a }, undefined, t0 + MIN + 1))).toBe('voting_closed');
      // Paused in time, the stage stays open however long the pause.
      startTimer(w, MIN, true, t0 + 2 * MIN);
      timer(w, { type: 'timer:pause' }, t0 + 2 * MIN + 1000);
      expect(outcomeOf(run(w, asParticipant('alice'), { type: 'vote:cast', postId: b }, undefined, t0 + 30 * MIN))).toBe('ok');
    });
  });

  it('a phase change stops the timer; setting the same phase again does not', () => {
    const w = helsingborgWorkshop();
    setStage(w, S1, 'collecting');
    startTimer(w, 5 * MIN);
    setStage(w, S1, 'collecting');
    expect(w.state.timer).not.toBeNull();
    setStage(w, S1, 'voting');
    expect(w.state.timer).toBeNull();

    startTimer(w, 5 * MIN);
    timer(w, { type: 'timer:pause' });
    run(w, FACILITATOR, { type: 'phase:set', phase: { kind: 'evaluation' } });
    expect(w.state.timer).toBeNull();
  });
});

describe('phase:set', () => {
  it('opens the evaluation, where participants can answer', () => {
    const w = helsingborgWorkshop();
    join(w, 'alice');
    const answer: Command = { type: 'evaluation:answer', scores: { lyssnad: 5 }, comment: 'Tack!' };
    expect(outcomeOf(run(w, asParticipant('alice'), answer))).toBe('evaluation_closed');
    const { outcome, changes } = run(w, FACILITATOR, { type: 'phase:set', phase: { kind: 'evaluation' } });
    expect(outcome).toEqual({ ok: true });
    expect(changes.info).toBe(true);
    expect(w.state.phase).toEqual({ kind: 'evaluation' });
    expect(outcomeOf(run(w, asParticipant('alice'), answer))).toBe('ok');
  });

  it('refuses an unknown round and changes nothing', () => {
    const w = helsingborgWorkshop();
    setStage(w, S1, 'voting');
    startTimer(w, MIN);
    const before = snapshot(w.state);
    const result = run(w, FACILITATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'samtal-9', stage: 'results' } });
    expect(outcomeOf(result)).toBe('unknown_round');
    expect(result.changes.info).toBe(false);
    expect(snapshot(w.state)).toEqual(before);
  });

  it('reveals a round once, when it reaches results, and keeps it revealed', () => {
    const w = helsingborgWorkshop();
    const steps: Array<[Phase, string[], string[]]> = [
      [{ kind: 'round', roundId: S1, stage: 'voting' }, [], []],
      [{ kind: 'round', roundId: S1, stage: 'results' }, [S1], [S1]],
      [{ kind: 'round', roundId: S1, stage: 'results' }, [S1], []],
      [{ kind: 'lobby' }, [S1], []],
      [{ kind: 'round', roundId: S2, stage: 'results' }, [S1, S2], [S2]],
      [{ kind: 'evaluation' }, [S1, S2], []]
    ];
    for (const [phase, revealed, newly] of steps) {
      const { changes } = run(w, FACILITATOR, { type: 'phase:set', phase });
      expect(w.state.phase).toEqual(phase);
      expect(w.state.revealed).toEqual(revealed);
      expect(changes.revealed).toEqual(newly);
      expect(changes.info).toBe(true);
    }
  });

  it('keeps its own copy of the phase', () => {
    const w = helsingborgWorkshop();
    const phase = { kind: 'round', roundId: S1, stage: 'voting' } as Phase & { stage: string };
    run(w, FACILITATOR, { type: 'phase:set', phase });
    phase.stage = 'results';
    expect(w.state.phase).toEqual({ kind: 'round', roundId: S1, stage: 'voting' });
  });
});

describe('agenda:current', () => {
  it('follows the agenda, and can be cleared', () => {
    const w = helsingborgWorkshop();
    const steps: Array<[string | null, 'ok' | ErrorCode, string | null, boolean]> = [
      ['presentation', 'ok', 'presentation', true],
      ['presentation', 'ok', 'presentation', false],
      ['samtal-1', 'ok', 'samtal-1', true],
      ['fika', 'unknown_agenda_item', 'samtal-1', false],
      ['', 'unknown_agenda_item', 'samtal-1', false],
      [null, 'ok', null, true],
      [null, 'ok', null, false]
    ];
    for (const [itemId, expected, current, info] of steps) {
      const result = run(w, FACILITATOR, { type: 'agenda:current', itemId });
      expect(outcomeOf(result)).toBe(expected);
      expect(w.state.agendaItemId).toBe(current);
      expect(result.changes.info).toBe(info);
    }
  });

  it('is the facilitator’s', () => {
    const w = helsingborgWorkshop();
    join(w, 'alice');
    expect(outcomeOf(run(w, asParticipant('alice'), { type: 'agenda:current', itemId: 'samtal-1' }))).toBe('forbidden');
  });
});

describe('screen:mode', () => {
  it.each<[ScreenMode, 'ok' | ErrorCode]>([
    [{ view: 'auto' }, 'ok'],
    [{ view: 'ranking' }, 'ok'],
    [{ view: 'ranking', roundId: S2 }, 'ok'],
    [{ view: 'overview', roundId: S1 }, 'ok'],
    [{ view: 'wall', topicId: 'dialog' }, 'ok'],
    [{ view: 'words', topicId: 'mangfald', roundId: S1 }, 'ok'],
    [{ view: 'evaluation' }, 'ok'],
    [{ view: 'lobby' }, 'ok'],
    [{ view: 'wall' }, 'unknown_topic'],
    [{ view: 'words' }, 'unknown_topic'],
    [{ view: 'wall', topicId: 'ekonomi' }, 'unknown_topic'],
    [{ view: 'ranking', topicId: '' }, 'unknown_topic'],
    [{ view: 'overview', roundId: 'samtal-9' }, 'unknown_round'],
    [{ view: 'tv' } as unknown as ScreenMode, 'invalid_payload']
  ])('%j → %s', (mode, expected) => {
    const w = helsingborgWorkshop();
    const before = snapshot(w.state);
    const result = run(w, FACILITATOR, { type: 'screen:mode', mode });
    expect(outcomeOf(result)).toBe(expected);
    if (expected === 'ok') {
      expect(w.state.screen).toEqual(mode);
      expect(w.state.screen).not.toBe(mode);
      expect(result.changes.info).toBe(mode.view !== 'auto');
    } else {
      expect(snapshot(w.state)).toEqual(before);
    }
  });

  it('keeps no undefined keys', () => {
    const w = helsingborgWorkshop();
    run(w, FACILITATOR, { type: 'screen:mode', mode: { view: 'ranking', topicId: undefined, roundId: S1 } });
    expect(Object.keys(w.state.screen)).toEqual(['view', 'roundId']);
  });
});

describe('setup:update', () => {
  const edited = (w: TestWorkshop, edit: (setup: WorkshopSetup) => unknown): WorkshopSetup => {
    const setup = structuredClone(w.state.setup);
    edit(setup);
    return setup;
  };
  const update = (w: TestWorkshop, setup: WorkshopSetup, confirmRemoval = false) =>
    run(w, FACILITATOR, { type: 'setup:update', setup, confirmRemoval });
  const withoutTopic = (id: string) => (s: WorkshopSetup) => {
    s.topics = s.topics.filter((t) => t.id !== id);
  };
  const withoutRound = (id: string) => (s: WorkshopSetup) => {
    s.rounds = s.rounds.filter((r) => r.id !== id);
    s.agenda = s.agenda.filter((a) => a.roundId !== id);
  };

  /** Bob wrote one Samtal 1 post on dialog, one on mångfald, and a Samtal 2 post on both. */
  function meeting() {
    const w = helsingborgWorkshop();
    join(w, 'alice');
    join(w, 'bob');
    setStage(w, S1, 'collecting');
    const dialog = post(w, 'bob', S1, ['dialog'], 'Att mötas på riktigt');
    const mangfald = post(w, 'bob', S1, ['mangfald'], 'Fler språk 🌍');
    setStage(w, S2, 'collecting');
    const both = post(w, 'bob', S2, ['dialog', 'mangfald'], 'Öppet hus för alla föreningar');
    return { w, dialog, mangfald, both };
  }

  it('renames a principle', () => {
    const { w } = meeting();
    const setup = edited(w, (s) => {
      s.topics[1]!.name = { sv: 'Samtal och dialog', en: 'Conversation and dialogue' };
    });
    const { outcome, changes } = update(w, setup);
    expect(outcome).toEqual({ ok: true });
    expect(changes).toMatchObject({ info: true, stats: true, posts: [], tallies: [] });
    expect(w.state.setup.topics[1]!.name.sv).toBe('Samtal och dialog');
    // The state has its own copy, not the log entry's.
    setup.topics[1]!.name.sv = 'Ändrad efteråt';
    expect(w.state.setup.topics[1]!.name.sv).toBe('Samtal och dialog');
  });

  it.each<[string, (s: WorkshopSetup) => unknown]>([
    ['no principles', (s) => (s.topics = [])],
    ['no rounds', (s) => ((s.rounds = []), (s.agenda = []))],
    ['two principles with one id', (s) => (s.topics[1]!.id = s.topics[0]!.id)],
    ['an empty principle name', (s) => (s.topics[0]!.name.sv = '  ')],
    ['a budget of no votes', (s) => (s.rounds[0]!.budget.votes = 0)],
    ['more votes per post than the budget', (s) => ((s.rounds[0]!.budget.votes = 2), (s.rounds[0]!.maxVotesPerPost = 3))],
    ['an agenda item for an unknown round', (s) => (s.agenda.find((a) => a.roundId)!.roundId = 'samtal-9')],
    ['too many principles', (s) => (s.topics = Array.from({ length: LIMITS.topics + 1 }, (_, i) => ({ ...s.topics[0]!, id: `t${i}` })))]
  ])('refuses a setup with %s and changes nothing', (_name, edit) => {
    const { w } = meeting();
    const before = snapshot(w.state);
    const result = update(w, edited(w, edit), true);
    expect(outcomeOf(result)).toBe('invalid_setup');
    expect(result.changes.info).toBe(false);
    expect(snapshot(w.state)).toEqual(before);
  });

  it('removing a principle with posts needs confirmation, then hides the posts that were only about it', () => {
    const { w, dialog, mangfald, both } = meeting();
    setStage(w, S1, 'voting');
    vote(w, 'alice', mangfald);
    const setup = edited(w, withoutTopic('mangfald'));
    const before = snapshot(w.state);
    const refused = update(w, setup);
    expect(outcomeOf(refused)).toBe('topic_in_use');
    expect(snapshot(w.state)).toEqual(before);

    const { outcome, changes } = update(w, setup, true);
    expect(outcome).toEqual({ ok: true });
    expect(w.state.posts.get(mangfald)).toMatchObject({ hidden: true, topicIds: ['mangfald'] });
    expect(w.state.posts.get(both)).toMatchObject({ hidden: false, topicIds: ['dialog'] });
    expect(w.state.posts.get(dialog)!.hidden).toBe(false);
    expect(changes.posts.sort()).toEqual([mangfald, both].sort());
    expect(changes.tallies).toContain(mangfald);
    expect(changes).toMatchObject({ info: true, stats: true });
    // Hidden as a moderator hides: the vote stays on the post but no longer counts.
    expect(w.state.posts.get(mangfald)!.voters.get('alice')).toBe(1);
    const round = findRound(w.state.setup, S1)!;
    expect(remainingVotes(round, 'mangfald', w.state.participants.get('alice')!.votes, (id) => w.state.posts.get(id))).toBe(3);
  });

  it('after a confirmed removal, later edits need no confirmation (the hidden posts keep the old ids)', () => {
    const { w } = meeting();
    expect(outcomeOf(update(w, edited(w, withoutTopic('mangfald')), true))).toBe('ok');
    const renamed = edited(w, (setup) => (setup.title = { sv: 'Ny titel' }));
    expect(outcomeOf(update(w, renamed))).toBe('ok');
    expect(w.state.setup.title.sv).toBe('Ny titel');
  });

  it('removing a principle whose posts were all withdrawn needs no confirmation', () => {
    const { w, mangfald, both } = meeting();
    setStage(w, S1, 'collecting');
    run(w, asParticipant('bob'), { type: 'post:withdraw', postId: mangfald });
    setStage(w, S2, 'collecting');
    run(w, asParticipant('bob'), { type: 'post:withdraw', postId: both });
    expect(outcomeOf(update(w, edited(w, withoutTopic('mangfald'))))).toBe('ok');
  });

  it('removing a round with posts needs confirmation, then hides them and moves the meeting off it', () => {
    const { w, both } = meeting();
    run(w, FACILITATOR, { type: 'phase:set', phase: { kind: 'round', roundId: S2, stage: 'results' } });
    run(w, FACILITATOR, { type: 'agenda:current', itemId: 'samtal-2' });
    run(w, FACILITATOR, { type: 'screen:mode', mode: { view: 'ranking', roundId: S2 } });
    startTimer(w, 5 * MIN);
    const setup = edited(w, withoutRound(S2));
    const before = snapshot(w.state);
    expect(outcomeOf(update(w, setup))).toBe('round_in_use');
    expect(snapshot(w.state)).toEqual(before);

    const { outcome, changes } = update(w, setup, true);
    expect(outcome).toEqual({ ok: true });
    expect(w.state.posts.get(both)!.hidden).toBe(true);
    expect(changes.posts).toEqual([both]);
    expect(w.state.phase).toEqual({ kind: 'lobby' });
    expect(w.state.timer).toBeNull();
    expect(w.state.agendaItemId).toBeNull();
    expect(w.state.screen).toEqual({ view: 'auto' });
    expect(w.state.revealed).toEqual([]);
  });

  it('removing a round nobody posted in needs no confirmation and keeps the meeting where it is', () => {
    const w = helsingborgWorkshop();
    setStage(w, S1, 'collecting');
    run(w, FACILITATOR, { type: 'agenda:current', itemId: 'samtal-1' });
    run(w, FACILITATOR, { type: 'screen:mode', mode: { view: 'wall', topicId: 'dialog' } });
    startTimer(w, MIN);
    expect(outcomeOf(update(w, edited(w, withoutRound(S2))))).toBe('ok');
    expect(w.state.phase).toEqual({ kind: 'round', roundId: S1, stage: 'collecting' });
    expect(w.state.timer).not.toBeNull();
    expect(w.state.agendaItemId).toBe('samtal-1');
    expect(w.state.screen).toEqual({ view: 'wall', topicId: 'dialog' });
  });

  it('a screen showing a removed principle goes back to following the phase', () => {
    const { w } = meeting();
    run(w, FACILITATOR, { type: 'screen:mode', mode: { view: 'words', topicId: 'mangfald' } });
    update(w, edited(w, withoutTopic('mangfald')), true);
    expect(w.state.screen).toEqual({ view: 'auto' });
  });

  it('a lower budget takes back the votes that no longer fit, keeping those on earlier posts', () => {
    const w = helsingborgWorkshop();
    join(w, 'alice');
    join(w, 'bob');
    setStage(w, S2, 'collecting');
    const ids = [1, 2, 3, 4, 5].map((i) => post(w, 'bob', S2, ['dialog'], `Aktivitet ${i}`));
    setStage(w, S2, 'voting');
    for (const id of ids) expect(outcomeOf(vote(w, 'alice', id))).toBe('ok');
    vote(w, 'bob', ids[4]!);

    const { changes } = update(
      w,
      edited(w, (s) => (s.rounds[1]!.budget.votes = 2))
    );
    expect(ids.map((id) => w.state.posts.get(id)!.tally)).toEqual([1, 1, 0, 0, 1]);
    expect([...w.state.participants.get('alice')!.votes.keys()]).toEqual(ids.slice(0, 2));
    expect(changes.tallies.sort()).toEqual(ids.slice(2).sort());
    expect(outcomeOf(vote(w, 'alice', ids[2]!))).toBe('budget_exhausted');
    expect(outcomeOf(run(w, asParticipant('alice'), { type: 'vote:retract', postId: ids[0]! }))).toBe('ok');
    expect(outcomeOf(vote(w, 'alice', ids[2]!))).toBe('ok');
  });

  it('a lower per-principle budget is applied to each principle', () => {
    const w = helsingborgWorkshop();
    join(w, 'alice');
    join(w, 'bob');
    setStage(w, S1, 'collecting');
    const dialog = [1, 2, 3].map((i) => post(w, 'bob', S1, ['dialog'], `Dialog ${i}`));
    const mangfald = post(w, 'bob', S1, ['mangfald'], 'Mångfald');
    setStage(w, S1, 'voting');
    for (const id of [...dialog, mangfald]) vote(w, 'alice', id);
    update(
      w,
      edited(w, (s) => (s.rounds[0]!.budget.votes = 1))
    );
    expect([...dialog, mangfald].map((id) => w.state.posts.get(id)!.tally)).toEqual([1, 0, 0, 1]);
  });

  it('a lower maximum per post takes back stacked votes', () => {
    const w = helsingborgWorkshop();
    join(w, 'alice');
    join(w, 'bob');
    update(
      w,
      edited(w, (s) => (s.rounds[1]!.maxVotesPerPost = 3))
    );
    setStage(w, S2, 'collecting');
    const a = post(w, 'bob', S2, ['dialog'], 'Stackad');
    setStage(w, S2, 'voting');
    for (let i = 0; i < 3; i++) expect(outcomeOf(vote(w, 'alice', a))).toBe('ok');
    vote(w, 'bob', a);
    expect(w.state.posts.get(a)!.tally).toBe(4);

    const { changes } = update(
      w,
      edited(w, (s) => (s.rounds[1]!.maxVotesPerPost = 1))
    );
    expect(w.state.posts.get(a)!.tally).toBe(2);
    expect(w.state.posts.get(a)!.voters.get('alice')).toBe(1);
    expect(w.state.participants.get('alice')!.votes.get(a)).toBe(1);
    expect(changes.tallies).toEqual([a]);
    expect(outcomeOf(vote(w, 'alice', a))).toBe('already_voted');
  });

  it('drops a removed round from the revealed results', () => {
    const w = helsingborgWorkshop();
    setStage(w, S1, 'results');
    setStage(w, S2, 'results');
    setStage(w, S1, 'closed');
    update(w, edited(w, withoutRound(S2)));
    expect(w.state.revealed).toEqual([S1]);
    expect(w.state.phase).toEqual({ kind: 'round', roundId: S1, stage: 'closed' });
  });

  it('is the facilitator’s', () => {
    const { w } = meeting();
    const result = run(w, asParticipant('alice'), { type: 'setup:update', setup: structuredClone(w.state.setup), confirmRemoval: true });
    expect(outcomeOf(result)).toBe('forbidden');
  });
});
