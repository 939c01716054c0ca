import { fail, OK, type Changes } from '../changes.js';
import { LIMITS } from '../limits.js';
import { findRound } from '../rules.js';
import { assignLot } from '../sample.js';
import { asLocalized, tidyLocalized } from '../setup.js';
import type { Localized, LogEntry, Result, WorkshopState, CommandOf } from '../types.js';

/** The facilitator's closing summary for the report and the published outcome. */
export function setSummary(state: WorkshopState, command: CommandOf<'summary:set'>, changes: Changes): Result {
  const text = command.text.trim();
  if (text.length > LIMITS.summary) return fail('text_too_long');
  if (text !== state.summary) (state.summary = text), (changes.outcome = true);
  return OK;
}

/** Publishing shows the outcome on the participant link; withdrawing hides it again. */
export function publishOutcome(state: WorkshopState, entry: LogEntry, command: CommandOf<'outcome:publish'>, changes: Changes): Result {
  const published = command.published ? (state.published ?? entry.at) : null;
  if (published !== state.published) {
    state.published = published;
    changes.outcome = true;
    changes.info = true;
  }
  return OK;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** An update's text as it is kept (trimmed, in every language given), or why it cannot be: shared with a series' updates. */
export function tidyUpdateText(given: string | Localized): Localized | 'text_empty' | 'text_too_long' {
  const text = tidyLocalized(asLocalized(given));
  if (!text.sv) return 'text_empty';
  if (Object.values(text).some((translation) => translation.length > LIMITS.updateText)) return 'text_too_long';
  return text;
}

export function addUpdate(state: WorkshopState, entry: LogEntry, command: CommandOf<'update:add'>, changes: Changes): Result {
  const text = tidyUpdateText(command.text);
  if (typeof text === 'string') return fail(text);
  if (!DATE.test(command.date)) return fail('invalid_payload');
  if (state.updates.length >= LIMITS.updates) return fail('invalid_payload');
  state.updates.push({ id: `u${entry.seq}`, date: command.date, text, at: entry.at });
  // Ordered by the day they are about; same day in the order they were written.
  state.updates.sort((a, b) => a.date.localeCompare(b.date) || a.at - b.at);
  changes.info = true;
  return OK;
}

export function removeUpdate(state: WorkshopState, command: CommandOf<'update:remove'>, changes: Changes): Result {
  const index = state.updates.findIndex((u) => u.id === command.updateId);
  if (index < 0) return fail('post_not_found');
  state.updates.splice(index, 1);
  changes.info = true;
  return OK;
}

/**
 * An item from an earlier meeting of the series, posted by the facilitator so this group
 * can build on it. It is a post like any other (it takes votes here), marked as carried.
 */
export function carryPost(state: WorkshopState, entry: LogEntry, command: CommandOf<'post:carry'>, changes: Changes): Result<{ postId: string }> {
  const round = findRound(state.setup, command.roundId);
  if (!round) return fail('unknown_round');
  const text = command.text.trim();
  if (!text) return fail('text_empty');
  if (text.length > LIMITS.postText) return fail('text_too_long');
  const topicIds = [...new Set(command.topicIds)];
  if (topicIds.length === 0 || (round.topicsPerPost === 'one' && topicIds.length !== 1)) return fail('wrong_topic_count');
  if (!topicIds.every((id) => state.setup.topics.some((t) => t.id === id))) return fail('unknown_topic');
  const id = `p${entry.seq}`;
  state.posts.set(id, {
    id,
    roundId: round.id,
    topicIds,
    text,
    originalText: null,
    authorId: '',
    source: 'carried',
    carriedFrom: { title: command.from.title.slice(0, LIMITS.title), votes: command.from.votes },
    table: null,
    people: null,
    createdAt: entry.at,
    hidden: false,
    withdrawn: false,
    pinned: false,
    pending: false,
    mergedInto: null,
    voters: new Map(),
    tally: 0
  });
  if (assignLot(state, { id, roundId: round.id, authorId: '' })) changes.info = true;
  changes.posts.push(id);
  changes.stats = true;
  return { ok: true, postId: id };
}
