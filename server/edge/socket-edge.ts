import type { z } from 'zod';
import type { Actor, CommandOf, ErrorCode } from '../../src/lib/domain/types.js';
import { browsePosts } from '../../src/lib/domain/browse.js';
import { findRound } from '../../src/lib/domain/rules.js';
import { groupOf } from '../../src/lib/domain/sample.js';
import { participantSelf, workshopPreview } from '../../src/lib/domain/views.js';
import { COMMANDS, roleOf, type EdgeCommand, type SentCommand } from '../../src/lib/protocol/commands.js';
import type { Ack, AckCallback, AckData } from '../../src/lib/protocol/events.js';
import { CLIENT_EVENTS, clientSchemas, CONTRIBUTION_EVENTS, maxCharsOf, type ClientEventName, type ParsedPayload, type SessionEvent } from '../../src/lib/protocol/schemas.js';
import { joinUrl, type Config } from '../config.js';
import type { Hub } from '../hub/hub.js';
import { logger } from '../logger.js';
import { hashSecret, newParticipantId, newSecret, secretMatches } from '../secrets.js';
import type { WorkshopRuntime } from '../hub/workshop-runtime.js';
import { enterRoom, leaveRooms, roomOf, type SamradServer, type SamradSocket } from './rooms.js';
import { parsePayload } from './validate.js';
import { dropHandshakeRequest } from './lean-sockets.js';
import { lookUpTypedCode } from './code-lookup.js';
import { clientAddress, RateLimits } from './rate-limits.js';
import { deleteAt } from '../retention/retention.js';
import type { WorkshopDeleter } from '../retention/workshop-deleter.js';
import type { Metrics } from '../metrics/metrics.js';

/** Each event's handler gets its parsed payload and answers with that event's acknowledgement. */
type Handler<E extends ClientEventName> = (socket: SamradSocket, payload: ParsedPayload<E>) => Promise<Ack<AckData[E]>>;
type Handlers<E extends ClientEventName> = { [K in E]: Handler<K> };

const KNOWN_EVENTS = new Set<string>(CLIENT_EVENTS);

/** Checked before parsing: see each command's `maxChars` in the registry (a setup is the one big message). */
const tooLarge = (event: ClientEventName, payload: unknown) => {
  try {
    return (JSON.stringify(payload)?.length ?? 0) > maxCharsOf(event);
  } catch {
    return true;
  }
};

const fail = (error: ErrorCode) => ({ ok: false, error }) as const;

/** Parses an event's payload with its schema (zod's types cannot follow a generic event through the schema map: the cast says what `clientSchemas` holds). */
const parseEvent = <E extends ClientEventName>(event: E, payload: unknown) =>
  parsePayload(clientSchemas[event] as z.ZodType, payload) as { ok: true; data: ParsedPayload<E> } | { ok: false; error: ErrorCode };

/**
 * The socket edge. Each handler reads as its steps: validate the payload → check who is
 * asking → append to the log (through the hub) → acknowledge. Others learn of the change
 * from the ticker's next delta, never from here.
 */
export function registerSocketEdge(io: SamradServer, hub: Hub, config: Config, limits: RateLimits, deleter: WorkshopDeleter, metrics: Metrics): void {
  const addressOf = (socket: SamradSocket) => clientAddress(socket.handshake, config.trustProxy);

  /**
   * The key hash each facilitator socket of this process joined with. After a rotation
   * (applied here from the log, whichever process did it) a console holding the old key
   * is no longer a facilitator: whatever it sends is answered not_joined, so it joins
   * again and is refused.
   */
  const joinedWithKey = new WeakMap<SamradSocket, string>();
  const keyStillValid = (socket: SamradSocket, runtime: WorkshopRuntime) =>
    socket.data.audience !== 'facilitator' || joinedWithKey.get(socket) === runtime.state.keyHash;
  /** The workshop a socket is in, or undefined when it is in none (or its key was rotated). */
  const joinedRuntime = (socket: SamradSocket) => {
    const { workshopId, audience } = socket.data;
    const runtime = workshopId ? hub.loaded(workshopId) : undefined;
    if (!runtime || !audience) return undefined;
    if (keyStillValid(socket, runtime)) return runtime;
    void socket.leave(roomOf(runtime.id, 'facilitator'));
    socket.data.audience = undefined;
    return undefined;
  };
  const originOf = (socket: SamradSocket) => {
    const host = socket.handshake.headers.host ?? `localhost:${config.port}`;
    return `${socket.handshake.secure ? 'https' : 'http'}://${host}`;
  };

  /** A code as typed on a phone, within the socket's and its address's wrong-code allowance. */
  const findByCode = (socket: SamradSocket, typed: string) => lookUpTypedCode(hub, limits, { id: socket.id, address: addressOf(socket) }, typed);

  /** Each join and resync answers with a whole snapshot, the biggest answer there is: counted per socket and address. */
  const maySnapshot = (socket: SamradSocket) => limits.allowSnapshot(socket.id, addressOf(socket));

  /** Joining and re-reading; every other event is a command and goes through `submitCommand`. */
  const sessionHandlers: Handlers<SessionEvent> = {
    'participant:join': async (socket, payload) => {
      const runtime = await findByCode(socket, payload.code);
      if (runtime === 'rate_limited') return fail('rate_limited');
      if (!runtime) return fail('workshop_not_found');
      if (!(await maySnapshot(socket))) return fail('rate_limited');
      // The browser chooses its token before its first join, so a join whose
      // acknowledgement was lost can be re-sent without creating a second participant.
      const token = payload.token ?? newSecret();
      const tokenHash = hashSecret(token);
      let participantId = runtime.state.participantByToken.get(tokenHash);
      if (!participantId) {
        // Each new participant brings a new vote budget: how many one address makes is limited.
        if (!(await limits.allowNewParticipant(addressOf(socket)))) return fail('rate_limited');
        const newcomer = newParticipantId();
        const outcome = await hub.submit(runtime, { role: 'participant', participantId: newcomer }, 'join', {
          type: 'participant:join',
          participantId: newcomer,
          tokenHash,
          name: payload.name ?? '',
          association: payload.association ?? '',
          sector: payload.sector ?? '',
          table: payload.table ?? null,
          showName: payload.showName ?? false
        });
        // already_exists: the same token joined concurrently (two tabs, a re-send); that join counts.
        participantId = outcome.ok ? newcomer : runtime.state.participantByToken.get(tokenHash);
        if (!participantId) return outcome.ok ? fail('internal') : outcome;
      }
      enterRoom(socket, runtime.id, 'participant', participantId);
      const self = participantSelf(runtime.state, participantId)!;
      return { ok: true, workshopId: runtime.id, token, self, snapshot: runtime.snapshot('participant', Date.now(), groupOf(participantId)) };
    },

    'screen:join': async (socket, payload) => {
      const runtime = await findByCode(socket, payload.code);
      if (runtime === 'rate_limited') return fail('rate_limited');
      if (!runtime) return fail('workshop_not_found');
      if (!(await maySnapshot(socket))) return fail('rate_limited');
      enterRoom(socket, runtime.id, 'screen');
      return { ok: true, snapshot: runtime.snapshot('screen', Date.now()), joinUrl: joinUrl(config, runtime.state.code, originOf(socket)) };
    },

    'workshop:preview': async (socket, payload) => {
      const runtime = await findByCode(socket, payload.code);
      if (runtime === 'rate_limited') return fail('rate_limited');
      if (!runtime) return fail('workshop_not_found');
      return { ok: true, preview: workshopPreview(runtime.state) };
    },

    'facilitator:join': async (socket, payload) => {
      const runtime = await hub.findById(payload.workshopId);
      // The same answer for an unknown workshop and a wrong key: ids cannot be probed.
      if (!runtime || !secretMatches(payload.key, runtime.state.keyHash)) return fail('unauthorized');
      if (!(await maySnapshot(socket))) return fail('rate_limited');
      enterRoom(socket, runtime.id, 'facilitator');
      joinedWithKey.set(socket, runtime.state.keyHash);
      return {
        ok: true,
        snapshot: runtime.snapshot('facilitator', Date.now()),
        joinUrl: joinUrl(config, runtime.state.code, originOf(socket)),
        retention: { deleteAt: deleteAt(runtime.state.updatedAt, config.retentionDays), days: config.retentionDays }
      };
    },

    'sync:request': async (socket) => {
      const runtime = joinedRuntime(socket);
      const { audience, participantId } = socket.data;
      if (!runtime || !audience) return fail('not_joined');
      if (!(await maySnapshot(socket))) return fail('rate_limited');
      const snapshot = runtime.snapshot(audience, Date.now(), participantId ? groupOf(participantId) : undefined);
      const self = participantId ? participantSelf(runtime.state, participantId) : undefined;
      return self ? { ok: true, snapshot, self } : { ok: true, snapshot };
    },

    /** Reading further in a large round than a phone's share of it; counted like any event. */
    'posts:browse': async (socket, payload) => {
      const runtime = joinedRuntime(socket);
      const { audience, participantId } = socket.data;
      if (!runtime || audience !== 'participant' || !participantId) return fail('not_joined');
      if (!findRound(runtime.state.setup, payload.roundId)) return fail('unknown_round');
      return { ok: true, ...browsePosts(runtime.state, payload, groupOf(participantId)) };
    }
  };

  /** The workshop a facilitator socket runs, or why it may not act on one. */
  const facilitated = (socket: SamradSocket) => {
    const runtime = joinedRuntime(socket);
    if (!runtime) return fail('not_joined');
    return socket.data.audience === 'facilitator' ? runtime : fail('forbidden');
  };

  const edgeHandlers: Handlers<EdgeCommand> = {
    /**
     * A new key, made here and given only to the console that asked. Every other console
     * (in any process) is told and taken out of the facilitator room at once, so it gets
     * no more sign-ups or hidden posts; what it sends next is answered not_joined.
     */
    'facilitator:rotate-key': async (socket, payload) => {
      const runtime = facilitated(socket);
      if ('ok' in runtime) return runtime;
      const rotated = await hub.rotateKey(runtime, payload.commandId);
      if (!rotated.ok) return rotated;
      joinedWithKey.set(socket, runtime.state.keyHash);
      const others = io.in(roomOf(runtime.id, 'facilitator')).except(socket.id);
      others.emit('facilitator:key-rotated', { workshopId: runtime.id });
      others.socketsLeave(roomOf(runtime.id, 'facilitator'));
      logger.info('facilitator_key_rotated', { workshopId: runtime.id });
      return { ok: true, key: rotated.key };
    },

    /** Deletes the workshop and everything in it, now. A re-sent delete is answered ok. */
    'workshop:delete': async (socket) => {
      if (socket.data.audience === 'facilitator' && socket.data.workshopId && hub.wasDeleted(socket.data.workshopId)) return { ok: true };
      const runtime = facilitated(socket);
      if ('ok' in runtime) return runtime;
      await deleter.delete(runtime.id, 'facilitator');
      return { ok: true };
    }
  };

  /** After "delete my data" the socket no longer speaks for anyone: its next command is not_joined. */
  function afterErase(socket: SamradSocket): void {
    leaveRooms(socket);
    socket.data.participantId = undefined;
    socket.data.audience = undefined;
  }

  /** Commands that change a workshop: who may send them is the command's role in the registry. */
  async function submitCommand<K extends SentCommand>(socket: SamradSocket, type: K, payload: ParsedPayload<K>): Promise<Ack<AckData[K]>> {
    const runtime = joinedRuntime(socket);
    const { audience, participantId } = socket.data;
    if (!runtime || !audience) return fail('not_joined');
    const needed = roleOf(type);
    if (audience !== needed) return fail('forbidden');
    const actor: Actor = needed === 'participant' ? { role: 'participant', participantId: participantId! } : { role: 'facilitator' };
    const { commandId, ...fields } = payload;
    // The registry holds each entry's parsed payload to its domain command's fields.
    const command = { type, ...fields } as unknown as CommandOf<K>;
    const outcome = await hub.submit(runtime, actor, commandId, command);
    if (type === 'participant:erase' && outcome.ok) afterErase(socket);
    // What K's apply answered: its registry rule types it as K's acknowledgement.
    return outcome as Ack<AckData[K]>;
  }

  const commandHandlers = Object.fromEntries(
    (Object.keys(COMMANDS) as SentCommand[]).map((type) => [type, (socket: SamradSocket, payload: ParsedPayload<typeof type>) => submitCommand(socket, type, payload)])
  ) as Handlers<SentCommand>;
  const handlers: Handlers<ClientEventName> = { ...sessionHandlers, ...edgeHandlers, ...commandHandlers };

  /**
   * Every event a socket sends, known or not, through one listener that all sockets share
   * (Socket.IO calls it with the socket as `this`): a listener per event and socket cost
   * each phone about 4 KB of heap in closures and listener tables. What arrives is whatever
   * the client sent: the payload is parsed before use, and the acknowledgement may be missing.
   */
  function dispatch(this: SamradSocket, event: unknown, ...args: unknown[]): void {
    if (typeof event === 'string' && KNOWN_EVENTS.has(event)) return void handle(this, event as ClientEventName, args[0], args[1]);
    void refuseUnknown(this, args.at(-1));
  }

  /** Unknown events count against the socket's allowance like any other event. */
  async function refuseUnknown(socket: SamradSocket, ack: unknown): Promise<void> {
    const allowed = await limits.allowEvent(socket.id);
    if (typeof ack === 'function') (ack as AckCallback)(fail(allowed ? 'unknown_event' : 'rate_limited'));
  }

  io.on('connection', (socket) => {
    dropHandshakeRequest(socket);
    socket.onAny(dispatch);
  });

  async function handle<E extends ClientEventName>(socket: SamradSocket, event: E, payload: unknown, ack: unknown): Promise<void> {
    // A command without an acknowledgement callback still runs; its sender just hears nothing.
    const answer = typeof ack === 'function' ? (ack as AckCallback<AckData[E]>) : undefined;
    const reply = (outcome: Ack<AckData[E]>) => {
      metrics.commandAnswered(event, outcome);
      answer?.(outcome);
    };
    if (!(await limits.allowEvent(socket.id))) return reply(fail('rate_limited'));
    if (tooLarge(event, payload)) return reply(fail('payload_too_large'));
    const parsed = parseEvent(event, payload);
    if (!parsed.ok) return reply(parsed);
    try {
      // Posts and votes also count against the address: phones behind one NAT share it, a script's many sockets too.
      if (CONTRIBUTION_EVENTS.has(event) && !(await limits.allowContribution(addressOf(socket)))) return reply(fail('rate_limited'));
      const handler: Handler<E> = handlers[event];
      reply(await handler(socket, parsed.data));
    } catch (error) {
      logger.error('command_failed', { event, workshopId: socket.data.workshopId, error: error instanceof Error ? error.name + ': ' + error.message : 'unknown' });
      reply(fail('unavailable'));
    }
  }
}
