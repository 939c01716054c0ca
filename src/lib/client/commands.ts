import type { ErrorCode } from '../domain/types.js';
import { COMMAND_NAMES } from '../protocol/event-names.js';
import type { ClientPayload } from '../protocol/schemas.js';

/**
 * The commands a page may queue. Type-only imports from the protocol: the zod schemas
 * stay on the server, the browser bundle only needs their shapes.
 */
export const COMMAND_EVENTS = COMMAND_NAMES;
export type CommandEvent = (typeof COMMAND_EVENTS)[number];

/** One queued command; `payload.commandId` is fixed when queued and reused on every retry. */
export type QueuedCommand = { [E in CommandEvent]: { event: E; payload: ClientPayload<E>; queuedAt: number } }[CommandEvent];

/** What a page passes in: the payload without its commandId. */
export type CommandInput = { [E in CommandEvent]: { event: E; payload: Omit<ClientPayload<E>, 'commandId'> } }[CommandEvent];

/**
 * Errors that say "not now" rather than "no": the command stays queued and is sent again
 * (with the same commandId, so it still applies at most once).
 */
export const RETRY_LATER: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['rate_limited', 'unavailable']);

export function isQueuedCommand(value: unknown): value is QueuedCommand {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const payload = v.payload as Record<string, unknown> | null | undefined;
  return (
    typeof v.event === 'string' &&
    (COMMAND_EVENTS as readonly string[]).includes(v.event) &&
    typeof payload === 'object' &&
    payload !== null &&
    typeof payload.commandId === 'string'
  );
}
