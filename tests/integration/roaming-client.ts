import { io as connect } from 'socket.io-client';
import type { ParticipantSelf } from '../../src/lib/domain/views.js';
import type { TestSocket } from './helpers.js';

interface Pending {
  event: string;
  payload: { commandId: string };
  resolve: (ack: any) => void;
}

/**
 * A participant behind a load balancer: when its process goes away it connects to
 * another one, joins again with its token and re-sends every unacknowledged command
 * with its original id — what the browser client does after a reconnect.
 */
export class RoamingParticipant {
  socket!: TestSocket;
  token: string | undefined;
  self!: ParticipantSelf;
  url = '';
  roams = 0;
  readonly #pending = new Map<string, Pending>();

  constructor(
    readonly code: string,
    readonly alive: () => string[],
    readonly first: string
  ) {}

  async start(): Promise<void> {
    await this.#connect(this.first);
  }

  async #connect(url: string): Promise<void> {
    this.url = url;
    const socket: TestSocket = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    this.socket = socket;
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const ack = await (socket.timeout(10_000) as any).emitWithAck('participant:join', { code: this.code, ...(this.token ? { token: this.token } : {}) });
    if (!ack.ok) throw new Error(`join failed: ${ack.error}`);
    this.token = ack.token;
    this.self = ack.self;
    socket.once('disconnect', () => void this.#roam());
    for (const pending of this.#pending.values()) this.#emit(pending);
  }

  async #roam(): Promise<void> {
    this.roams++;
    const others = this.alive().filter((u) => u !== this.url);
    await this.#connect(others[this.roams % others.length] ?? this.alive()[0]!);
  }

  send(event: string, payload: { commandId: string }): Promise<any> {
    return new Promise((resolve) => {
      const pending = { event, payload, resolve };
      this.#pending.set(payload.commandId, pending);
      this.#emit(pending);
    });
  }

  #emit(pending: Pending): void {
    const socket = this.socket;
    (socket as any).emit(pending.event, pending.payload, (ack: any) => {
      if (socket !== this.socket || !this.#pending.has(pending.payload.commandId)) return;
      this.#pending.delete(pending.payload.commandId);
      pending.resolve(ack);
    });
  }

  close(): void {
    this.socket.removeAllListeners('disconnect');
    this.socket.disconnect();
  }
}
