import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeriesView } from '../../src/lib/domain/series-view.js';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import type { CreatedSeries } from '../../src/lib/protocol/series.js';
import { cid, client, closeClients, createWorkshop, send, startServer, type TestServer, type TestSocket } from './helpers.js';

/**
 * Issue 14, findings 3 and 5: a series shows a workshop only while it holds proof of the
 * workshop's current facilitator key. "Byt nyckel" makes the series stop showing it (and
 * say it needs attaching again) until it is attached with the new key; the owner or the
 * facilitator can detach it; the combined view is rebuilt only when a member changed, and
 * reads are limited per address.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer(undefined, { exportsPerAddress: { points: 1000, duration: 60 } });
});
afterAll(async () => {
  closeClients();
  await server?.stop();
});

async function api(path: string, init: { method?: string; key?: string; body?: unknown } = {}, url = server.url) {
  const response = await fetch(`${url}/api${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...(init.key ? { authorization: `Bearer ${init.key}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body)
  });
  const text = await response.text();
  return { status: response.status, text, json: text ? (JSON.parse(text.startsWith('{') || text.startsWith('[') ? text : 'null') as any) : null };
}

/** A workshop whose facilitator is connected and which is collecting in Samtal 1, with one phone joined. */
async function liveWorkshop(): Promise<{ created: CreatedWorkshop; facilitator: TestSocket; phone: TestSocket }> {
  const created = await createWorkshop(server.url);
  const facilitator = await client(server.url);
  expect((await send(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  expect((await send(facilitator, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } })).ok).toBe(true);
  const phone = await client(server.url);
  expect((await send(phone, 'participant:join', { code: created.code, name: '' })).ok).toBe(true);
  return { created, facilitator, phone };
}

const post = async (phone: TestSocket, text: string) => expect((await send(phone, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text })).ok).toBe(true);

async function newSeries(): Promise<CreatedSeries> {
  const created = await api('/series', { body: { title: 'Dialogmöten hösten' } });
  expect(created.status).toBe(201);
  return created.json as CreatedSeries;
}

const view = async (series: CreatedSeries) => {
  const response = await api(`/series/${series.id}`, { key: series.key });
  expect(response.status).toBe(200);
  return response.json as SeriesView;
};
/** Every post text the view shows. */
const texts = (v: SeriesView) => v.rounds.flatMap((r) => r.topics.flatMap((t) => t.groups.flatMap((g) => g.items.map((i) => i.text))));

describe('a series and a rotated facilitator key', () => {
  it('stops showing the workshop after "Byt nyckel", says it needs attaching again, and shows it again once attached with the new key', async () => {
    const series = await newSeries();
    const { created, facilitator, phone } = await liveWorkshop();
    await post(phone, 'Före bytet av nyckel');
    const attach = (workshopKey: string) => api(`/series/${series.id}/workshops`, { key: series.key, body: { workshopId: created.workshopId, workshopKey } });
    expect((await attach(created.key)).status).toBe(201);
    expect(texts(await view(series))).toEqual(['Före bytet av nyckel']);

    const rotated = await send(facilitator, 'facilitator:rotate-key', { commandId: cid() });
    expect(rotated.ok).toBe(true);
    await post(phone, 'Efter bytet av nyckel');

    const after = await view(series);
    expect(after.stale).toEqual([created.workshopId]);
    expect(after.meetings).toEqual([]);
    expect(after.totals.posts).toBe(0);
    expect(texts(after)).toEqual([]);
    for (const format of ['json', 'md']) {
      const file = await api(`/series/${series.id}/export.${format}`, { key: series.key });
      expect(file.status).toBe(200);
      expect(file.text).not.toContain('bytet av nyckel');
    }

    // The old key proves nothing any more; the new one attaches it again.
    expect((await attach(created.key)).status).toBe(403);
    const again = await attach(rotated.key);
    expect(again.status).toBe(201);
    expect(again.json).toEqual({ workshopIds: [created.workshopId], attached: true });
    const back = await view(series);
    expect(back.stale).toEqual([]);
    expect(texts(back).sort()).toEqual(['Efter bytet av nyckel', 'Före bytet av nyckel']);
    expect((await attach(rotated.key)).json).toEqual({ workshopIds: [created.workshopId], attached: false });
  });

  it('a new meeting takes nothing from a member whose key was rotated', async () => {
    const series = await newSeries();
    const first = await api(`/series/${series.id}/meetings`, { key: series.key, body: { title: 'Möte 1' } });
    expect(first.status).toBe(201);
    const facilitator = await client(server.url);
    expect((await send(facilitator, 'facilitator:join', { workshopId: first.json.workshopId, key: first.json.key })).ok).toBe(true);
    expect((await send(facilitator, 'note:add', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'Lapp från möte 1', table: 1, people: 3 })).ok).toBe(true);
    expect((await view(series)).meetings).toHaveLength(1);
    expect((await send(facilitator, 'facilitator:rotate-key', { commandId: cid() })).ok).toBe(true);
    const second = await api(`/series/${series.id}/meetings`, { key: series.key, body: { title: 'Möte 2', carryForward: 3 } });
    expect(second.status).toBe(201);
    expect(second.json.carried).toBe(0);
    const v = await view(series);
    expect(v.stale).toEqual([first.json.workshopId]);
    expect(v.meetings.map((m) => m.workshopId)).toEqual([second.json.workshopId]);
  });
});

describe('detaching a workshop', () => {
  it('the facilitator with the workshop key alone, or the owner with the series key; nobody else', async () => {
    const series = await newSeries();
    const a = await liveWorkshop();
    const b = await liveWorkshop();
    for (const w of [a, b]) expect((await api(`/series/${series.id}/workshops`, { key: series.key, body: { workshopId: w.created.workshopId, workshopKey: w.created.key } })).status).toBe(201);
    const detach = (workshopId: string, key: string) => api(`/series/${series.id}/workshops/${workshopId}`, { method: 'DELETE', key });

    // Another workshop's key, and an unknown series, open nothing.
    expect((await detach(a.created.workshopId, b.created.key)).status).toBe(401);
    expect((await api(`/series/nosuchseries1/workshops/${a.created.workshopId}`, { method: 'DELETE', key: a.created.key })).status).toBe(401);
    expect((await view(series)).meetings).toHaveLength(2);

    expect((await detach(a.created.workshopId, a.created.key)).status).toBe(204);
    expect((await detach(b.created.workshopId, series.key)).status).toBe(204);
    expect((await detach(b.created.workshopId, series.key)).status).toBe(404);
    const v = await view(series);
    expect([v.meetings, v.stale, v.missing]).toEqual([[], [], []]);
    // The workshops themselves are untouched.
    expect((await send(await client(server.url), 'facilitator:join', { workshopId: a.created.workshopId, key: a.created.key })).ok).toBe(true);
  });

  it('a member whose key was rotated can be detached by the owner', async () => {
    const series = await newSeries();
    const { created, facilitator } = await liveWorkshop();
    expect((await api(`/series/${series.id}/workshops`, { key: series.key, body: { workshopId: created.workshopId, workshopKey: created.key } })).status).toBe(201);
    const rotated = await send(facilitator, 'facilitator:rotate-key', { commandId: cid() });
    // The old key no longer detaches it; the new one would, and so does the series key.
    expect((await api(`/series/${series.id}/workshops/${created.workshopId}`, { method: 'DELETE', key: created.key })).status).toBe(401);
    expect((await api(`/series/${series.id}/workshops/${created.workshopId}`, { method: 'DELETE', key: series.key })).status).toBe(204);
    expect(rotated.ok).toBe(true);
    expect((await view(series)).stale).toEqual([]);
  });
});

describe('the combined view', () => {
  it('is rebuilt when a member changes, and served as built while none does', async () => {
    const series = await newSeries();
    const { created, phone } = await liveWorkshop();
    await post(phone, 'Första');
    expect((await api(`/series/${series.id}/workshops`, { key: series.key, body: { workshopId: created.workshopId, workshopKey: created.key } })).status).toBe(201);
    const first = await api(`/series/${series.id}`, { key: series.key });
    const again = await api(`/series/${series.id}`, { key: series.key });
    expect(again.text).toBe(first.text);
    await post(phone, 'Andra');
    expect(texts(await view(series)).sort()).toEqual(['Andra', 'Första']);
  });

  it('is limited per address, like the exports', async () => {
    const limited = await startServer(undefined, { exportsPerAddress: { points: 3, duration: 60 } });
    try {
      const created = (await api('/series', { body: { title: 'Begränsad' } }, limited.url)).json as CreatedSeries;
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await api(`/series/${created.id}`, { key: created.key }, limited.url)).status);
      statuses.push((await api(`/series/${created.id}/export.md`, { key: created.key }, limited.url)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.stop();
    }
  });
});
