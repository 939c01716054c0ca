import type { CommandEvent, QueuedCommand } from '$lib/client/commands.js';
import { LIMITS } from '$lib/domain/limits.js';
import { tidyLocalized } from '$lib/domain/setup.js';
import type { AgendaItem, Localized, WorkshopSetup } from '$lib/domain/types.js';
import type { WorkshopInfo } from '$lib/domain/views.js';

/**
 * Plain helpers for the "run the meeting" panel: reading what is queued, and editing the
 * agenda as a whole setup (the only command that changes the agenda is `setup:update`).
 */

type Queued<E extends CommandEvent> = Extract<QueuedCommand, { event: E }>;

/** The newest command of one kind still waiting for the server's answer. */
export function lastQueued<E extends CommandEvent>(items: readonly QueuedCommand[], event: E): Queued<E> | undefined {
  return items.findLast((c): c is Queued<E> => c.event === event);
}

export const isQueued = (items: readonly QueuedCommand[], events: readonly CommandEvent[]) => items.some((c) => events.includes(c.event));

/** The setup the workshop runs with now, as `setup:update` takes it. */
export const setupOf = (info: WorkshopInfo): WorkshopSetup => ({
  title: info.title,
  language: info.language,
  topics: info.topics,
  rounds: info.rounds,
  agenda: info.agenda,
  sectors: info.sectors,
  evaluation: info.evaluation,
  settings: info.settings
});

/**
 * The setup to build the next change on: the last one queued (from this panel or the setup
 * panel), else the server's. Building on the server's alone would let two quick edits
 * overwrite each other before the first is acknowledged.
 */
export function latestSetup(items: readonly QueuedCommand[], info: WorkshopInfo): WorkshopSetup {
  return lastQueued(items, 'setup:update')?.payload.setup ?? setupOf(info);
}

export function moveItem(agenda: readonly AgendaItem[], id: string, by: -1 | 1): AgendaItem[] {
  const from = agenda.findIndex((item) => item.id === id);
  const moving = agenda[from];
  const to = from + by;
  if (!moving || to < 0 || to >= agenda.length) return [...agenda];
  const next = agenda.filter((item) => item.id !== id);
  next.splice(to, 0, moving);
  return next;
}

export const removeItem = (agenda: readonly AgendaItem[], id: string) => agenda.filter((item) => item.id !== id);

/** Replaces the item with the same id, or appends a new one. */
export function saveItem(agenda: readonly AgendaItem[], item: AgendaItem): AgendaItem[] {
  return agenda.some((i) => i.id === item.id) ? agenda.map((i) => (i.id === item.id ? item : i)) : [...agenda, item];
}

/** Readable, stable ids ("punkt-3"): they appear in exports and logs. */
export function newItemId(agenda: readonly AgendaItem[]): string {
  const taken = new Set(agenda.map((item) => item.id));
  let n = agenda.length + 1;
  while (taken.has(`punkt-${n}`)) n++;
  return `punkt-${n}`;
}

/** Swedish always; English only when given, so an empty field does not hide the Swedish. */
export const localized = (sv: string, en: string, ar = ''): Localized => tidyLocalized({ sv, en, ar });

/** The most minutes an item may plan, or a timer run: the server's limit. */
export const MAX_MINUTES = LIMITS.timerMs / 60_000;

/** Whole minutes from a text field, or null when it is not a number in 1..MAX_MINUTES. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 && n <= MAX_MINUTES ? n : null;
}
