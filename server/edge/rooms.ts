import type { Server, Socket } from 'socket.io';
import type { Audience } from '../../src/lib/domain/views.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../src/lib/protocol/events.js';

/** Who a socket is, once it has joined a workshop. Set only by the join handlers. */
export interface SocketData {
  workshopId?: string;
  audience?: Audience;
  participantId?: string;
}

export type SamradServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type SamradSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const roomOf = (workshopId: string, audience: Audience) => `${workshopId}:${audience}`;

/** Puts a socket in exactly one audience room of one workshop. */
export function enterRoom(socket: SamradSocket, workshopId: string, audience: Audience, participantId?: string): void {
  if (socket.data.workshopId && socket.data.audience) void socket.leave(roomOf(socket.data.workshopId, socket.data.audience));
  socket.data.workshopId = workshopId;
  socket.data.audience = audience;
  socket.data.participantId = participantId;
  void socket.join(roomOf(workshopId, audience));
}
