import { isJoinCode, normalizeJoinCode } from '../../src/lib/domain/code.js';
import type { Actor, Command, ErrorCode } from '../../src/lib/domain/types.js';
import { participantSelf, snapshotFor, workshopPreview, type Audience } from '../../src/lib/domain/views.js';
import type { Ack } from '../../src/lib/protocol/events.js';
import { CLIENT_EVENTS, clientSchemas, FACILITATOR_EVENTS, SESSION_EVENTS, type ClientEventName, type ParsedPayload } from '../../src/lib/protocol/schemas.js';
import { joinUrl, type Config } from '../config.js';
import type { Hub } from '../hub/hub.js';
import { logger } from '../logger.js';
import { hashSecret, newParticipantId, newSecret, secretMatches } from '../secrets.js';
import type { WorkshopRuntime } from '../hub/workshop-runtime.js';
import { enterRoom, type SamradServer, type SamradSocket } from './rooms.js';
import { parsePayload } from './validate.js';
import { RateLimits } from './rate-limits.js';

type Reply = (ack: Ack<object>) => void;

/** Staff snapshots carry the server's latest count of participants online. */
function withOnline<S extends { stats?: { online?: number } }>(runtime: WorkshopRuntime, snapshot: S): S {
  if (snapshot.stats) snapshot.stats.online = runtime.online;
  return snapshot;
}
type SessionEvent = 'participant:join' | 'screen:join' | 'facilitator:join' | 'sync:request' | 'workshop:preview';
const isSessionEvent = (event: ClientEventName): event is SessionEvent => SESSION_EVENTS.has(event);
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
export function registerSocketEdge(io: SamradServer, hub: Hub, config: Config, limits: RateLimits = new RateLimits()): void {
  const originOf = (socket: SamradSocket) => {
    const host = socket.handshake.headers.host ?? `localhost:${config.port}`;
    return `${socket.handshake.secure ? 'https' : 'http'}://${host}`;
  };

  /**
   * A code as typed on a phone; malformed codes are not even looked up. Wrong codes count
   * against the socket and its address; past the allowance no code is looked up at all,
   * so guessing cannot find a workshop.
   */
  const findByCode = async (socket: SamradSocket, typed: string) => {
    const address = socket.handshake.address;
    if (!(await limits.mayLookUpCodes(socket.id, address))) return 'rate_limited' as const;
    const code = normalizeJoinCode(typed);
    const runtime = isJoinCode(code) ? await hub.findByCode(code) : undefined;
    if (!runtime) await limits.wrongCode(socket.id, address);
    return runtime;
  };

  /** Joining and re-reading; every other event is a command and goes through `submitCommand`. */
  const sessionHandlers: { [E in SessionEvent]: Handler<E> } = {
    'participant:join': async (socket, payload) => {
      const runtime = await findByCode(socket, payload.code);
      if (runtime === 'rate_limited') return fail('rate_limited');
      if (!runtime) return fail('workshop_not_found');
      // The browser chooses its token before its first join, so a join whose
      // acknowledgement was lost can be re-sent without creating a second participant.
      const token = payload.token ?? newSecret();
      const tokenHash = hashSecret(token);
      let participantId = runtime.state.participantByToken.get(tokenHash);
      if (!participantId) {
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
      return { ok: true, workshopId: runtime.id, token, self, snapshot: snapshotFor(runtime.state, 'participant', runtime.versions.participant, Date.now()) };
    },

    'screen:join': async (socket, payload) => {
      const runtime = await findByCode(socket, payload.code);
      if (runtime === 'rate_limited') return fail('rate_limited');
      if (!runtime) return fail('workshop_not_found');
      enterRoom(socket, runtime.id, 'screen');
      return { ok: true, snapshot: withOnline(runtime, snapshotFor(runtime.state, 'screen', runtime.versions.screen, Date.now())), joinUrl: joinUrl(config, runtime.state.code, originOf(socket)) };
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
      enterRoom(socket, runtime.id, 'facilitator');
      return { ok: true, snapshot: withOnline(runtime, snapshotFor(runtime.state, 'facilitator', runtime.versions.facilitator, Date.now())), joinUrl: joinUrl(config, runtime.state.code, originOf(socket)) };
    },

    'sync:request': async (socket) => {
      const { workshopId, audience, participantId } = socket.data;
      const runtime = workshopId ? hub.loaded(workshopId) : undefined;
      if (!runtime || !audience) return fail('not_joined');
      const snapshot = withOnline(runtime, snapshotFor(runtime.state, audience, runtime.versions[audience], Date.now()));
      const self = participantId ? participantSelf(runtime.state, participantId) : undefined;
      return self ? { ok: true, snapshot, self } : { ok: true, snapshot };
    },

  };

  /** Commands that change a workshop: who may send them follows from the socket's role. */
  async function submitCommand(socket: SamradSocket, event: ClientEventName, payload: { commandId: string }): Promise<Ack<object>> {
    const { workshopId, audience, participantId } = socket.data;
    const runtime = workshopId ? hub.loaded(workshopId) : undefined;
    if (!runtime || !audience) return fail('not_joined');
    const needed: Audience = FACILITATOR_EVENTS.has(event) ? 'facilitator' : 'participant';
    if (audience !== needed) return fail('forbidden');
    const actor: Actor = needed === 'participant' ? { role: 'participant', participantId: participantId! } : { role: 'facilitator' };
    const { commandId, ...fields } = payload;
    // The payload's fields are the command's fields (the schemas mirror domain Command).
    const command = { type: event, ...fields } as Command;
    if (command.type === 'participant:update') Object.assign(command, { sector: command.sector ?? '', table: command.table ?? null, showName: command.showName ?? false });
    return hub.submit(runtime, actor, commandId, command);
  }

  io.on('connection', (socket) => {
    for (const event of CLIENT_EVENTS) {
      socket.on(event, (payload: unknown, ack: unknown) => void handle(socket, event, payload, ack));
    }
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (typeof event === 'string' && KNOWN_EVENTS.has(event)) return;
      const ack = args.at(-1);
      if (typeof ack === 'function') (ack as Reply)(fail('unknown_event'));
    });
  });

  async function handle(socket: SamradSocket, event: ClientEventName, payload: unknown, ack: unknown): Promise<void> {
    // A command without an acknowledgement callback still runs; its sender just hears nothing.
    const reply: Reply = typeof ack === 'function' ? (ack as Reply) : () => {};
    if (!(await limits.allowEvent(socket.id))) return reply(fail('rate_limited'));
    if (tooLarge(event, payload)) return reply(fail('payload_too_large'));
    const parsed = parsePayload(clientSchemas[event], payload);
    if (!parsed.ok) return reply(parsed);
    try {
      const data = parsed.data as never;
      reply(isSessionEvent(event) ? await (sessionHandlers[event] as Handler<SessionEvent>)(socket, data) : await submitCommand(socket, event, data));
    } catch (error) {
      logger.error('command_failed', { event, workshopId: socket.data.workshopId, error: error instanceof Error ? error.name + ': ' + error.message : 'unknown' });
      reply(fail('unavailable'));
    }
  }
}
