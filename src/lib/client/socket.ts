import { io, type Socket } from 'socket.io-client';
import type { Ack, AckData, ClientToServerEvents, ServerToClientEvents } from '../protocol/events.js';
import type { ClientEventName, ClientPayload } from '../protocol/schemas.js';
import type { CommandEvent, QueuedCommand } from './commands.js';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Same origin, default path: the page and socket.io are served by one server. */
export const openSocket = (): AppSocket => io({ autoConnect: false });

/** How long an acknowledgement may take before the command counts as "maybe not sent". */
export const ACK_TIMEOUT_MS = 8000;

/**
 * `socket.timeout(ms)` for one event. Socket.IO's typings cannot follow a generic event name
 * through `emit`, so this names what its typed overload for event E is.
 */
type TimedEmitter<E extends ClientEventName> = { emit(event: E, payload: ClientPayload<E>, ack: (err: Error | null, response: Ack<AckData[E]>) => void): void };

/**
 * Emits one event and waits for its acknowledgement. Resolves `null` when none came
 * (timeout, or the connection dropped): the caller keeps the command and sends it again
 * later under the same commandId.
 */
export function request<E extends ClientEventName>(socket: AppSocket, event: E, payload: ClientPayload<E>, ms = ACK_TIMEOUT_MS): Promise<Ack<AckData[E]> | null> {
  return new Promise((resolve) => {
    const answered = (err: Error | null, response: Ack<AckData[E]>) => {
      if (err) return resolve(null);
      // Typed by the event map, but sent by a server that may be another version: check its shape.
      const ok = typeof response === 'object' && response !== null && typeof (response as { ok?: unknown }).ok === 'boolean';
      resolve(ok ? response : { ok: false, error: 'internal' });
    };
    (socket.timeout(ms) as unknown as TimedEmitter<E>).emit(event, payload, answered);
  });
}

/** Sends a queued command: its event and payload belong together (QueuedCommand is one per event). */
export const requestQueued = <E extends CommandEvent>(socket: AppSocket, command: QueuedCommand<E>) => request(socket, command.event, command.payload);
