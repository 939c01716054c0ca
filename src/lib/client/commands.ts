import type { ErrorCode } from '../domain/types.js';
import type { CommandEvent } from '../protocol/commands.js';
import type { ClientPayload } from '../protocol/schemas.js';

/**
 * The commands a page may queue: every command event of the registry. Type-only imports
 * from the protocol: the zod schemas and the domain's rules stay on the server, the
 * browser bundle only needs their shapes.
 */
export type { CommandEvent } from '../protocol/commands.js';

/** One queued command; `payload.commandId` is fixed when queued and reused on every retry. */
type Queued = { [E in CommandEvent]: { event: E; payload: ClientPayload<E>; queuedAt: number } };
export type QueuedCommand<E extends CommandEvent = CommandEvent> = Queued[E];

/** What a page passes in: the payload without its commandId. */
export type CommandInput = { [E in CommandEvent]: { event: E; payload: Omit<ClientPayload<E>, 'commandId'> } }[CommandEvent];

/**
 * Errors that say "not now" rather than "no": the command stays queued and is sent again
 * (with the same commandId, so it still applies at most once).
 */
export const RETRY_LATER: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['rate_limited', 'unavailable']);

/**
 * A queue restored from this browser's storage: only its shape is checked here. A command
 * this version no longer knows is answered `unknown_event` and leaves the queue like any refusal.
 */
export function isQueuedCommand(value: unknown): value is QueuedCommand {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const payload = v.payload as Record<string, unknown> | null | undefined;
  return typeof v.event === 'string' && /^[a-z]+:[a-z-]+$/.test(v.event) && typeof payload === 'object' && payload !== null && typeof payload.commandId === 'string';
}
