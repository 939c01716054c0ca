import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicView, StaffView } from '../../src/lib/domain/agreement/views.js';
import type { CreatedSeries } from '../../src/lib/protocol/series.js';
import { agreementApi, readerToken } from './agreement-api.js';
import { cid, startServer, type TestServer } from './helpers.js';
import { everyRedisValue, startRedis, type RedisServer } from './redis-server.js';

/**
 * The agreement with Redis and two server processes: a command sent to either is answered
 * from the whole log (each process reads the other's entries before it decides), and an
 * erasure leaves nothing readable of the reader in any Redis key.
 */
let redis: RedisServer;
let db: ReturnType<typeof createClient>;
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  redis = await startRedis();
  db = createClient({ url: redis.url });
  await db.connect();
  a = await startServer(undefined, undefined, { REDIS_URL: redis.url, REDIS_REWRITE_AFTER_SECONDS: '0' });
  b = await startServer(undefined, undefined, { REDIS_URL: redis.url, REDIS_REWRITE_AFTER_SECONDS: '0' });
});
afterAll(async () => {
  await a?.stop().catch(() => undefined);
  await b?.stop().catch(() => undefined);
  await db?.close();
  await redis?.stop();
});

const everyValue = () => everyRedisValue(db);

describe('the agreement on two processes with Redis', () => {
  it('answers from the whole log on either process and erases a reader from every key', async () => {
    const series = (await agreementApi(a.url, '/series', { body: { title: 'Serie i Redis' } })).json as CreatedSeries;
    const code: string = (await agreementApi(a.url, `/series/${series.id}/agreement`, { key: series.key, body: {} })).json.code;
    const command = (server: TestServer, body: object) => agreementApi(server.url, `/series/${series.id}/agreement/commands`, { key: series.key, body: { commandId: cid(), command: body } });
    // Written on B, published on A: A reads B's edit before deciding the draft has text.
    expect((await command(b, { type: 'section:edit', sectionId: 'goals', heading: { sv: 'Mål' }, paragraphs: [{ text: { sv: 'Fler föreningar.' }, sources: [] }] })).status).toBe(200);
    expect((await command(a, { type: 'remiss:publish', closesAt: Date.now() + 86_400_000, allowAnonymous: true })).json).toMatchObject({ ok: true, version: 1 });
    // Publishing again on B is refused: B knows A's remiss is open.
    expect((await command(b, { type: 'remiss:publish', closesAt: Date.now() + 86_400_000, allowAnonymous: true })).json).toEqual({ error: 'remiss_open' });

    const marker = 'Redis-hemlighet-91c2';
    for (const [i, server] of [a, b, a, b].entries()) {
      const text = i === 0 ? `${marker} om målen` : `Synpunkt ${i}`;
      const sent = await agreementApi(server.url, `/agreements/${code}/comments`, { reader: readerToken(i), body: { commentId: `c${i}`, version: 1, sectionId: 'goals', text, name: i === 0 ? 'Ylva Redis' : '', association: i === 0 ? 'Nyckelföreningen' : '', contact: i === 0 ? 'ylva@example.org' : '', consent: i === 0 } });
      expect(sent.status).toBe(201);
    }
    const onA = (await agreementApi(a.url, `/series/${series.id}/agreement`, { key: series.key })).json as StaffView;
    const onB = (await agreementApi(b.url, `/series/${series.id}/agreement`, { key: series.key })).json as StaffView;
    expect(onA.comments).toHaveLength(4);
    expect(onB).toEqual(onA);
    expect(await everyValue()).not.toContain(marker);

    // The reader erases themself on B; A sees it, and Redis holds nothing that opens their words.
    expect((await agreementApi(b.url, `/agreements/${code}/erase`, { reader: readerToken(0), body: {} })).json).toMatchObject({ ok: true, comments: 1 });
    const after = (await agreementApi(a.url, `/agreements/${code}`, { reader: readerToken(0) })).json as PublicView;
    expect(after.own).toEqual([expect.objectContaining({ text: '', erased: true })]);
    const restarted = await startServer(undefined, undefined, { REDIS_URL: redis.url });
    try {
      const replayed = (await agreementApi(restarted.url, `/series/${series.id}/agreement`, { key: series.key })).json as StaffView;
      expect(replayed.comments[0]).toMatchObject({ text: '', name: '', contact: '', erased: true });
      expect(JSON.stringify(replayed)).not.toMatch(/Ylva|ylva@|Nyckelföreningen|Redis-hemlighet/);
    } finally {
      await restarted.stop();
    }
  });

  it('answers conflicting commands sent to both processes at once as the log orders them, and a replay agrees', async () => {
    const series = (await agreementApi(a.url, '/series', { body: { title: 'Samtidig serie' } })).json as CreatedSeries;
    const code: string = (await agreementApi(a.url, `/series/${series.id}/agreement`, { key: series.key, body: {} })).json.code;
    const command = (server: TestServer, body: object, commandId = cid()) => agreementApi(server.url, `/series/${series.id}/agreement/commands`, { key: series.key, body: { commandId, command: body } });
    expect((await command(a, { type: 'section:edit', sectionId: 'goals', heading: { sv: 'Mål' }, paragraphs: [{ text: { sv: 'Fler föreningar.' }, sources: [] }] })).status).toBe(200);
    const errors = (answers: { json: { ok?: boolean; error?: string } }[]) => answers.map((x) => x.json.error ?? 'ok').sort();
    for (let round = 0; round < 3; round += 1) {
      // Publish on both at once: one remiss, the other told it is open.
      const published = await Promise.all([a, b].map((server) => command(server, { type: 'remiss:publish', closesAt: Date.now() + 86_400_000, allowAnonymous: true })));
      expect(errors(published)).toEqual(['ok', 'remiss_open']);
      // One reader's comment sent to both (a retry through the other process): one comment, both answers alike.
      const sent = await Promise.all([a, b].map((server) => agreementApi(server.url, `/agreements/${code}/comments`, { reader: readerToken(round), body: { commentId: 'retry', version: round + 1, sectionId: 'goals', text: `Synpunkt ${round}` } })));
      expect(sent.map((x) => x.status)).toEqual([201, 201]);
      expect(sent[0]!.json).toEqual(sent[1]!.json);
      const closed = await Promise.all([a, b].map((server) => command(server, { type: 'remiss:close' })));
      expect(errors(closed)).toEqual(['ok', 'remiss_closed']);
    }
    const onA = (await agreementApi(a.url, `/series/${series.id}/agreement`, { key: series.key })).json as StaffView;
    const onB = (await agreementApi(b.url, `/series/${series.id}/agreement`, { key: series.key })).json as StaffView;
    expect(onA.versions.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(onA.comments.map((c) => c.version)).toEqual([1, 2, 3]);
    expect(onB).toEqual(onA);
    const replayed = await startServer(undefined, undefined, { REDIS_URL: redis.url });
    try {
      expect((await agreementApi(replayed.url, `/series/${series.id}/agreement`, { key: series.key })).json).toEqual(onA);
    } finally {
      await replayed.stop();
    }
  });
});
