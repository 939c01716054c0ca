import ExcelJS from 'exceljs';
import type { Stage } from '../../src/lib/domain/types.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeriesView } from '../../src/lib/domain/series-view.js';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import type { CreatedSeries } from '../../src/lib/protocol/series.js';
import { cid, client, closeClients, createWorkshop, send, startServer, type TestServer } from './helpers.js';

/**
 * A series of meetings over HTTP, with the meetings themselves run over real sockets:
 * the series key guards everything, attaching takes the workshop's key too, the combined
 * view counts associations once across meetings, and a new meeting carries the previous
 * one's top items forward.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  closeClients();
  await server?.stop();
});

async function api(path: string, init: { method?: string; key?: string; body?: unknown } = {}) {
  const response = await fetch(`${server.url}/api${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...(init.key ? { authorization: `Bearer ${init.key}` } : {}) },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body)
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Markdown and the like.
  }
  return { status: response.status, json, text, headers: response.headers };
}

async function newSeries(title = 'Dialogmöten våren 2017'): Promise<CreatedSeries> {
  const created = await api('/series', { body: { title } });
  expect(created.status).toBe(201);
  return created.json as CreatedSeries;
}

/** Runs a meeting: people join with these associations (and sectors), post and vote in Samtal 1. */
async function runMeeting(created: Pick<CreatedWorkshop, 'workshopId' | 'key' | 'code'>, people: Array<[association: string, sector?: string]>, posts: Array<[topicId: string, text: string, votes: number]> = []) {
  const f = await client(server.url);
  expect((await send(f, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  const phones = [];
  for (const [association, sector] of people) {
    const socket = await client(server.url);
    const ack = await send(socket, 'participant:join', { code: created.code, name: '', association, ...(sector ? { sector } : {}) });
    expect(ack.ok, JSON.stringify(ack)).toBe(true);
    phones.push(socket);
  }
  const stage = (stage: Stage) => send(f, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage } });
  if (!posts.length) return;
  expect((await stage('collecting')).ok).toBe(true);
  const ids: string[] = [];
  for (const [topicId, text] of posts) {
    const ack = await send(phones[0]!, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: [topicId], text });
    expect(ack.ok, JSON.stringify(ack)).toBe(true);
    ids.push(ack.postId);
  }
  expect((await stage('voting')).ok).toBe(true);
  for (const [i, [, , votes]] of posts.entries()) {
    for (let v = 0; v < votes; v++) expect((await send(phones[v]!, 'vote:cast', { commandId: cid(), postId: ids[i]! })).ok).toBe(true);
  }
}

describe('series API', () => {
  it('creates a series with a key shown once and refuses a wrong key and an unknown id alike', async () => {
    const series = await newSeries();
    expect(series.key.length).toBeGreaterThanOrEqual(21);
    expect(series.url).toBe(`${server.url}/s/${series.id}#key=${series.key}`);
    const ok = await api(`/series/${series.id}`, { key: series.key });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(ok.json).toMatchObject({ id: series.id, title: 'Dialogmöten våren 2017', totals: { meetings: 0 }, meetings: [] });
    expect(JSON.stringify(ok.json)).not.toContain(series.key);

    const other = await newSeries('Annan serie');
    for (const [id, key] of [
      [series.id, other.key],
      [series.id, undefined],
      ['finns-inte', series.key],
      [series.id, 'x'.repeat(32)]
    ] as const) {
      for (const path of ['', '/export.json', '/export.xlsx', '/export.md']) {
        const refused = await api(`/series/${id}${path}`, { key });
        expect(refused.status, `${id}${path}`).toBe(401);
        expect(refused.json).toEqual({ error: 'unauthorized' });
      }
      expect((await api(`/series/${id}/meetings`, { key, body: {} })).status).toBe(401);
      expect((await api(`/series/${id}/updates`, { key, body: { date: '2017-04-01', text: 'x' } })).status).toBe(401);
    }
    // Stored hashed: the key is nowhere in the series file.
    const stored = await readFile(join(server.dataDir, 'series', `${series.id}.json`), 'utf8');
    expect(JSON.parse(stored)).toMatchObject({ id: series.id, workshopIds: [] });
    expect(stored).not.toContain(series.key);
  });

  it('answers 400 to bad bodies', async () => {
    const series = await newSeries();
    const key = series.key;
    for (const body of [{}, { title: '   ' }, { title: 'x'.repeat(141) }, { title: 'ok', extra: 1 }, '{"title":']) {
      expect((await api('/series', { body })).status, JSON.stringify(body)).toBe(400);
    }
    for (const body of [{}, { workshopId: 'abc' }, { workshopId: 'abc', workshopKey: 'short' }, { workshopId: '../x', workshopKey: 'k'.repeat(32) }]) {
      expect((await api(`/series/${series.id}/workshops`, { key, body })).status, JSON.stringify(body)).toBe(400);
    }
    for (const body of [{ carryForward: -1 }, { carryForward: 1.5 }, { carryForward: 99 }, { title: 7 }, { other: true }]) {
      expect((await api(`/series/${series.id}/meetings`, { key, body })).status, JSON.stringify(body)).toBe(400);
    }
    for (const body of [{ date: '2017-13-01', text: 'x' }, { date: '1 april', text: 'x' }, { date: '2017-04-01', text: '  ' }, { date: '2017-04-01' }, { date: '2017-04-01', text: { sv: ' ', en: 'Only English' } }, { date: '2017-04-01', text: { sv: 'x', de: 'y' } }]) {
      expect((await api(`/series/${series.id}/updates`, { key, body })).status, JSON.stringify(body)).toBe(400);
    }
    const tooLong = await api(`/series/${series.id}/updates`, { key, body: { date: '2017-04-01', text: 'x'.repeat(2001) } });
    expect(tooLong.status).toBe(400);
  });

  it('attaches a workshop only with both keys, once', async () => {
    const series = await newSeries();
    const workshop = await createWorkshop(server.url);
    const other = await createWorkshop(server.url);
    const attach = (body: object, key = series.key) => api(`/series/${series.id}/workshops`, { key, body });
    expect((await attach({ workshopId: workshop.workshopId, workshopKey: other.key })).status).toBe(403);
    expect((await attach({ workshopId: 'nowhere12345', workshopKey: workshop.key })).status).toBe(403);
    expect((await attach({ workshopId: workshop.workshopId, workshopKey: workshop.key }, other.key)).status).toBe(401);
    const ok = await attach({ workshopId: workshop.workshopId, workshopKey: workshop.key });
    expect(ok.status).toBe(201);
    expect(ok.json.workshopIds).toEqual([workshop.workshopId]);
    const again = await attach({ workshopId: workshop.workshopId, workshopKey: workshop.key });
    expect(again.status).toBe(200);
    expect(again.json.workshopIds).toEqual([workshop.workshopId]);
    // The workshop's own key still opens its console.
    const f = await client(server.url);
    expect((await send(f, 'facilitator:join', { workshopId: workshop.workshopId, key: workshop.key })).ok).toBe(true);
    // The series key does not.
    const g = await client(server.url);
    expect((await send(g, 'facilitator:join', { workshopId: workshop.workshopId, key: series.key })).ok).toBe(false);
  });

  it('combines three meetings: distinct associations across meetings, summed participants, sectors', async () => {
    const series = await newSeries();
    const first = await createWorkshop(server.url, { templateId: 'lokal-overenskommelse', title: 'Möte 1' });
    await runMeeting(first, [['IFK Helsingborg', 'idrott'], ['Röda Korset', 'social'], ['Kulturföreningen Ljus', 'kultur']], [['dialog', 'Regelbundna dialogmöten mellan staden och föreningarna', 2]]);
    expect((await api(`/series/${series.id}/workshops`, { key: series.key, body: { workshopId: first.workshopId, workshopKey: first.key } })).status).toBe(201);

    const second = await api(`/series/${series.id}/meetings`, { key: series.key, body: { title: 'Möte 2' } });
    expect(second.status).toBe(201);
    await runMeeting(second.json, [['ifk  HELSINGBORG', 'idrott'], ['Schackklubben Löparen'], ['']], [['dialog', 'Dialogmöten mellan staden och föreningarna, regelbundet', 3]]);
    const third = await api(`/series/${series.id}/meetings`, { key: series.key, body: {} });
    expect(third.status).toBe(201);
    await runMeeting(third.json, [['Röda korset', 'social'], ['Scouterna'], ['Ifk Helsingborg.', 'idrott']]);

    const view = (await api(`/series/${series.id}`, { key: series.key })).json as SeriesView;
    // IFK Helsingborg, Röda Korset, Kulturföreningen Ljus, Schackklubben Löparen, Scouterna.
    expect(view.totals).toEqual({ meetings: 3, participants: 9, associations: 5, signups: 0, posts: 2, votes: 5 });
    expect(view.meetings.map((m) => [m.title.sv, m.participants, m.associations])).toEqual([
      ['Möte 1', 3, 3],
      ['Möte 2', 3, 2],
      ['Dialogmöten våren 2017 – möte 3', 3, 3]
    ]);
    expect(Object.fromEntries(view.sectors.filter((s) => s.count).map((s) => [s.id, s.count]))).toEqual({ idrott: 3, social: 2, kultur: 1 });
    expect(view.sectorNotGiven).toBe(3);
    const dialog = view.rounds.find((r) => r.id === 'samtal-1')!.topics.find((t) => t.id === 'dialog')!;
    expect(dialog.groups).toHaveLength(1);
    expect(dialog.groups[0]).toMatchObject({ votes: 5, workshopIds: [first.workshopId, second.json.workshopId] });

    // The exports say the same, read back with real readers.
    const json = await api(`/series/${series.id}/export.json`, { key: series.key });
    expect(json.headers.get('content-disposition')).toContain('dialogmoten-varen-2017.json');
    expect(json.json).toMatchObject({ format: 'samrad-series', version: 1, series: { totals: view.totals } });
    expect(json.json.outcomes).toHaveLength(3);
    expect(json.text).not.toMatch(/tokenHash|keyHash|"key"/);

    const md = await api(`/series/${series.id}/export.md`, { key: series.key });
    expect(md.headers.get('content-type')).toContain('text/markdown');
    expect(md.text).toContain('# Dialogmöten våren 2017');
    expect(md.text).toContain('- Föreningar (olika): 5');

    const response = await fetch(`${server.url}/api/series/${series.id}/export.xlsx`, { headers: { authorization: `Bearer ${series.key}` } });
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(['Totalt', 'Möten', 'Självständighet och oberoende', 'Dialog', 'Kvalitet och förnyelse', 'Långsiktighet', 'Öppenhet och insyn', 'Mångfald']);
    const totals = book.getWorksheet('Totalt')!;
    const figure = (name: string) => totals.getColumn(1).values.indexOf(name);
    expect(totals.getRow(figure('Föreningar (olika)')).getCell(2).value).toBe(5);
    expect(totals.getRow(figure('Deltagare')).getCell(2).value).toBe(9);
    const dialogSheet = book.getWorksheet('Dialog')!;
    expect(dialogSheet.rowCount).toBe(3);
    expect(dialogSheet.getRow(2).values).toEqual([undefined, 'Samtal 1 – tolkning', 1, 'Regelbundna dialogmöten mellan staden och föreningarna', 2, 'Möte 1', '', 5, 2]);
    const en = await (await fetch(`${server.url}/api/series/${series.id}/export.md?lang=en`, { headers: { authorization: `Bearer ${series.key}` } })).text();
    expect(en).toContain('- Associations (distinct): 5');
  });

  it('starts a new meeting from the previous one: its setup, its top items carried, the series updates', async () => {
    const series = await newSeries('Höstens möten');
    const key = series.key;
    expect((await api(`/series/${series.id}/updates`, { key, body: { date: '2017-06-01', text: 'Överenskommelsen antogs i kommunfullmäktige.' } })).status).toBe(201);
    const early = await api(`/series/${series.id}/updates`, { key, body: { date: '2017-04-20', text: { sv: 'Arbetsgruppen har träffats.', en: 'The working group has met.', ar: '' } } });
    const gone = await api(`/series/${series.id}/updates`, { key, body: { date: '2017-05-01', text: 'Tas bort' } });
    expect((await api(`/series/${series.id}/updates/${gone.json.id}`, { key, method: 'DELETE' })).status).toBe(204);
    expect((await api(`/series/${series.id}/updates/${gone.json.id}`, { key, method: 'DELETE' })).status).toBe(404);

    // With no meeting yet there is nothing to carry: the template's setup.
    const first = await api(`/series/${series.id}/meetings`, { key, body: { title: 'Första', carryForward: 2 } });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ carried: 0, urls: { console: expect.stringContaining(`#key=${first.json.key}`) } });
    await runMeeting(first.json, [['A'], ['B'], ['C']], [
      ['dialog', 'Att lyssna på riktigt', 3],
      ['dialog', 'Träffas oftare', 2],
      ['dialog', 'Fika', 1],
      ['mangfald', 'Alla röster ska höras', 1],
      ['kvalitet', 'Ingen röstade på detta', 0]
    ]);

    const next = await api(`/series/${series.id}/meetings`, { key, body: { carryForward: 2 } });
    expect(next.status).toBe(201);
    expect(next.json.carried).toBe(3);
    const f = await client(server.url);
    const joined = await send(f, 'facilitator:join', { workshopId: next.json.workshopId, key: next.json.key });
    expect(joined.ok).toBe(true);
    const snapshot = joined.snapshot;
    expect(snapshot.info.title.sv).toBe('Höstens möten – möte 2');
    const carried = snapshot.posts.map((p: any) => [p.topicIds[0], p.text, p.source, p.carriedFrom]);
    expect(carried).toEqual([
      ['dialog', 'Att lyssna på riktigt', 'carried', { title: 'Första', votes: 3 }],
      ['dialog', 'Träffas oftare', 'carried', { title: 'Första', votes: 2 }],
      ['mangfald', 'Alla röster ska höras', 'carried', { title: 'Första', votes: 1 }]
    ]);
    // Carried items start at zero votes here.
    expect(Object.values(snapshot.tallies).every((n) => n === 0)).toBe(true);
    expect(snapshot.info.updates.map((u: any) => [u.date, u.text])).toEqual([
      [early.json.date, { sv: 'Arbetsgruppen har träffats.', en: 'The working group has met.' }],
      ['2017-06-01', { sv: 'Överenskommelsen antogs i kommunfullmäktige.' }]
    ]);

    const view = (await api(`/series/${series.id}`, { key })).json as SeriesView;
    expect(view.updates).toHaveLength(2);
    const dialog = view.rounds[0]!.topics.find((t) => t.id === 'dialog')!;
    const top = dialog.groups[0]!;
    expect(top.text).toBe('Att lyssna på riktigt');
    expect(top.items.map((i) => [i.workshopId, i.carried])).toEqual([
      [first.json.workshopId, false],
      [next.json.workshopId, true]
    ]);
  });

  it('lists a deleted meeting as missing and still shows the rest', async () => {
    const series = await newSeries();
    const a = await api(`/series/${series.id}/meetings`, { key: series.key, body: { title: 'Kvar' } });
    const b = await api(`/series/${series.id}/meetings`, { key: series.key, body: { title: 'Raderas' } });
    await server.application.deleter.delete(b.json.workshopId, 'facilitator');
    const view = (await api(`/series/${series.id}`, { key: series.key })).json as SeriesView;
    expect(view.meetings.map((m) => m.workshopId)).toEqual([a.json.workshopId]);
    expect(view.missing).toEqual([b.json.workshopId]);
  });
});
