import { isJoinCode, normalizeJoinCode } from '../../src/lib/domain/code.js';
import type { Actor, Command, ErrorCode } from '../../src/lib/domain/types.js';
import { participantSelf, snapshotFor, type Audience } from '../../src/lib/domain/views.js';
import type { Ack } from '../../src/lib/protocol/events.js';
import { CLIENT_EVENTS, clientSchemas, type ClientEventName, type ParsedPayload } from '../../src/lib/protocol/schemas.js';
import { joinUrl, type Config } from '../config.js';
import type { Hub } from '../hub/hub.js';
import { logger } from '../logger.js';
import { hashSecret, newParticipantId, newSecret, secretMatches } from '../secrets.js';
import { enterRoom, type SamradServer, type SamradSocket } from './rooms.js';
import { parsePayload } from './validate.js';
import { RateLimits } from './rate-limits.js';

type Reply = (ack: Ack<object>) => void;
type Handler<E extends ClientEventName> = (socket: SamradSocket, payload: ParsedPayload<E>) => Promise<Ack<object>>;

const PARTICIPANT_COMMANDS = new Set<ClientEventName>(['participant:update', 'post:create', 'post:withdraw', 'vote:cast', 'vote:retract']);
const FACILITATOR_COMMANDS = new Set<ClientEventName>(['phase:set', 'post:hide']);
const KNOWN_EVENTS = new Set<string>(CLIENT_EVENTS);

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

  const handlers: { [E in ClientEventName]: Handler<E> } = {
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
          association: payload.association ?? ''
        });
        // already_exists: the same token joined concurrently (two tabs, a re-send); that join counts.
        participantId = outcome.ok ? newcomer : runtime.state.participantByToken.get(tokenHash);
        if (!participantId) return outcome.ok ? fail('internal') : outcome;
      }
      enterRoom(socket, runtime.id, 'participant', participantId);
      const self = participantSelf(runtime.state, participantId)!;
      return { ok: true, workshopId: runtime.id, token, self, snapshot: snapshotFor(runtime.state, 'participant', runtime.versions.participant) };
    },

    'screen:join': async (socket, payload) => {
      const runtime = await findByCode(socket, payload.code);
      if (runtime === 'rate_limited') return fail('rate_limited');
      if (!runtime) return fail('workshop_not_found');
      enterRoom(socket, runtime.id, 'screen');
      return { ok: true, snapshot: snapshotFor(runtime.state, 'screen', runtime.versions.screen), joinUrl: joinUrl(config, runtime.state.code, originOf(socket)) };
    },

    'facilitator:join': async (socket, payload) => {
      const runtime = await hub.findById(payload.workshopId);
      // The same answer for an unknown workshop and a wrong key: ids cannot be probed.
      if (!runtime || !secretMatches(payload.key, runtime.state.keyHash)) return fail('unauthorized');
      enterRoom(socket, runtime.id, 'facilitator');
      return { ok: true, snapshot: snapshotFor(runtime.state, 'facilitator', runtime.versions.facilitator), joinUrl: joinUrl(config, runtime.state.code, originOf(socket)) };
    },

    'sync:request': async (socket) => {
      const { workshopId, audience, participantId } = socket.data;
      const runtime = workshopId ? hub.loaded(workshopId) : undefined;
      if (!runtime || !audience) return fail('not_joined');
      const snapshot = snapshotFor(runtime.state, audience, runtime.versions[audience]);
      const self = participantId ? participantSelf(runtime.state, participantId) : undefined;
      return self ? { ok: true, snapshot, self } : { ok: true, snapshot };
    },

    'participant:update': (socket, payload) => submitCommand(socket, 'participant:update', payload),
    'post:create': (socket, payload) => submitCommand(socket, 'post:create', payload),
    'post:withdraw': (socket, payload) => submitCommand(socket, 'post:withdraw', payload),
    'vote:cast': (socket, payload) => submitCommand(socket, 'vote:cast', payload),
    'vote:retract': (socket, payload) => submitCommand(socket, 'vote:retract', payload),
    'phase:set': (socket, payload) => submitCommand(socket, 'phase:set', payload),
    'post:hide': (socket, payload) => submitCommand(socket, 'post:hide', payload)
  };

  /** Commands that change a workshop: who may send them follows from the socket's role. */
  async function submitCommand(socket: SamradSocket, event: ClientEventName, payload: { commandId: string }): Promise<Ack<object>> {
    const { workshopId, audience, participantId } = socket.data;
    const runtime = workshopId ? hub.loaded(workshopId) : undefined;
    if (!runtime || !audience) return fail('not_joined');
    const needed: Audience = FACILITATOR_COMMANDS.has(event) ? 'facilitator' : 'participant';
    if (audience !== needed) return fail('forbidden');
    const actor: Actor = needed === 'participant' ? { role: 'participant', participantId: participantId! } : { role: 'facilitator' };
    const { commandId, ...fields } = payload;
    // The payload's fields are the command's fields (the schemas mirror domain Command).
    const command = { type: event, ...fields } as Command;
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
    const parsed = parsePayload(clientSchemas[event], payload);
    if (!parsed.ok) return reply(parsed);
    try {
      const handler = handlers[event] as Handler<ClientEventName>;
      reply(await handler(socket, parsed.data as never));
    } catch (error) {
      logger.error('command_failed', { event, workshopId: socket.data.workshopId, error: error instanceof Error ? error.name + ': ' + error.message : 'unknown' });
      reply(fail('unavailable'));
    }
  }
}
