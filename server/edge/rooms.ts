import type { Server, Socket } from 'socket.io';
import { AUDIENCES, type Audience } from '../../src/lib/domain/views.js';
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

/**
 * Tells every socket of a workshop in this process that it is over for them — deleted, or
 * failed — and takes them out of its rooms, so what they send next is answered `not_joined`.
 */
export function emptyRooms(io: SamradServer, workshopId: string, notice: 'workshop:deleted' | 'workshop:failed'): void {
  const rooms = AUDIENCES.map((audience) => roomOf(workshopId, audience));
  io.local.to(rooms).emit(notice, { workshopId });
  io.local.in(rooms).socketsLeave(rooms);
}
