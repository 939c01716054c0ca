import { setupOfInfo } from '../../src/lib/domain/views.js';
import { describe, expect, it } from 'vitest';
import { BLANK_TEMPLATE, HELSINGBORG_TEMPLATE_ID } from '../../src/lib/domain/template.js';
import { cid, client, createWorkshop, send, useServer } from './helpers.js';

const server = useServer();

interface ListItem {
  id: string;
  name: { sv: string; en?: string };
  builtIn: boolean;
  savedAt?: number;
  shared?: boolean;
}

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const list = async (ids: string[] = []) =>
  (await (await fetch(`${server.url}/api/templates${ids.length ? `?ids=${ids.join(',')}` : ''}`)).json()) as ListItem[];

async function facilitatorSnapshot(workshopId: string, key: string) {
  const socket = await client(server.url);
  const ack = await send(socket, 'facilitator:join', { workshopId, key });
  expect(ack.ok).toBe(true);
  return { socket, snapshot: ack.snapshot };
}

describe('templates over HTTP', () => {
  it('lists the built-in templates, blank included', async () => {
    const templates = await list();
    expect(templates.filter((t) => t.builtIn).map((t) => t.id)).toEqual([HELSINGBORG_TEMPLATE_ID, BLANK_TEMPLATE.id]);
    expect(templates.every((t) => typeof t.name.sv === 'string')).toBe(true);
  });

  it('creates a workshop from the blank template', async () => {
    const created = await createWorkshop(server.url, { templateId: 'blank' });
    const { snapshot } = await facilitatorSnapshot(created.workshopId, created.key);
    expect(snapshot.info.title).toEqual(BLANK_TEMPLATE.setup.title);
    expect(snapshot.info.topics).toEqual(BLANK_TEMPLATE.setup.topics);
    expect(snapshot.info.rounds).toEqual(BLANK_TEMPLATE.setup.rounds);
  });

  it('saves an edited setup, lists it and creates a new workshop from it', async () => {
    const created = await createWorkshop(server.url, { templateId: 'blank', title: 'Vårmöte' });
    const { socket, snapshot } = await facilitatorSnapshot(created.workshopId, created.key);
    const setup = setupOfInfo(snapshot.info);
    setup.topics = [...setup.topics, { id: 'trygghet', name: { sv: 'Trygghet', en: 'Safety' }, description: { sv: 'Att känna sig trygg' } }];
    setup.settings = { moderationQueue: true, showNames: false };
    const updated = await send(socket, 'setup:update', { commandId: cid(), setup, confirmRemoval: false });
    expect(updated).toEqual({ ok: true });

    const saved = await post('/api/templates', { workshopId: created.workshopId, key: created.key, name: '  Vårmöten i Väster ' });
    expect(saved.status).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    expect(id).toMatch(/^varmoten-i-vaster-/);
    // Not shared: listed only for whoever knows its id (the browser that saved it).
    expect((await list()).map((t) => t.id)).not.toContain(id);
    expect(await list([id])).toContainEqual({ id, name: { sv: 'Vårmöten i Väster' }, builtIn: false, savedAt: expect.any(Number), shared: false });

    const copy = await createWorkshop(server.url, { templateId: id, title: 'Höstmöte' });
    expect(copy.workshopId).not.toBe(created.workshopId);
    const { snapshot: copied } = await facilitatorSnapshot(copy.workshopId, copy.key);
    expect(copied.info.title).toEqual({ sv: 'Höstmöte', en: 'Höstmöte', ar: 'Höstmöte' });
    expect(copied.info.topics.map((t: { id: string }) => t.id)).toEqual(['amne-1', 'trygghet']);
    expect(copied.info.settings).toEqual({ moderationQueue: true, showNames: false });
    // A copy, not a link: the new workshop starts with no posts and in the lobby.
    expect(copied.posts).toEqual([]);
    expect(copied.info.phase).toEqual({ kind: 'lobby' });

    const untitled = await createWorkshop(server.url, { templateId: id });
    const { snapshot: keptTitle } = await facilitatorSnapshot(untitled.workshopId, untitled.key);
    expect(keptTitle.info.title.sv).toBe('Vårmöte');
  });

  it('lists a template for everyone only when its author shared it; the ids asked for are checked', async () => {
    const created = await createWorkshop(server.url, { templateId: 'blank', title: 'Delad' });
    const shared = (await (await post('/api/templates', { workshopId: created.workshopId, key: created.key, name: 'Öppen mall', shared: true })).json()) as { id: string };
    const own = (await (await post('/api/templates', { workshopId: created.workshopId, key: created.key, name: 'Egen mall' })).json()) as { id: string };
    expect(own.id).toMatch(/^egen-mall-[a-z2-9]{16}$/);
    const everyone = (await list()).map((t) => t.id);
    expect(everyone).toContain(shared.id);
    expect(everyone).not.toContain(own.id);
    expect((await list([own.id, 'egen-mall-gissning'])).map((t) => t.id)).toEqual(expect.arrayContaining([shared.id, own.id]));
    for (const ids of ['../x', 'a'.repeat(65), Array(65).fill('a').join(',')]) {
      const response = await fetch(`${server.url}/api/templates?ids=${encodeURIComponent(ids)}`);
      expect(response.status, ids.slice(0, 20)).toBe(400);
    }
  });

  it('keeps workshop content in Arabic too, and refuses Arabic that is not text without changing anything', async () => {
    const created = await createWorkshop(server.url, { templateId: 'blank' });
    const { socket, snapshot } = await facilitatorSnapshot(created.workshopId, created.key);
    const setup = setupOfInfo(snapshot.info);
    setup.topics[0]!.name = { sv: 'Trygghet', en: 'Safety', ar: 'الأمان' };
    setup.evaluation[0]!.text = { sv: 'Kände du dig trygg?' };
    expect(await send(socket, 'setup:update', { commandId: cid(), setup, confirmRemoval: false })).toEqual({ ok: true });
    const bad = structuredClone(setup);
    (bad.topics[0]!.name as { ar: unknown }).ar = ['الأمان'];
    expect(await send(socket, 'setup:update', { commandId: cid(), setup: bad, confirmRemoval: false })).toEqual({ ok: false, error: 'invalid_payload' });

    const phone = await client(server.url);
    const joined = await send(phone, 'participant:join', { code: created.code });
    expect(joined.ok).toBe(true);
    expect(joined.snapshot.info.topics[0]!.name).toEqual({ sv: 'Trygghet', en: 'Safety', ar: 'الأمان' });
    expect(joined.snapshot.info.evaluation[0]!.text).toEqual({ sv: 'Kände du dig trygg?' });
  });

  it('refuses a wrong key with 401 and an unknown workshop with 404, saving nothing', async () => {
    const created = await createWorkshop(server.url);
    const other = await createWorkshop(server.url);
    const before = (await list()).length;
    const wrong = await post('/api/templates', { workshopId: created.workshopId, key: other.key, name: 'Stulen' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'unauthorized' });
    const unknown = await post('/api/templates', { workshopId: 'nosuchworkshop', key: created.key, name: 'Ingen' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'workshop_not_found' });
    expect((await list()).length).toBe(before);
  });

  it('refuses bad bodies with 400', async () => {
    const created = await createWorkshop(server.url);
    const cases: unknown[] = [
      {},
      { workshopId: created.workshopId, key: created.key },
      { workshopId: created.workshopId, key: created.key, name: '   ' },
      { workshopId: created.workshopId, key: created.key, name: 'x'.repeat(141) },
      { workshopId: created.workshopId, key: created.key, name: 'Mall', extra: true },
      { workshopId: '../../etc', key: created.key, name: 'Mall' },
      { workshopId: created.workshopId, key: 42, name: 'Mall' },
      '{"workshopId":'
    ];
    for (const body of cases) {
      const response = await post('/api/templates', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(['invalid_payload', 'text_empty']).toContain(((await response.json()) as { error: string }).error);
    }
    const unknownTemplate = await post('/api/workshops', { templateId: 'no-such-template' });
    expect(unknownTemplate.status).toBe(400);
    expect(await unknownTemplate.json()).toEqual({ error: 'invalid_payload' });
  });
});
