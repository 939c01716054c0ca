import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Config } from '../config.js';
import { sameOrigin } from './origin.js';
import { clientAddress, type RateLimits } from './rate-limits.js';
import type { SamradServer } from './rooms.js';

type AdmissionConfig = Pick<Config, 'publicUrl' | 'trustProxy'>;

const addressOf = (req: IncomingMessage, config: AdmissionConfig) =>
  clientAddress({ address: req.socket.remoteAddress ?? '', headers: req.headers }, config.trustProxy);

/**
 * Socket.IO's `allowRequest`, run at each new connection's handshake: only pages of our
 * own origin (no CORS is configured, and WebSockets need this check of their own), and
 * only while the address has fewer sockets open here than it may. Each socket can ask for
 * whole snapshots; a script opening thousands would make the server build and send them.
 */
export function admitSocket(config: AdmissionConfig, limits: RateLimits) {
  return (req: IncomingMessage, callback: (error: string | null | undefined, success: boolean) => void) => {
    if (!sameOrigin(req, config)) return callback('origin_not_allowed', false);
    if (!limits.mayOpenSocket(addressOf(req, config))) return callback('too_many_connections', false);
    callback(null, true);
  };
}

/** Counts the sockets open per address (the handshake that `admitSocket` let through opens one at once). */
export function countSocketsPerAddress(io: SamradServer, config: AdmissionConfig, limits: RateLimits): void {
  io.engine.on('connection', (socket: { request: IncomingMessage; once(event: 'close', listener: () => void): void }) => {
    const address = addressOf(socket.request, config);
    limits.socketOpened(address);
    socket.once('close', () => limits.socketClosed(address));
  });
}

/**
 * The handshake is the only request `allowRequest` sees: a session opened by polling and
 * then upgraded to a WebSocket would bring its upgrade unchecked. Every upgrade passes the
 * same Origin check first, in front of Socket.IO's own listener.
 */
export function checkUpgradeOrigins(server: HttpServer, config: AdmissionConfig): void {
  const listeners = server.listeners('upgrade') as Array<(req: IncomingMessage, socket: Duplex, head: Buffer) => void>;
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!sameOrigin(req, config)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    for (const listener of listeners) listener.call(server, req, socket, head);
  });
}
