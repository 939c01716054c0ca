import type { ErrorCode } from '../domain/types.js';
import type { Ack, AckData } from '../protocol/events.js';
import type { ClientPayload } from '../protocol/schemas.js';
import { applyDelta, type AudienceDelta } from '../domain/deltas.js';
import type { AudienceSnapshot, ParticipantSelf } from '../domain/views.js';
import { CommandQueue } from './command-queue.svelte.js';
import { RETRY_LATER, type CommandEvent, type CommandInput, type QueuedCommand } from './commands.js';
import { forgetFacilitatorKey, rememberFacilitatorKey } from './facilitator-key.js';
import { forgetParticipant, joinWorkshop, type JoinSpec, type Retention } from './join.js';
import { selfAfterAck } from './self.js';
import { openSocket, request, requestQueued, type AppSocket } from './socket.js';
import { keys } from './storage.js';
import { rawList } from './raw-list.js';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';
/**
 * Why a connection ended for good: the workshop was deleted, this console's key was
 * replaced from another console, or this participant deleted their own data.
 */
export type EndReason = 'deleted' | 'key-rotated' | 'erased';
export type { JoinSpec } from './join.js';

export interface CommandFailure {
  event: CommandEvent;
  error: ErrorCode;
  /** The post text, when a post was refused, so the page can give it back to its author. */
  text?: string;
  /** The post a refused vote was for, so the page can say so where it was tapped. */
  postId?: string;
  at: number;
}

const RETRY_MS = 1500;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One socket joined to one workshop in one role. It (re)joins on every connect, keeps the
 * snapshot current from deltas (asking for a fresh one on a version gap), and sends queued
 * commands in order, one at a time, only while joined. A command leaves the queue only
 * when the server has answered it, so nothing typed offline is lost or applied twice.
 */
export class WorkshopConnection {
  status = $state<ConnectionStatus>('connecting');
  snapshot = $state<AudienceSnapshot | null>(null);
  self = $state.raw<ParticipantSelf | null>(null);
  joinUrl = $state<string | null>(null);
  workshopId = $state<string | null>(null);
  /** Joining was refused for good (unknown code, wrong key): the page explains instead. */
  joinError = $state<ErrorCode | null>(null);
  lastError = $state<CommandFailure | null>(null);
  /** Consoles: when the workshop will be deleted unless it changes before (from the join). */
  retention = $state<Retention | null>(null);
  /** Set once the connection has ended for good; it no longer reconnects. */
  ended = $state<EndReason | null>(null);
  /** Server time minus this device's time, from the last snapshot or info delta. */
  clockOffset = $state(0);
  readonly queue: CommandQueue;

  readonly #spec: JoinSpec;
  readonly #socket: AppSocket;
  #joined = false;
  #flushing = false;
  #syncing = false;
  #stopped = false;
  /** Callers of `ask` waiting for their command's answer, by commandId. */
  readonly #waiting = new Map<string, (ack: Ack<object>) => void>();

  constructor(spec: JoinSpec) {
    this.#spec = spec;
    const queueId = spec.role === 'facilitator' ? spec.workshopId : spec.code;
    this.queue = new CommandQueue(spec.role === 'screen' ? null : keys.queue(spec.role, queueId));
    // A first join means a new participant: commands left by an earlier one must not be
    // sent in this person's name.
    if (spec.role === 'participant' && spec.profile) this.queue.clear();
    this.#socket = openSocket();
    this.#socket.on('connect', () => void this.#join());
    this.#socket.on('disconnect', () => this.#lost());
    this.#socket.on('connect_error', () => this.#lost());
    this.#socket.on('workshop:changed', (delta) => this.#onDelta(delta));
    this.#socket.on('workshop:deleted', () => this.#end('deleted'));
    // A fault on the server, not an end: keep the queue and the token, and join again until it answers.
    this.#socket.on('workshop:failed', () => {
      this.#lost();
      void this.#join();
    });
    this.#socket.on('facilitator:key-rotated', () => this.#end('key-rotated'));
  }

  start(): void {
    addEventListener('online', this.#online);
    addEventListener('offline', this.#offline);
    this.#socket.connect();
  }

  stop(): void {
    this.#stopped = true;
    removeEventListener('online', this.#online);
    removeEventListener('offline', this.#offline);
    this.#socket.disconnect();
  }

  /** Queues a command and sends it as soon as the connection allows. */
  send(input: CommandInput): QueuedCommand {
    const command = this.queue.add(input);
    void this.#flush();
    return command;
  }

  /**
   * Like `send`, and resolves with the server's answer once it comes (after a reconnect if
   * need be), for forms that react to a refusal, e.g. by asking to confirm. A refusal then
   * goes to the caller only, not to `lastError`.
   */
  ask<E extends CommandEvent>(input: { event: E; payload: Omit<ClientPayload<E>, 'commandId'> }): Promise<Ack<AckData[E]>> {
    const command = this.queue.add(input as CommandInput);
    // The waiter is called with the answer to this very command: E's acknowledgement.
    const answer = new Promise<Ack<AckData[E]>>((resolve) => this.#waiting.set(command.payload.commandId, resolve as (ack: Ack<object>) => void));
    void this.#flush();
    return answer;
  }

  /** A page of a large round's posts beyond this phone's share (null: not connected or no answer). */
  browse(payload: ClientPayload<'posts:browse'>): Promise<Ack<AckData['posts:browse']> | null> {
    return request(this.#socket, 'posts:browse', payload);
  }

  /** The server's time now, for countdowns: a phone with a wrong clock still shows the right time left. */
  serverNow(): number {
    return Date.now() + this.clockOffset;
  }

  dismissError(): void {
    this.lastError = null;
  }

  // The browser knows first when the network is gone; socket.io would only notice after
  // its ping timeout. Closing the transport makes the state (and the queue) honest at once,
  // while socket.io keeps trying to reconnect on its own in case no "online" event comes.
  #offline = () => {
    this.#socket.io.engine?.close();
    this.#joined = false;
    this.status = 'offline';
  };

  // Back online: try at once instead of waiting out socket.io's reconnection back-off.
  #online = () => {
    if (this.#stopped || this.#socket.connected) return;
    this.status = 'reconnecting';
    this.#socket.disconnect().connect();
  };

  #lost(): void {
    this.#joined = false;
    if (this.status === 'connecting' && !this.snapshot) return;
    this.status = navigator.onLine === false ? 'offline' : 'reconnecting';
  }

  async #join(): Promise<void> {
    const result = await joinWorkshop(this.#socket, this.#spec);
    if (this.#stopped || !this.#socket.connected) return;
    if (result.kind === 'retry') {
      await wait(RETRY_MS);
      if (this.#socket.connected && !this.#joined) void this.#join();
      return;
    }
    if (result.kind === 'refused') {
      this.joinError = result.error;
      this.stop();
      return;
    }
    this.#setSnapshot(result.snapshot);
    this.joinUrl = result.joinUrl ?? this.joinUrl;
    this.workshopId = result.workshopId ?? this.workshopId;
    if (result.self) this.self = result.self;
    this.retention = result.retention ?? this.retention;
    // Kept only once the server accepted it: an old link opened later must not overwrite a newer key.
    if (this.#spec.role === 'facilitator') rememberFacilitatorKey(this.#spec.workshopId, this.#spec.key);
    this.joinError = null;
    this.#joined = true;
    this.status = 'connected';
    void this.#flush();
  }

  #setSnapshot(snapshot: AudienceSnapshot): void {
    this.snapshot = { ...snapshot, posts: rawList(snapshot.posts) };
    this.clockOffset = snapshot.now - Date.now();
  }

  #onDelta(delta: AudienceDelta): void {
    if (!this.snapshot || !this.#joined) return;
    if (!applyDelta(this.snapshot, delta, rawList)) return void this.#sync();
    if (delta.now !== undefined) this.clockOffset = delta.now - Date.now();
    if (this.self && touchesSelf(this.self, delta)) void this.#sync();
  }

  async #sync(): Promise<void> {
    if (this.#syncing) return;
    this.#syncing = true;
    const ack = await request(this.#socket, 'sync:request', {});
    this.#syncing = false;
    if (ack?.ok) {
      this.#setSnapshot(ack.snapshot);
      if (ack.self) this.self = ack.self;
    } else if (this.#joined) {
      await wait(RETRY_MS);
      if (this.#joined) void this.#sync();
    }
  }

  async #flush(): Promise<void> {
    if (this.#flushing) return;
    this.#flushing = true;
    try {
      while (this.#joined && this.queue.head) {
        const command = this.queue.head;
        const ack = await requestQueued(this.#socket, command);
        if (!ack || (!ack.ok && RETRY_LATER.has(ack.error))) {
          // No answer or "not now": keep it, same commandId. After a disconnect the loop
          // ends here and the next join starts it again.
          await wait(RETRY_MS);
          continue;
        }
        if (!ack.ok && ack.error === 'not_joined') {
          // The server lost our join (e.g. it restarted): join again, then resend.
          this.#joined = false;
          void this.#join();
          break;
        }
        this.#settle(command, ack);
      }
    } finally {
      this.#flushing = false;
    }
  }

  #settle(command: QueuedCommand, ack: NonNullable<Awaited<ReturnType<typeof request>>>): void {
    this.queue.remove(command.payload.commandId);
    // The new key is kept here, not by the page: a rotation re-sent after a reload has no page waiting for it.
    if (command.event === 'facilitator:rotate-key' && ack.ok && 'key' in ack && typeof ack.key === 'string' && this.#spec.role === 'facilitator') {
      this.#spec.key = ack.key;
      rememberFacilitatorKey(this.#spec.workshopId, ack.key);
    }
    if (this.self) this.self = selfAfterAck(this.self, command, ack);
    if (this.self && command.event === 'post:create' && ack.ok && 'postId' in ack && typeof ack.postId === 'string') {
      // A queued post reaches no one else until approved: keep its words on this phone.
      const postId = ack.postId;
      if (this.snapshot?.info.settings.moderationQueue && !this.snapshot.posts.some((p) => p.id === postId) && !this.self.pending.some((p) => p.id === postId)) {
        const { roundId, topicIds, text } = command.payload;
        this.self = { ...this.self, pending: [...this.self.pending, { id: postId, roundId, topicIds, text }] };
      }
    }
    const waiter = this.#waiting.get(command.payload.commandId);
    this.#waiting.delete(command.payload.commandId);
    waiter?.(ack);
    if (!ack.ok && !waiter && !isHarmless(command.event, ack.error)) {
      const text = command.event === 'post:create' ? command.payload.text : undefined;
      const postId = command.event === 'vote:cast' || command.event === 'vote:retract' ? command.payload.postId : undefined;
      this.lastError = { event: command.event, error: ack.error, text, postId, at: Date.now() };
    }
    // A refused vote means this view was stale (another tab of the same person voted, or
    // the budget moved): fetch the truth at once instead of showing votes that are gone.
    if (!ack.ok && (command.event === 'vote:cast' || command.event === 'vote:retract')) void this.#sync();
    if (command.event === 'participant:erase' && ack.ok) this.#end('erased');
  }

  /**
   * Ends the connection for good. Nothing queued can still apply, and a participant's
   * device forgets its token, so a reload offers to join afresh instead of rejoining
   * as someone who no longer exists. Callers still waiting hear the outcome: a delete
   * that this console asked for did happen, anything else was not done.
   */
  #end(reason: EndReason): void {
    if (this.ended) return;
    this.ended = reason;
    for (const command of this.queue.items) {
      const waiter = this.#waiting.get(command.payload.commandId);
      waiter?.(command.event === 'workshop:delete' && reason === 'deleted' ? { ok: true } : { ok: false, error: 'not_joined' });
    }
    this.#waiting.clear();
    this.queue.clear();
    if (this.#spec.role === 'participant') forgetParticipant(this.#spec.code);
    if (this.#spec.role === 'facilitator') forgetFacilitatorKey(this.#spec.workshopId, this.#spec.key);
    this.#joined = false;
    this.stop();
  }
}

/**
 * Whether a delta changed something the participant's own record depends on: a post they
 * voted for was merged, hidden or removed (the server moved or gave back those votes), or
 * a queued post of theirs was approved, one of their own posts was hidden (or shown again).
 * A fresh `self` then comes with a sync.
 */
function touchesSelf(self: ParticipantSelf, delta: AudienceDelta): boolean {
  const mine = new Set([...self.votes, ...self.pending.map((p) => p.id)]);
  const hidden = new Set(self.hidden.map((p) => p.id));
  const written = new Set(self.postIds);
  if (mine.size === 0 && written.size === 0) return false;
  return (
    (delta.posts ?? []).some((p) => (mine.has(p.id) && (!!p.mergedInto || self.pending.some((q) => q.id === p.id))) || hidden.has(p.id)) ||
    (delta.removed ?? []).some((id) => mine.has(id) || (written.has(id) && !hidden.has(id)))
  );
}

/** Refusals that only mean "it is already so": no need to alarm anybody. */
function isHarmless(event: CommandEvent, error: ErrorCode): boolean {
  return (event === 'vote:cast' && error === 'already_voted') || (event === 'vote:retract' && error === 'not_voted');
}
