import type { Actor, Command, ErrorCode } from '../../src/lib/domain/types.js';
import { groupOf } from '../../src/lib/domain/sample.js';
import { participantSelf, workshopPreview, type Audience } from '../../src/lib/domain/views.js';
import type { Ack } from '../../src/lib/protocol/events.js';
import { CLIENT_EVENTS, clientSchemas, FACILITATOR_EVENTS, SESSION_EVENTS, type ClientEventName, type ParsedPayload } from '../../src/lib/protocol/schemas.js';
import { joinUrl, type Config } from '../config.js';
import type { Hub } from '../hub/hub.js';
import { logger } from '../logger.js';
import { hashSecret, newParticipantId, newSecret, secretMatches } from '../secrets.js';
import type { WorkshopRuntime } from '../hub/workshop-runtime.js';
import { enterRoom, leaveRooms, roomOf, type SamradServer, type SamradSocket } from './rooms.js';
import { parsePayload } from './validate.js';
import { dropHandshakeRequest } from './lean-sockets.js';
import { lookUpTypedCode } from './code-lookup.js';
import { clientAddress, CONTRIBUTION_EVENTS, RateLimits } from './rate-limits.js';
import { deleteAt } from '../retention/retention.js';
import type { WorkshopDeleter } from '../retention/workshop-deleter.js';
import type { Metrics } from '../metrics/metrics.js';

type Reply = (ack: Ack<object>) => void;

type SessionEvent = 'participant:join' | 'screen:join' | 'facilitator:join' | 'sync:request' | 'workshop:preview';
const isSessionEvent = (event: ClientEventName): event is SessionEvent => SESSION_EVENTS.has(event);
/** Facilitator operations on the workshop as a whole, done at the edge rather than as a plain command. */
type WorkshopEvent = 'facilitator:rotate-key' | 'workshop:delete';
const WORKSHOP_EVENTS: ReadonlySet<ClientEventName> = new Set<WorkshopEvent>(['facilitator:rotate-key', 'workshop:delete']);
const isWorkshopEvent = (event: ClientEventName): event is WorkshopEvent => WORKSHOP_EVENTS.has(event);
type Handler<E extends ClientEventName> = (socket: SamradSocket, payload: ParsedPayload<E>) => Promise<Ack<object>>;

const KNOWN_EVENTS = new Set<string>(CLIENT_EVENTS);

/**
 * Per-event size limits, checked before parsing: a whole workshop setup is the one big
 * message; everything else fits in a few kilobytes (a post is at most 500 characters).
 */
const MAX_EVENT_BYTES = 10_000;
const MAX_SETUP_BYTES = 60_000;
const tooLarge = (event: ClientEventName, payload: unknown) => {
  const limit = event === 'setup:update' ? MAX_SETUP_BYTES : MAX_EVENT_BYTES;
  try {
    return (JSON.stringify(payload)?.length ?? 0) > limit;
  } catch {
    return true;
  }
};

const fail = (error: ErrorCode): Ack<object> => ({ ok: false, error });

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
  const sessionHandlers: { [E in SessionEvent]: Handler<E> } = {
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

  };

  /** The workshop a facilitator socket runs, or why it may not act on one. */
  const facilitated = (socket: SamradSocket) => {
    const runtime = joinedRuntime(socket);
    if (!runtime) return fail('not_joined');
    return socket.data.audience === 'facilitator' ? runtime : fail('forbidden');
  };

  const workshopHandlers: { [E in WorkshopEvent]: Handler<E> } = {
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

  /** Commands that change a workshop: who may send them follows from the socket's role. */
  async function submitCommand(socket: SamradSocket, event: ClientEventName, payload: { commandId: string }): Promise<Ack<object>> {
    const runtime = joinedRuntime(socket);
    const { audience, participantId } = socket.data;
    if (!runtime || !audience) return fail('not_joined');
    const needed: Audience = FACILITATOR_EVENTS.has(event) ? 'facilitator' : 'participant';
    if (audience !== needed) return fail('forbidden');
    const actor: Actor = needed === 'participant' ? { role: 'participant', participantId: participantId! } : { role: 'facilitator' };
    const { commandId, ...fields } = payload;
    // The payload's fields are the command's fields (the schemas mirror domain Command).
    const command = { type: event, ...fields } as Command;
    if (command.type === 'participant:update') Object.assign(command, { sector: command.sector ?? '', table: command.table ?? null, showName: command.showName ?? false });
    const outcome = await hub.submit(runtime, actor, commandId, command);
    if (command.type === 'participant:erase' && outcome.ok) afterErase(socket);
    return outcome;
  }

  /**
   * Every event a socket sends, known or not, through one listener that all sockets share
   * (Socket.IO calls it with the socket as `this`): a listener per event and socket cost
   * each phone about 4 KB of heap in closures and listener tables.
   */
  function dispatch(this: SamradSocket, event: unknown, ...args: unknown[]): void {
    if (typeof event === 'string' && KNOWN_EVENTS.has(event)) return void handle(this, event as ClientEventName, args[0], args[1]);
    void refuseUnknown(this, args.at(-1));
  }

  /** Unknown events count against the socket's allowance like any other event. */
  async function refuseUnknown(socket: SamradSocket, ack: unknown): Promise<void> {
    const allowed = await limits.allowEvent(socket.id);
    if (typeof ack === 'function') (ack as Reply)(fail(allowed ? 'unknown_event' : 'rate_limited'));
  }

  io.on('connection', (socket) => {
    dropHandshakeRequest(socket);
    socket.onAny(dispatch);
  });

  async function handle(socket: SamradSocket, event: ClientEventName, payload: unknown, ack: unknown): Promise<void> {
    // A command without an acknowledgement callback still runs; its sender just hears nothing.
    const answer: Reply = typeof ack === 'function' ? (ack as Reply) : () => {};
    const reply: Reply = (outcome) => {
      metrics.commandAnswered(event, outcome);
      answer(outcome);
    };
    if (!(await limits.allowEvent(socket.id))) return reply(fail('rate_limited'));
    if (tooLarge(event, payload)) return reply(fail('payload_too_large'));
    const parsed = parsePayload(clientSchemas[event], payload);
    if (!parsed.ok) return reply(parsed);
    try {
      // Posts and votes also count against the address: phones behind one NAT share it, a script's many sockets too.
      if (CONTRIBUTION_EVENTS.has(event) && !(await limits.allowContribution(addressOf(socket)))) return reply(fail('rate_limited'));
      const data = parsed.data as never;
      reply(
        isSessionEvent(event)
          ? await (sessionHandlers[event] as Handler<SessionEvent>)(socket, data)
          : isWorkshopEvent(event)
            ? await (workshopHandlers[event] as Handler<WorkshopEvent>)(socket, data)
            : await submitCommand(socket, event, data)
      );
    } catch (error) {
      logger.error('command_failed', { event, workshopId: socket.data.workshopId, error: error instanceof Error ? error.name + ': ' + error.message : 'unknown' });
      reply(fail('unavailable'));
    }
  }
}
