import { fail, OK, type Changes } from '../changes.js';
import { LIMITS } from '../limits.js';
import { findRound, isActive } from '../rules.js';
import { validateSetup, withSetupDefaults } from '../setup.js';
import { SCREEN_VIEWS, STAGES, type LogEntry, type Result, type Phase, type Post, type Round, type ScreenMode, type Timer, type WorkshopState, type CommandOf } from '../types.js';
import { freezeSample } from '../sample.js';
import { restartPages } from './display.js';
import { keepVotesWithinBudget } from './votes.js';

type TimerCommand = CommandOf<'timer:start' | 'timer:pause' | 'timer:resume' | 'timer:extend' | 'timer:stop' | 'timer:expire'>;

const samePhase = (a: Phase, b: Phase) =>
  a.kind === b.kind && (a.kind !== 'round' || (b.kind === 'round' && a.roundId === b.roundId && a.stage === b.stage));

/** Moves the meeting on. A timer belongs to the phase it was started in, so leaving that phase stops it. */
function movePhase(state: WorkshopState, phase: Phase, changes: Changes): void {
  if (!samePhase(state.phase, phase)) state.timer = null;
  state.phase = phase;
  // The first time a round leaves collecting, its voting sample is drawn (sample.ts).
  if (phase.kind === 'round' && phase.stage !== 'collecting' && freezeSample(state, phase.roundId)) changes.sampled.push(phase.roundId);
}

export function setPhase(state: WorkshopState, entry: LogEntry, command: CommandOf<'phase:set'>, changes: Changes): Result {
  const requested = command.phase;
  let phase: Phase;
  switch (requested.kind) {
    case 'lobby':
    case 'evaluation':
      phase = { kind: requested.kind };
      break;
    case 'round':
      if (!findRound(state.setup, requested.roundId)) return fail('unknown_round');
      if (!STAGES.includes(requested.stage)) return fail('invalid_payload');
      phase = { kind: 'round', roundId: requested.roundId, stage: requested.stage };
      break;
    default:
      return fail('invalid_payload');
  }
  movePhase(state, phase, changes);
  restartPages(state, entry.at);
  // Results once shown stay shown: going back to voting does not hide the tallies again.
  if (phase.kind === 'round' && phase.stage === 'results' && !state.revealed.includes(phase.roundId)) {
    state.revealed.push(phase.roundId);
    changes.revealed.push(phase.roundId);
  }
  changes.info = true;
  return OK;
}

export function setAgendaItem(state: WorkshopState, command: CommandOf<'agenda:current'>, changes: Changes): Result {
  const { itemId } = command;
  if (itemId !== null && !state.setup.agenda.some((item) => item.id === itemId)) return fail('unknown_agenda_item');
  if (state.agendaItemId !== itemId) {
    state.agendaItemId = itemId;
    changes.info = true;
  }
  return OK;
}

const sameScreen = (a: ScreenMode, b: ScreenMode) => a.view === b.view && a.topicId === b.topicId && a.roundId === b.roundId;

/** What the projector shows. The wall and the word cloud are of one principle, so they name it. */
export function setScreenMode(state: WorkshopState, entry: LogEntry, command: CommandOf<'screen:mode'>, changes: Changes): Result {
  const { view, topicId, roundId } = command.mode;
  if (!SCREEN_VIEWS.includes(view)) return fail('invalid_payload');
  if (topicId !== undefined && !state.setup.topics.some((t) => t.id === topicId)) return fail('unknown_topic');
  if (roundId !== undefined && !findRound(state.setup, roundId)) return fail('unknown_round');
  if ((view === 'wall' || view === 'words') && topicId === undefined) return fail('unknown_topic');
  // A fresh object without undefined keys: the state serialises the same on every process.
  const mode: ScreenMode = { view };
  if (topicId !== undefined) mode.topicId = topicId;
  if (roundId !== undefined) mode.roundId = roundId;
  if (!sameScreen(state.screen, mode)) {
    state.screen = mode;
    restartPages(state, entry.at);
    changes.info = true;
  }
  return OK;
}

/** Counting down now: not paused, not run out (by its expiry entry or by the log's clock). */
const isRunning = (timer: Timer, at: number) =>
  timer.endsAt !== null && !timer.expired && at < timer.endsAt;
const isPaused = (timer: Timer) => timer.endsAt === null && !timer.expired;

/** Time left at log time `at`. */
function timeLeft(timer: Timer, at: number): number {
  if (timer.expired) return 0;
  if (timer.endsAt === null) return timer.remainingMs;
  return Math.max(0, timer.endsAt - at);
}

const validMs = (ms: number, min: number) => Number.isInteger(ms) && ms >= min && ms <= LIMITS.timerMs;

/**
 * The countdown, on the log's clock only: `endsAt` is a log time, so every process agrees
 * on when it ends, and a post arriving after it is refused even before the expiry entry.
 */
export function timerCommand(state: WorkshopState, entry: LogEntry, command: TimerCommand, changes: Changes): Result {
  const { at } = entry;
  const timer = state.timer;
  switch (command.type) {
    case 'timer:start': {
      if (!validMs(command.durationMs, 1000)) return fail('invalid_payload');
      state.timer = {
        id: entry.seq,
        durationMs: command.durationMs,
        endsAt: at + command.durationMs,
        remainingMs: command.durationMs,
        closeWhenDone: command.closeWhenDone === true,
        phase: structuredClone(state.phase),
        expired: false
      };
      break;
    }
    case 'timer:pause':
      if (!timer || timer.endsAt === null || !isRunning(timer, at)) return fail('no_timer');
      timer.remainingMs = timer.endsAt - at;
      timer.endsAt = null;
      break;
    case 'timer:resume':
      if (!timer || !isPaused(timer)) return fail('no_timer');
      timer.endsAt = at + timer.remainingMs;
      break;
    case 'timer:extend': {
      if (!timer) return fail('no_timer');
      if (!Number.isInteger(command.ms) || Math.abs(command.ms) > LIMITS.timerMs) return fail('invalid_payload');
      const left = timeLeft(timer, at);
      const next = Math.max(0, left + command.ms);
      if (next > LIMITS.timerMs) return fail('invalid_payload');
      if (next === left) return OK;
      timer.durationMs += next - left;
      timer.remainingMs = next;
      if (next === 0) {
        // Shortened to nothing: it ends now, paused or not.
        timer.endsAt = at;
        timer.expired = true;
      } else if (isPaused(timer)) {
        // Stays paused with more (or less) time left.
      } else {
        // Running, or run out and given more time: counts down again from now.
        timer.endsAt = at + next;
        timer.expired = false;
      }
      break;
    }
    case 'timer:stop':
      if (!timer) return fail('no_timer');
      state.timer = null;
      break;
    case 'timer:expire':
      // Sent by every server process that saw the countdown end: only the first, on time, counts.
      if (!timer || timer.id !== command.timerId || timer.expired || timer.endsAt === null || at < timer.endsAt) return OK;
      timer.expired = true;
      timer.remainingMs = 0;
      break;
  }
  changes.info = true;
  return OK;
}

/** Takes back stacked votes above a new, lower per-post maximum. */
function capVotesPerPost(state: WorkshopState, post: Post, max: number): void {
  for (const [voterId, count] of [...post.voters]) {
    if (count <= max) continue;
    post.voters.set(voterId, max);
    state.participants.get(voterId)?.votes.set(post.id, max);
    post.tally -= count - max;
  }
}

const votingRulesChanged = (before: Round, after: Round) =>
  before.budget.votes !== after.budget.votes ||
  before.budget.per !== after.budget.per ||
  before.maxVotesPerPost !== after.maxVotesPerPost ||
  before.topicsPerPost !== after.topicsPerPost;

/**
 * Replaces the setup while the meeting runs. Removing a principle or a round that has
 * posts takes the facilitator's confirmation; the posts are then hidden (as a moderator
 * hides them: their votes go back to the voters' budgets, and the log keeps them), or,
 * when only some of a post's principles go, keep the others. Nothing is changed unless
 * the whole update is accepted.
 */
export function updateSetup(state: WorkshopState, entry: LogEntry, command: CommandOf<'setup:update'>, changes: Changes): Result {
  // A copy: the state never shares objects with the log entry. Defaults let an update
  // logged by an older version replay as it did then.
  const setup = withSetupDefaults(structuredClone(command.setup));
  if (!validateSetup(setup)) return fail('invalid_setup');

  const roundIds = new Set(setup.rounds.map((r) => r.id));
  const topicIds = new Set(setup.topics.map((t) => t.id));
  const removedRounds = new Set(state.setup.rounds.filter((r) => !roundIds.has(r.id)).map((r) => r.id));
  // Only what this update removes asks for confirmation: posts hidden by an earlier removal
  // keep their old topic ids, and must not block every later edit.
  const removedTopics = new Set(state.setup.topics.filter((t) => !topicIds.has(t.id)).map((t) => t.id));
  const posts = [...state.posts.values()].filter((p) => !p.withdrawn);
  if (command.confirmRemoval !== true) {
    if (posts.some((p) => removedRounds.has(p.roundId))) return fail('round_in_use');
    if (posts.some((p) => p.topicIds.some((id) => removedTopics.has(id)))) return fail('topic_in_use');
  }

  const before = new Map(state.setup.rounds.map((r) => [r.id, r]));
  state.setup = setup;
  const tallies = new Map([...state.posts.values()].map((p) => [p.id, p.tally]));
  const recheck = new Set<Post>();

  for (const post of state.posts.values()) {
    const kept = post.topicIds.filter((id) => topicIds.has(id));
    const roundGone = removedRounds.has(post.roundId);
    if (roundGone || kept.length === 0) {
      // A post hidden for a removal keeps what it was written for, so the export (and an
      // undo that adds the principle back) still knows. Merged-away posts already count for nothing.
      if (!post.withdrawn && !post.hidden && !post.mergedInto) {
        post.hidden = true;
        changes.posts.push(post.id);
        changes.tallies.push(post.id);
      }
      continue;
    }
    if (kept.length !== post.topicIds.length) {
      post.topicIds = kept;
      changes.posts.push(post.id);
      recheck.add(post); // a per-principle budget may now draw on another principle
    }
    const round = findRound(setup, post.roundId);
    const old = before.get(post.roundId);
    if (round && old && votingRulesChanged(old, round)) {
      capVotesPerPost(state, post, round.maxVotesPerPost);
      recheck.add(post);
    }
  }

  // Newest posts first (the posts map is in log order), so that where a voter is now over
  // budget the votes on earlier posts are the ones kept. Only counting posts take budget;
  // a hidden post is checked when it is shown again.
  for (const post of [...recheck].reverse()) if (isActive(post)) keepVotesWithinBudget(state, post);
  for (const [id, tally] of tallies) if (state.posts.get(id)?.tally !== tally && !changes.tallies.includes(id)) changes.tallies.push(id);

  if (state.phase.kind === 'round' && removedRounds.has(state.phase.roundId)) movePhase(state, { kind: 'lobby' }, changes);
  if (state.agendaItemId !== null && !setup.agenda.some((item) => item.id === state.agendaItemId)) state.agendaItemId = null;
  const { topicId, roundId } = state.screen;
  if ((topicId !== undefined && !topicIds.has(topicId)) || (roundId !== undefined && !roundIds.has(roundId))) state.screen = { view: 'auto' };
  state.revealed = state.revealed.filter((id) => roundIds.has(id));

  changes.info = true;
  changes.setup = true;
  changes.stats = true;
  return OK;
}

