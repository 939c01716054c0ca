import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';
import { clientAddress } from '../../server/edge/rate-limits.js';
import type { StaffView } from '../../src/lib/domain/agreement/views.js';
import type { CreatedSeries } from '../../src/lib/protocol/series.js';
import { agreementApi, readerToken, type ApiInit } from './agreement-api.js';
import { cid, client, createWorkshop, send, useServer } from './helpers.js';

/**
 * Per-address limits (embedded mode, in memory): every socket here comes from 127.0.0.1,
 * as phones behind one NAT would. Small allowances so a test can reach them.
 */
describe('posts and votes per address', () => {
  const server = useServer({ contributionsPerAddress: { points: 5, duration: 10 } });

  it('shares one allowance among all sockets of an address; what is refused never reaches the log', async () => {
    const created = await createWorkshop(server.url);
    const f = await client(server.url);
    await send(f, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    await send(f, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
    const phones = await Promise.all([client(server.url), client(server.url)]);
    for (const phone of phones) expect((await send(phone, 'participant:join', { code: created.code })).ok).toBe(true);

    const post = (i: number) => send(phones[i % 2]!, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: `Tolkning ${i}` });
    const acks = await Promise.all(Array.from({ length: 8 }, (_, i) => post(i)));
    expect(acks.filter((a) => a.ok)).toHaveLength(5);
    expect(acks.filter((a) => !a.ok).map((a) => a.error)).toEqual(['rate_limited', 'rate_limited', 'rate_limited']);
    const state = server.application.hub.loaded(created.workshopId)!.state;
    expect(state.posts.size).toBe(5);
    // Votes count against the same allowance; other events (a sync) do not.
    const vote = await send(phones[0]!, 'vote:cast', { commandId: cid(), postId: [...state.posts.keys()][0]! });
    expect(vote).toEqual({ ok: false, error: 'rate_limited' });
    expect((await send(phones[1]!, 'sync:request', {})).ok).toBe(true);
  });
});

describe('new participants per address', () => {
  const server = useServer({ newParticipantsPerAddress: { points: 3, duration: 60 } });

  it('limits how many participants one address makes, but never a return with a known token', async () => {
    const created = await createWorkshop(server.url);
    const tokens: string[] = [];
    for (let i = 0; i < 3; i++) {
      const ack = await send(await client(server.url), 'participant:join', { code: created.code });
      expect(ack.ok).toBe(true);
      tokens.push(ack.token);
    }
    expect(await send(await client(server.url), 'participant:join', { code: created.code })).toEqual({ ok: false, error: 'rate_limited' });
    // The first of them, back on a new connection: same participant, not a new one.
    const back = await send(await client(server.url), 'participant:join', { code: created.code, token: tokens[0] });
    expect(back.ok).toBe(true);
    expect(server.application.hub.loaded(created.workshopId)!.state.participants.size).toBe(3);
  });
});

describe('workshops and series created per address', () => {
  const server = useServer({ createsPerAddress: { points: 3, duration: 3600 } });
  const post = (path: string, body: object) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('refuses creations past the allowance with 429 rate_limited and creates nothing; invalid requests do not count', async () => {
    // Refused as invalid before the limit is asked: a typo costs no allowance.
    expect((await post('/api/workshops', { templateId: 'no-such-template' })).status).toBe(400);
    await createWorkshop(server.url);
    await createWorkshop(server.url);
    // Workshops and series share the one allowance.
    expect((await post('/api/series', { title: 'Samråd 2026' })).status).toBe(201);
    const workshopsBefore = (await server.application.hub.workshopIds()).length;

    const refused = await post('/api/workshops', { templateId: 'lokal-overenskommelse' });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ error: 'rate_limited' });
    const refusedSeries = await post('/api/series', { title: 'En till' });
    expect(refusedSeries.status).toBe(429);
    expect(await refusedSeries.json()).toEqual({ error: 'rate_limited' });
    expect((await server.application.hub.workshopIds()).length).toBe(workshopsBefore);
  });
});

describe('the address of a client', () => {
  const handshake = (forwarded?: string) => ({ address: '10.0.0.2', headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } });

  it('ignores X-Forwarded-For unless proxies are trusted, and then takes what our proxy wrote', () => {
    expect(clientAddress(handshake('1.2.3.4'), 0)).toBe('10.0.0.2');
    expect(clientAddress(handshake('203.0.113.7'), 1)).toBe('203.0.113.7');
    // A client's own header is to the left of what our proxy appended: never used.
    expect(clientAddress(handshake('6.6.6.6, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(handshake('6.6.6.6, 203.0.113.7, 10.0.0.1'), 2)).toBe('203.0.113.7');
    // Fewer entries than proxies: misconfigured, so the connection's own address.
    expect(clientAddress(handshake(''), 1)).toBe('10.0.0.2');
    expect(clientAddress(handshake('203.0.113.7'), 2)).toBe('10.0.0.2');
  });
});

describe('configuration of the address limits', () => {
  it('reads TRUST_PROXY and ADDRESS_LIMIT_FACTOR, refusing nonsense at start', () => {
    expect(readConfig({})).toMatchObject({ trustProxy: 0, addressLimitFactor: 1 });
    expect(readConfig({ TRUST_PROXY: '1', ADDRESS_LIMIT_FACTOR: '0' })).toMatchObject({ trustProxy: 1, addressLimitFactor: 0 });
    expect(readConfig({ ADDRESS_LIMIT_FACTOR: '2.5' }).addressLimitFactor).toBe(2.5);
    for (const env of [{ TRUST_PROXY: 'yes' }, { TRUST_PROXY: '-1' }, { ADDRESS_LIMIT_FACTOR: 'many' }, { ADDRESS_LIMIT_FACTOR: '-2' }]) expect(() => readConfig(env)).toThrow();
  });
});

describe('remiss comments per address', () => {
  const server = useServer({ agreementSendsPerAddress: { points: 5, duration: 3600 } });

  it('stops one address rotating reader tokens from filling an agreement’s comments; what is refused changes nothing', async () => {
    const api = (path: string, init?: ApiInit) => agreementApi(server.url, path, init);
    const series = (await api('/series', { body: { title: 'Flodad serie' } })).json as CreatedSeries;
    const code: string = (await api(`/series/${series.id}/agreement`, { key: series.key, body: {} })).json.code;
    const command = (body: object) => api(`/series/${series.id}/agreement/commands`, { key: series.key, body: { commandId: cid(), command: body } });
    await command({ type: 'section:edit', sectionId: 'goals', heading: { sv: 'Mål' }, paragraphs: [{ text: { sv: 'Text.' }, sources: [] }] });
    await command({ type: 'remiss:publish', closesAt: Date.now() + 86_400_000, allowAnonymous: true });
    // A new token for every comment: each is a new sender to the per-version limit.
    const statuses = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await api(`/agreements/${code}/comments`, { reader: readerToken(1_000 + i), body: { commentId: 'c', version: 1, sectionId: 'goals', text: `Flod ${i}` } })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
    const staff = (await api(`/series/${series.id}/agreement`, { key: series.key })).json as StaffView;
    expect(staff.comments).toHaveLength(5);
    // Reading is not limited by it.
    expect((await api(`/agreements/${code}`)).status).toBe(200);
  });
});
