import type { SamradSocket } from './rooms.js';

/**
 * What a connected socket keeps of the HTTP request that opened it. By default Engine.IO
 * holds on to the whole request (its parser, buffers and Node socket objects) and the
 * handshake to every header the browser sent; a plenary of thousands of phones pays that
 * per phone (heap snapshots: about 2 KB each). The server reads only the address, `Host`,
 * `X-Forwarded-For` and whether the connection was TLS, all of them copied into the
 * handshake when the socket connected, which is when this runs.
 * (Socket.IO's documented way to save memory: https://socket.io/docs/v4/memory-usage/.)
 */
export function dropHandshakeRequest(socket: SamradSocket): void {
  const { host, 'x-forwarded-for': forwardedFor } = socket.handshake.headers;
  socket.handshake.headers = { ...(host !== undefined && { host }), ...(forwardedFor !== undefined && { 'x-forwarded-for': forwardedFor }) };
  (socket.conn as unknown as { request: unknown }).request = null;
}
