import { io as connect } from 'socket.io-client';
import type { ParticipantSelf } from '../../src/lib/domain/views.js';
import type { ClientPayload, CommandEvent } from '../../src/lib/protocol/schemas.js';
import { send, type TestAck, type TestSocket } from './helpers.js';

interface Pending {
  event: CommandEvent;
  payload: { commandId: string };
  resolve: (ack: TestAck<CommandEvent>) => void;
}

/** Socket.IO's typings cannot follow the queued commands' mixed events through `emit`. */
type LooseEmit = { emit(event: CommandEvent, payload: unknown, ack: (ack: TestAck<CommandEvent>) => void): void };

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
    const ack = await send(socket, 'participant:join', { code: this.code, ...(this.token ? { token: this.token } : {}) });
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

  send<E extends CommandEvent>(event: E, payload: ClientPayload<E>): Promise<TestAck<E>> {
    return new Promise((resolve) => {
      const pending: Pending = { event, payload, resolve: resolve as (ack: TestAck<CommandEvent>) => void };
      this.#pending.set(payload.commandId, pending);
      this.#emit(pending);
    });
  }

  #emit(pending: Pending): void {
    const socket = this.socket;
    (socket as unknown as LooseEmit).emit(pending.event, pending.payload, (ack) => {
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
