import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGREEMENT_ERRORS } from '../../src/lib/domain/agreement/types.js';
import type { StaffView } from '../../src/lib/domain/agreement/views.js';
import { ERROR_CODES } from '../../src/lib/domain/types.js';
import { commentSchema, fromSynthesisSchema, joinSchema, staffCommandBodySchema } from '../../src/lib/protocol/agreement.js';
import type { CreatedSeries } from '../../src/lib/protocol/series.js';
import { agreementApi, readerToken } from './agreement-api.js';
import { cid, startServer, type TestServer } from './helpers.js';

/**
 * Every body route of the agreement API fuzzed, in the style of payload-fuzz.test.ts and
 * property-fuzz.test.ts: malformed bodies (wrong types, huge and control-character strings,
 * prototype keys, extra fields, arrays for objects, deep nesting, not JSON, over the size
 * limit) from the organisers, an editor and readers. Each gets a 4xx with an error code,
 * and the agreement (its seq, the staff view, the public view) is exactly as before.
 */
const RUNS = Math.max(300, Math.round(Number(process.env.FUZZ_RUNS ?? 10_000) / 10));
let server: TestServer;
beforeAll(async () => {
  const many = { points: 10_000_000, duration: 60 };
  server = await startServer(undefined, { wrongCodesPerSocket: many, wrongCodesPerAddress: many, contributionsPerAddress: many, agreementSendsPerAddress: many, exportsPerAddress: many });
});
afterAll(async () => {
  await server?.stop();
});

// `not_found`: an unknown agreement or route (docs/agreement.md).
const CODES = new Set<string>([...AGREEMENT_ERRORS, ...ERROR_CODES, 'not_found']);
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const deep = (depth: number): unknown => (depth === 0 ? 'x' : { a: deep(depth - 1) });
const BAD_VALUES: unknown[] = [null, 42, -1, 1.5, true, [], {}, [1, 2], 'x'.repeat(70_000), '', ' ', '\u0000\u0007\u001b', '\u202E\u200B', '\uD800', deep(40), ['a'], { sv: 'x', extra: 1 }, JSON.parse('{"__proto__":{"polluted":1}}'), { constructor: { prototype: { x: 1 } } }, 1e308, -0];
const TOP_LEVEL: unknown[] = [null, 'text', 7, [], [{}], deep(200), JSON.parse('{"__proto__":{"isAdmin":true}}')];

function malformed(valid: Record<string, unknown>): unknown[] {
  const cases: unknown[] = [...TOP_LEVEL, { ...valid, unexpected: 1 }, JSON.parse(JSON.stringify(valid).replace(/^\{/, '{"__proto__":{"polluted":1},'))];
  for (const key of Object.keys(valid)) {
    const { [key]: _dropped, ...without } = valid;
    cases.push(without);
    for (const bad of BAD_VALUES) cases.push({ ...valid, [key]: bad });
  }
  return cases;
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ key: fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS)), maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ minLength: 2_000, maxLength: 9_000 }),
  fc.constantFrom('', ' ', '\u202E', '\u0000', '<script>alert(1)</script>', '=HYPERLINK("x")', '\uD800'),
  fc.constantFrom(Number.NaN, Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER + 2)
);

function payloadFor(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const replaced = fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({ ...valid, [key]: value }));
  const added = fc.tuple(fc.constantFrom(...PROTO_KEYS, 'extra'), hostileValue).map(([key, value]) => JSON.parse(JSON.stringify({ ...valid, extra: value ?? null }).replace('"extra"', `"${key}"`)));
  return fc.oneof({ weight: 4, arbitrary: replaced }, { weight: 1, arbitrary: added }, { weight: 1, arbitrary: hostileValue });
}

const overTheWire = (payload: unknown) => JSON.parse(JSON.stringify(payload) ?? 'null');
/** The body as sent: JSON, `null` for what JSON cannot say (a body-less POST would be a GET). */
const wire = (payload: unknown) => JSON.stringify(payload) ?? 'null';

describe('agreement API fuzz', () => {
  it('answers every malformed body of every route with a 4xx error code and changes nothing', { timeout: 600_000 }, async () => {
    const series = (await agreementApi(server.url, '/series', { body: { title: 'Fuzzad serie' } })).json as CreatedSeries;
    const { id, key } = series;
    const code: string = (await agreementApi(server.url, `/series/${id}/agreement`, { key, body: {} })).json.code;
    const staff = (command: object) => agreementApi(server.url, `/series/${id}/agreement/commands`, { key, body: { commandId: cid(), command } });
    await staff({ type: 'section:edit', sectionId: 'goals', heading: { sv: 'Mål' }, paragraphs: [{ text: { sv: 'Före fuzz.' }, sources: [] }] });
    const editor: string = (await staff({ type: 'editor:invite', name: 'Redaktör' })).json.key;
    expect((await staff({ type: 'remiss:publish', closesAt: Date.now() + 86_400_000, allowAnonymous: true })).status).toBe(200);
    expect((await agreementApi(server.url, `/agreements/${code}/comments`, { reader: readerToken(1), body: { commentId: 'c1', version: 1, sectionId: 'goals', text: 'Före fuzz' } })).status).toBe(201);

    const organiserView = async () => (await agreementApi(server.url, `/series/${id}/agreement`, { key })).json as StaffView;
    const publicView = async () => (await agreementApi(server.url, `/agreements/${code}`, { reader: readerToken(1) })).text;
    const before = await organiserView();
    const publicBefore = await publicView();
    const commentId = before.comments[0]!.id;
    const editorId = before.editors[0]!.id;

    // A schema-valid example of every staff command (the rules may still refuse it), each malformed in turn.
    const staffCommands: Record<string, unknown>[] = [
      { type: 'agreement:title', title: { sv: 'T' } },
      { type: 'section:add', heading: { sv: 'Ny' } },
      { type: 'section:edit', sectionId: 'goals', heading: { sv: 'Mål' }, paragraphs: [{ text: { sv: 'x' }, sources: [{ workshopId: 'w', postId: 'p' }] }] },
      { type: 'section:move', sectionId: 'goals', toIndex: 0 },
      { type: 'section:remove', sectionId: 'goals' },
      { type: 'editor:invite', name: 'N' },
      { type: 'editor:revoke', editorId },
      { type: 'remiss:publish', closesAt: Date.now() + 1e9, allowAnonymous: true },
      { type: 'comment:hide', commentId, reason: 'r' },
      { type: 'comment:unhide', commentId },
      { type: 'comment:answer', commentId, verdict: 'accepted', reason: 'r' },
      { type: 'compilation:publish', version: 1 },
      { type: 'agreement:adopt', decidedOn: '2027-03-15', decision: 'KF' },
      { type: 'join:hide', joinId: 'j', reason: 'r' },
      { type: 'author:erase', authorId: 'abc' }
    ];
    type Route = { path: string; valid: Record<string, unknown>; schema: { safeParse(v: unknown): { success: boolean } }; init: { key?: string; reader?: string } };
    const commands = `/series/${id}/agreement/commands`;
    const routes: Route[] = [
      ...staffCommands.map((command, i) => ({ path: commands, valid: { commandId: 'fuzz', command }, schema: staffCommandBodySchema, init: i % 2 ? { key } : { key: editor } })),
      { path: `/series/${id}/agreement/from-synthesis`, valid: { sectionId: 'principles', role: 'principles', mode: 'append' }, schema: fromSynthesisSchema, init: { key: editor } },
      { path: `/agreements/${code}/comments`, valid: { commentId: 'c2', version: 1, sectionId: 'goals', text: 'x', name: 'n', association: 'a', contact: 'c', consent: true }, schema: commentSchema, init: { reader: readerToken(2) } },
      { path: `/agreements/${code}/joins`, valid: { joinId: 'j1', association: 'a', contactName: 'n', contact: 'c', consent: true, listed: true }, schema: joinSchema, init: { reader: readerToken(3) } }
    ];
    /** Each route's body malformed field by field; a staff command's fields too, inside a well-formed body. */
    const casesOf = (route: Route): unknown[] => {
      const { command } = route.valid as { command?: Record<string, unknown> };
      const inner = command ? malformed(command).map((bad) => ({ commandId: 'fuzz', command: bad })) : [];
      return [...(command && command.type !== 'agreement:title' ? [] : malformed(route.valid)), ...inner];
    };

    let sent = 0;
    const slow: string[] = [];
    const expectRefused = async (route: Pick<Route, 'path' | 'init'>, body: unknown, raw = false) => {
      const started = performance.now();
      const answered = await agreementApi(server.url, route.path, { ...route.init, body: raw ? body : wire(body) });
      sent++;
      if (performance.now() - started > 1_000) slow.push(`${Math.round(performance.now() - started)} ms ${route.path} ${wire(body).slice(0, 80)}`);
      const what = `${route.path} ${String(raw ? body : JSON.stringify(body)).slice(0, 200)}`;
      expect(answered.status, what).toBeGreaterThanOrEqual(400);
      expect(answered.status, what).toBeLessThan(500);
      expect(CODES.has(answered.json?.error), `${what} → ${answered.text.slice(0, 100)}`).toBe(true);
    };

    // Fixed cases: every field of every route replaced, dropped, or the body replaced.
    for (const route of routes) {
      for (const body of casesOf(route)) {
        if (route.schema.safeParse(overTheWire(body)).success) continue;
        await expectRefused(route, body);
      }
    }
    // Not JSON, nested past reason, and over each route's size limit.
    const raw = ['{', 'not json', '[' .repeat(5_000) + ']'.repeat(5_000), '{"a":' .repeat(2_000) + '1' + '}'.repeat(2_000), '\u0000'];
    for (const route of routes.slice(-3)) for (const body of raw) await expectRefused(route, body, true);
    for (const body of raw) await expectRefused(routes[0]!, body, true);
    expect(await agreementApi(server.url, `/series/${id}/agreement/commands`, { key, body: { commandId: 'big', command: { type: 'agreement:title', title: { sv: 'x'.repeat(600_000) } } } })).toMatchObject({ status: 413, json: { error: 'payload_too_large' } });
    expect(await agreementApi(server.url, `/agreements/${code}/comments`, { reader: readerToken(4), body: { commentId: 'big', version: 1, sectionId: 'goals', text: 'x'.repeat(20_000) } })).toMatchObject({ status: 413, json: { error: 'payload_too_large' } });
    // A reader's token that is not one: missing, short, with other characters, twice.
    for (const reader of ['', 'short', 'x'.repeat(200), 'bad token with spaces and more', 'ä'.repeat(30)]) {
      const answered = await agreementApi(server.url, `/agreements/${code}/comments`, { reader, body: routes.at(-2)!.valid });
      expect(answered.status, reader).toBe(400);
    }

    // Generated cases.
    const generated = fc.constantFrom(...routes).chain((route) => fc.tuple(fc.constant(route), payloadFor(route.valid)));
    await fc.assert(
      fc.asyncProperty(generated, async ([route, body]) => {
        fc.pre(!route.schema.safeParse(overTheWire(body)).success);
        await expectRefused(route, body);
        return true;
      }),
      { numRuns: RUNS, maxSkipsPerRun: 1_000 }
    );
    expect(sent).toBeGreaterThan(1_000);
    expect(slow).toEqual([]);

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const after = await organiserView();
    expect(after.seq).toBe(before.seq);
    expect(after).toEqual(before);
    expect(await publicView()).toBe(publicBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
