import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/lib/domain/types.js';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import { IMPORT_LIMITS } from '../../server/exports/import-schema.js';
import type { WorkshopExport } from '../../server/exports/json.js';
import { cid, client, closeClients, createWorkshop, send, startServer, type TestServer } from './helpers.js';
import { download } from './exports-scenario.js';

/**
 * Issue 14, finding 1: what an unauthenticated caller can make the server do with
 * POST /api/import and the exports. Caps refuse a forged file before it is replayed,
 * texts that did not go through the socket edge's cleaning are refused, and imports and
 * exports are limited per address; an unchanged workshop's export is built once.
 */

/** A workshop with one participant's post in it, and its export.json. */
async function exportedWorkshop(url: string, text = 'Att lyssna på varandra'): Promise<{ created: CreatedWorkshop; doc: WorkshopExport }> {
  const created = await createWorkshop(url);
  const facilitator = await client(url);
  expect((await send(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  await send(facilitator, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
  const phone = await client(url);
  expect((await send(phone, 'participant:join', { code: created.code, name: 'Åsa' })).ok).toBe(true);
  expect((await send(phone, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text })).ok).toBe(true);
  const response = await download(url, created.workshopId, 'export.json', created.key);
  expect(response.status).toBe(200);
  return { created, doc: (await response.json()) as WorkshopExport };
}

const postImport = (url: string, body: unknown) =>
  fetch(`${url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Every workshop log on the server: an import that is refused adds none. */
const workshopIds = (server: TestServer) => server.application.hub.workshopIds().then((ids) => ids.sort());

describe('imports: caps and clean text', () => {
  let server: TestServer;
  let doc: WorkshopExport;
  beforeAll(async () => {
    server = await startServer(undefined, { importsPerAddress: { points: 1000, duration: 60 } });
    ({ doc } = await exportedWorkshop(server.url));
  });
  afterAll(async () => {
    closeClients();
    await server.stop();
  });

  /** The export with `extra` entries appended after its own (seqs continue). */
  function forged(extra: (seq: number) => LogEntry['command'], count: number): WorkshopExport {
    const copy = structuredClone(doc);
    const entries = copy.workshop.log.entries;
    const last = entries[entries.length - 1]!;
    for (let i = 1; i <= count; i++) {
      const actor = entries.find((e) => e.command.type === 'post:create')!.actor;
      entries.push({ seq: last.seq + i, at: last.at + i, actor, commandId: `forged-${i}`, command: extra(last.seq + i) });
    }
    return copy;
  }

  it.each([
    ['entries', () => forged(() => ({ type: 'vote:cast', postId: 'p1' }), IMPORT_LIMITS.entries), /^entries: \d+ > 50000$/],
    ['posts', () => forged((seq) => ({ type: 'post:create', roundId: 'samtal-1', topicIds: ['dialog'], text: `Förslag ${seq}` }), IMPORT_LIMITS.posts), /^posts: more than 10000$/],
    ['setup changes', () => forged(() => ({ type: 'setup:update', setup: doc.workshop.log.entries[0]!.command.type === 'workshop:create' ? doc.workshop.log.entries[0]!.command.setup : ({} as never), confirmRemoval: false }), IMPORT_LIMITS['setup:update'] + 1), /^setup:update: more than 200$/]
  ])('a forged file with too many %s is refused with import_too_large, and nothing is imported', async (_what, make, detail) => {
    const before = await workshopIds(server);
    const response = await postImport(server.url, make());
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; detail: string };
    expect(body.error).toBe('import_too_large');
    expect(body.detail).toMatch(detail);
    expect(await workshopIds(server)).toEqual(before);
  });

  it('a forged file at the caps is checked and refused by its digest, not replayed into a workshop', async () => {
    // 4,000 posts then 4,000 withdrawals: under the caps, but not what the file says it holds.
    const posts = forged((seq) => ({ type: 'post:create', roundId: 'samtal-1', topicIds: ['dialog'], text: `Förslag ${seq}` }), 4000);
    const first = posts.workshop.log.entries.length - 3999;
    const withdrawals = structuredClone(posts);
    const entries = withdrawals.workshop.log.entries;
    const actor = entries[entries.length - 1]!.actor;
    for (let i = 0; i < 4000; i++) {
      const seq = entries.length + 1;
      entries.push({ seq, at: entries[entries.length - 1]!.at + 1, actor, commandId: `w-${i}`, command: { type: 'post:withdraw', postId: `p${first + i}` } });
    }
    const before = await workshopIds(server);
    const response = await postImport(server.url, withdrawals);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'import_mismatch' });
    expect(await workshopIds(server)).toEqual(before);
  });

  const postText = (copy: WorkshopExport) => copy.workshop.log.entries.find((e) => e.command.type === 'post:create')!.command as { text: string };
  const joinName = (copy: WorkshopExport) => copy.workshop.log.entries.find((e) => e.command.type === 'participant:join')!.command as { name: string };

  it.each([
    ['a NUL in a post', (copy: WorkshopExport) => void (postText(copy).text = 'Att lyssna\u0000 på varandra')],
    ['an ANSI escape in a post', (copy: WorkshopExport) => void (postText(copy).text = '\u001b[31mAtt lyssna på varandra')],
    ['a lone surrogate in a post', (copy: WorkshopExport) => void (postText(copy).text = 'Att lyssna \uD800på varandra')],
    ['a right-to-left override in a name', (copy: WorkshopExport) => void (joinName(copy).name = 'Åsa\u202E')],
    ['a decomposed å in a name (not NFC)', (copy: WorkshopExport) => void (joinName(copy).name = 'A\u030Asa')],
    ['a control character in the setup', (copy: WorkshopExport) => {
      const create = copy.workshop.log.entries[0]!.command as { setup: { title: { sv: string } } };
      create.setup.title.sv = 'Dialog\u0007möte';
    }]
  ])('%s: refused as import_invalid (text_not_clean), never stored', async (_what, spoil) => {
    const copy = structuredClone(doc);
    spoil(copy);
    const before = await workshopIds(server);
    const response = await postImport(server.url, copy);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; detail: string };
    expect(body.error).toBe('import_invalid');
    expect(body.detail).toMatch(/text_not_clean$/);
    expect(await workshopIds(server)).toEqual(before);
  });

  it('the untouched export still imports (the cleaning check refuses only what the edge would have changed)', async () => {
    const response = await postImport(server.url, doc);
    expect(response.status).toBe(201);
  });
});

describe('imports and exports: limited per address, exports built once per version', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(undefined, { importsPerAddress: { points: 2, duration: 60 }, exportsPerAddress: { points: 6, duration: 60 } });
  });
  afterAll(async () => {
    closeClients();
    await server.stop();
  });

  it('an address gets rate_limited after its imports, and then nothing is imported', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await postImport(server.url, { format: 'other' })).status);
    expect(statuses).toEqual([400, 400, 429]);
    const before = await workshopIds(server);
    const refused = await postImport(server.url, { format: 'samrad-workshop' });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ error: 'rate_limited' });
    expect(await workshopIds(server)).toEqual(before);
  });

  it('an unchanged workshop gets the file built for its version; a change builds a new one; past the allowance, 429', async () => {
    // exportedWorkshop downloads once (1 of 6).
    const { created, doc } = await exportedWorkshop(server.url, 'Första tanken');
    const again = await download(server.url, created.workshopId, 'export.json', created.key);
    // The same version: the very file built before, export time included.
    expect(((await again.json()) as WorkshopExport).exportedAt).toBe(doc.exportedAt);

    const facilitator = await client(server.url);
    expect((await send(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
    expect((await send(facilitator, 'summary:set', { commandId: cid(), text: 'Ny sammanfattning' })).ok).toBe(true);
    const changed = (await (await download(server.url, created.workshopId, 'export.json', created.key)).json()) as WorkshopExport;
    expect(changed.workshop.outcome.summary).toBe('Ny sammanfattning');

    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await download(server.url, created.workshopId, 'export.md', created.key)).status);
    // 3 downloads so far, 3 more allowed, then refused: a wrong key is counted as well.
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await download(server.url, created.workshopId, 'export.xlsx', 'wrong-key-wrong-key-wrong-key')).status).toBe(429);
  });
});
