import { describe, expect, it } from 'vitest';
import { serializeState } from '../../src/lib/domain/serialize.js';
import { ERROR_CODES } from '../../src/lib/domain/types.js';
import { CLIENT_EVENTS, clientSchemas } from '../../src/lib/protocol/schemas.js';
import { MAX_MESSAGE_BYTES } from '../../server/app.js';
import { examplePayloads } from './example-payloads.js';
import { cid, client, createWorkshop, send, sendUnchecked, type TestSocket, useServer } from './helpers.js';

/**
 * Malformed payloads for every event, from participants, the facilitator and sockets
 * that never joined: each gets an error code, the server stays up and the workshop's
 * state and log are exactly as before.
 */
// Thousands of events from three sockets: far over the per-socket limit, which rate-limits.test.ts covers.
const server = useServer({ eventsPerSocket: { points: 1_000_000, duration: 10 }, wrongCodesPerSocket: { points: 1_000_000, duration: 60 } });

const deep = (depth: number): unknown => (depth === 0 ? 'x' : { a: deep(depth - 1) });
const BAD_VALUES: unknown[] = [null, 42, -1, 1.5, true, [], {}, [1, 2], 'x'.repeat(5_000), '', deep(40), { __proto__: { ok: true } }, JSON.parse('{"__proto__":{"polluted":1}}'), { constructor: { prototype: { x: 1 } } }, '\uD800', NaN];
const TOP_LEVEL: unknown[] = [undefined, null, 'text', 7, [], [{}], deep(60), JSON.parse('{"__proto__":{"isAdmin":true}}')];

const overTheWire = (payload: unknown) => (payload === undefined ? undefined : JSON.parse(JSON.stringify(payload)));

function malformed(valid: Record<string, unknown>): unknown[] {
  const cases: unknown[] = [...TOP_LEVEL, { ...valid, unexpected: 1 }];
  for (const key of Object.keys(valid)) {
    const { [key]: _dropped, ...without } = valid;
    cases.push(without);
    for (const bad of BAD_VALUES) cases.push({ ...valid, [key]: bad });
  }
  return cases;
}

describe('payload fuzz', () => {
  it('answers every malformed payload of every event with an error and changes nothing', async () => {
    const created = await createWorkshop(server.url);
    const facilitator = await client(server.url);
    await send(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    await send(facilitator, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
    const participant = await client(server.url);
    const joined = await send(participant, 'participant:join', { code: created.code });
    const posted = await send(participant, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'Före fuzz' });
    const stranger = await client(server.url);
    const runtimeSetup = () => structuredClone(server.application.hub.loaded(created.workshopId)!.state.setup);

    const valid: Record<string, Record<string, unknown>> = examplePayloads({
      code: created.code,
      token: joined.token,
      workshopId: created.workshopId,
      key: created.key,
      postId: posted.postId,
      setup: runtimeSetup()
    });
    expect(Object.keys(valid).sort()).toEqual([...CLIENT_EVENTS].sort());

    const runtime = server.application.hub.loaded(created.workshopId)!;
    const before = JSON.stringify(serializeState(runtime.state));
    const seqBefore = runtime.state.seq;

    const codes = new Set<string>(ERROR_CODES);
    let sent = 0;
    for (const socket of [participant, facilitator, stranger] as TestSocket[]) {
      for (const event of CLIENT_EVENTS) {
        // Dropping an optional field or an empty name can still be a valid payload: those are not malformed.
        // Judged as the server receives it: over the wire NaN becomes null, which some fields allow.
        const cases = malformed(valid[event]!).filter((payload) => !clientSchemas[event].safeParse(overTheWire(payload)).success);
        for (const payload of cases) {
          const ack = await sendUnchecked(socket, event, payload);
          sent++;
          expect(ack.ok, `${event} ${JSON.stringify(payload)?.slice(0, 300)}`).toBe(false);
          expect(codes.has(ack.error!)).toBe(true);
        }
        // Without an acknowledgement callback, too.
        (socket as unknown as { emit(event: string, payload: unknown): void }).emit(event, null);
      }
    }
    expect(sent).toBeGreaterThan(1_000);

    // Still up, and nothing reached the log.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await send(participant, 'sync:request', {})).toMatchObject({ ok: true });
    expect(runtime.state.seq).toBe(seqBefore);
    expect(JSON.stringify(serializeState(runtime.state))).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses an event over its own size limit without dropping the connection', async () => {
    const created = await createWorkshop(server.url);
    const socket = await client(server.url);
    await send(socket, 'participant:join', { code: created.code });
    const big = await send(socket, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'x'.repeat(12_000) });
    expect(big).toEqual({ ok: false, error: 'payload_too_large' });
    expect(socket.connected).toBe(true);
    expect(await send(socket, 'sync:request', {})).toMatchObject({ ok: true });
  });

  it('drops a connection that sends an oversized message and keeps serving others', async () => {
    const created = await createWorkshop(server.url);
    const flooder = await client(server.url);
    const disconnected = new Promise<string>((resolve) => flooder.once('disconnect', resolve));
    flooder.io.opts.reconnection = false;
    (flooder as unknown as { emit(event: string, payload: unknown): void }).emit('post:create', { commandId: 'big', roundId: 'samtal-1', topicIds: ['dialog'], text: 'x'.repeat(MAX_MESSAGE_BYTES * 2) });
    expect(await disconnected).toBe('transport close');
    const other = await client(server.url);
    expect(await send(other, 'participant:join', { code: created.code })).toMatchObject({ ok: true });
  });
});
