import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeState } from '../../src/lib/domain/serialize.js';
import { ERROR_CODES } from '../../src/lib/domain/types.js';
import { CLIENT_EVENTS, clientSchemas, type ClientEventName } from '../../src/lib/protocol/schemas.js';
import { examplePayloads } from './example-payloads.js';
import { cid, client, createWorkshop, send, sendUnchecked, type TestSocket, useServer } from './helpers.js';

/**
 * Property-based fuzzing with fast-check: generated payloads for every socket event (from
 * a participant, the facilitator and a socket that never joined) and generated bodies for
 * the HTTP API. Whatever arrives, the server answers with an error code, stays up, and
 * the workshop's state and log are exactly as before.
 *
 * FUZZ_RUNS sets the number of socket cases (10,000 by default, as in CI); a longer local
 * run: `FUZZ_RUNS=200000 npx vitest run tests/integration/property-fuzz.test.ts`.
 */
const SOCKET_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const HTTP_RUNS = Math.max(500, Math.round(SOCKET_RUNS / 5));
const server = useServer({ eventsPerSocket: { points: 10_000_000, duration: 10 }, wrongCodesPerSocket: { points: 10_000_000, duration: 60 }, wrongCodesPerAddress: { points: 10_000_000, duration: 60 } });

const CODES = new Set<string>(ERROR_CODES);
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** Values of every kind, including the ones that break naive code. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ key: fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS)), maxDepth: 4, withNullPrototype: true }),
  fc.string({ unit: 'binary', maxLength: 60 }), // lone surrogates and every code point
  fc.string({ minLength: 2_000, maxLength: 9_000 }).map((s) => s.padEnd(2_000, 'å')),
  fc.constantFrom('', ' ', '\u202E', '\u200B\u200B', '<script>alert(1)</script>', 'javascript:alert(1)', '=HYPERLINK("x")', '\uD800'),
  fc.integer({ min: -1, max: 3 }).map((depth) => nest(depth + 40)),
  fc.constantFrom(Number.NaN, Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER + 2)
);

function nest(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** A payload near a valid one: a field replaced, dropped or added; or something else entirely. */
function payloadFor(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const replaced = keys.length
    ? fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({ ...valid, [key]: value }))
    : fc.constant(valid);
  const dropped = keys.length ? fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))) : fc.constant({});
  const added = fc.tuple(fc.constantFrom(...PROTO_KEYS, 'extra', 'isAdmin'), hostileValue).map(([key, value]) => JSON.parse(JSON.stringify({ ...valid, [key]: value ?? null }).replace('"extra"', `"${key}"`)));
  return fc.oneof({ weight: 4, arbitrary: replaced }, { weight: 1, arbitrary: dropped }, { weight: 1, arbitrary: added }, { weight: 2, arbitrary: hostileValue });
}

const overTheWire = (payload: unknown) => (payload === undefined ? undefined : JSON.parse(JSON.stringify(payload) ?? 'null'));

describe('property-based fuzzing', () => {
  it(`answers ${SOCKET_RUNS} generated socket payloads with error codes and changes nothing`, { timeout: 600_000 }, async () => {
    const created = await createWorkshop(server.url);
    const facilitator = await client(server.url);
    await send(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    await send(facilitator, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
    const participant = await client(server.url);
    const joined = await send(participant, 'participant:join', { code: created.code, name: 'Anna' });
    const posted = await send(participant, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'Före fuzz' });
    const stranger = await client(server.url);
    const runtime = server.application.hub.loaded(created.workshopId)!;
    const setup = structuredClone(runtime.state.setup);

    const valid = examplePayloads({ code: created.code, token: joined.token, workshopId: created.workshopId, key: created.key, postId: posted.postId, setup });
    const sockets: TestSocket[] = [participant, facilitator, stranger];
    const before = JSON.stringify(serializeState(runtime.state));
    const seqBefore = runtime.state.seq;

    const eventCase = fc.constantFrom(...CLIENT_EVENTS).chain((event) => fc.tuple(fc.constant(event), payloadFor(valid[event]), fc.nat(sockets.length - 1)));
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(eventCase, async ([event, payload, who]) => {
        // Only malformed payloads: a generated payload that happens to be valid is a command like any other.
        fc.pre(!clientSchemas[event].safeParse(overTheWire(payload)).success);
        const ack = await sendUnchecked(sockets[who]!, event, payload);
        sent++;
        return ack.ok === false && CODES.has(ack.error!);
      }),
      { numRuns: SOCKET_RUNS, maxSkipsPerRun: 1_000, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined }
    );
    expect(sent).toBe(SOCKET_RUNS);

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(runtime.state.seq).toBe(seqBefore);
    expect(JSON.stringify(serializeState(runtime.state))).toBe(before);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    for (const socket of sockets) expect(socket.connected).toBe(true);
  });

  it(`answers ${HTTP_RUNS} generated HTTP requests with a JSON error and creates nothing`, { timeout: 300_000 }, async () => {
    const workshopsBefore = [...server.application.hub.runtimes()].length;
    const body = fc.oneof(
      hostileValue.map((value) => JSON.stringify(value) ?? 'null'),
      fc.record({ templateId: hostileValue, title: hostileValue }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
      fc.string({ unit: 'binary', maxLength: 200 })
    );
    const request = fc.oneof(
      fc.tuple(fc.constant('POST'), fc.constantFrom('/api/workshops', '/api/templates'), body, fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded')),
      fc.tuple(fc.constant('GET'), fc.string({ maxLength: 40 }).map((code) => `/api/codes/${encodeURIComponent(code)}/qr.svg`), fc.constant(''), fc.constant('application/json'))
    );
    await fc.assert(
      fc.asyncProperty(request, async ([method, path, payload, type]) => {
        // A syntactically valid create request is allowed to succeed; everything else must not.
        if (method === 'POST' && type === 'application/json') {
          try {
            const parsed = JSON.parse(payload) as { templateId?: unknown };
            fc.pre(!(typeof parsed === 'object' && parsed !== null && typeof parsed.templateId === 'string'));
          } catch {
            /* not JSON: a malformed body */
          }
        }
        const response = await fetch(`${server.url}${path}`, method === 'GET' ? {} : { method, headers: { 'content-type': type }, body: payload });
        const answer = (await response.json()) as { error?: string };
        return response.status >= 400 && response.status < 500 && typeof answer.error === 'string';
      }),
      { numRuns: HTTP_RUNS, maxSkipsPerRun: 1_000 }
    );
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect([...server.application.hub.runtimes()].length).toBe(workshopsBefore);
  });
});
