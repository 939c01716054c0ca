import type { Server, Socket } from 'socket.io';
import { groupOf, SAMPLE_GROUPS } from '../../src/lib/domain/sample.js';
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
/** Phones of one sample group (src/lib/domain/sample.ts): the ticker sends each group its own deltas. */
export const groupRoomOf = (workshopId: string, group: number) => `${workshopId}:participant:${group}`;
/** Where a delta stream goes: phones' deltas to their sample group's room, the staff's to their audience room. */
export const deltaRoom = (workshopId: string, audience: Audience, group?: number) =>
  audience === 'participant' && group !== undefined ? groupRoomOf(workshopId, group) : roomOf(workshopId, audience);
const everyGroupRoom = (workshopId: string) => Array.from({ length: SAMPLE_GROUPS }, (_, group) => groupRoomOf(workshopId, group));

/**
 * Puts a socket in exactly one audience room of one workshop; a phone also in its sample
 * group's room, where its deltas go (the audience room is for presence and notices).
 */
export function enterRoom(socket: SamradSocket, workshopId: string, audience: Audience, participantId?: string): void {
  leaveRooms(socket);
  socket.data.workshopId = workshopId;
  socket.data.audience = audience;
  socket.data.participantId = participantId;
  void socket.join(roomOf(workshopId, audience));
  if (audience === 'participant' && participantId) void socket.join(groupRoomOf(workshopId, groupOf(participantId)));
}

/** Takes a socket out of the rooms `enterRoom` put it in. */
export function leaveRooms(socket: SamradSocket): void {
  const { workshopId, audience, participantId } = socket.data;
  if (!workshopId || !audience) return;
  void socket.leave(roomOf(workshopId, audience));
  if (audience === 'participant' && participantId) void socket.leave(groupRoomOf(workshopId, groupOf(participantId)));
}

/**
 * Tells every socket of a workshop in this process that it is over for them — deleted, or
 * failed — and takes them out of its rooms, so what they send next is answered `not_joined`.
 */
export function emptyRooms(io: SamradServer, workshopId: string, notice: 'workshop:deleted' | 'workshop:failed'): void {
  const rooms = [...AUDIENCES.map((audience) => roomOf(workshopId, audience)), ...everyGroupRoom(workshopId)];
  io.local.to(rooms).emit(notice, { workshopId });
  io.local.in(rooms).socketsLeave(rooms);
}
