import { io, type Socket } from 'socket.io-client';
import type { Ack, AckData, ClientToServerEvents, ServerToClientEvents } from '../protocol/events.js';
import type { ClientEventName, ClientPayload } from '../protocol/schemas.js';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Same origin, default path: the page and socket.io are served by one server. */
export const openSocket = (): AppSocket => io({ autoConnect: false });

/** How long an acknowledgement may take before the command counts as "maybe not sent". */
export const ACK_TIMEOUT_MS = 8000;

// socket.io's typings cannot follow a generic event name through `emit`, so this one
// helper talks to the socket loosely and gives the typed result back.
type LooseEmitter = {
  timeout(ms: number): { emit(event: string, payload: unknown, ack: (err: Error | null, response: unknown) => void): void };
};

/**
 * Emits one event and waits for its acknowledgement. Resolves `null` when none came
 * (timeout, or the connection dropped): the caller keeps the command and sends it again
 * later under the same commandId.
 */
export function request<E extends ClientEventName>(
  socket: AppSocket,
  event: E,
  payload: ClientPayload<E>,
  ms = ACK_TIMEOUT_MS
): Promise<Ack<AckData[E]> | null> {
  return new Promise((resolve) => {
    (socket as unknown as LooseEmitter).timeout(ms).emit(event, payload, (err, response) => {
      if (err) return resolve(null);
      const ok = typeof response === 'object' && response !== null && typeof (response as { ok?: unknown }).ok === 'boolean';
      resolve(ok ? (response as Ack<AckData[E]>) : { ok: false, error: 'internal' });
    });
  });
}
