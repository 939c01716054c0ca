import { beforeAll, describe, expect, it } from 'vitest';
import { outcomeView } from '../../src/lib/domain/outcome-view.js';
import type { WorkshopState } from '../../src/lib/domain/types.js';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import { comparableState } from '../../server/exports/log-copy.js';
import { exportJson, type WorkshopExport } from '../../server/exports/json.js';
import { client, send, useServer } from './helpers.js';
import { download, runScenario, type Scenario } from './exports-scenario.js';

// Many imports and downloads from one address: more than the per-address allowance.
const server = useServer({ importsPerAddress: { points: 1000, duration: 60 }, exportsPerAddress: { points: 1000, duration: 60 } });
let scenario: Scenario;
let exported: WorkshopExport;
let exportedText: string;

const live = (workshopId: string): WorkshopState => server.application.hub.loaded(workshopId)!.state;
const importBody = (body: string, type = 'application/json') => fetch(`${server.url}/api/import`, { method: 'POST', headers: { 'content-type': type }, body });

/** The state without what depends on the workshop's identity or on sign-up contacts (not exported). */
function withoutContacts(state: WorkshopState) {
  const s = comparableState(state);
  for (const p of s.participants) if (p.signup) p.signup = { ...p.signup, name: '', contact: '' };
  return s;
}

beforeAll(async () => {
  scenario = await runScenario(server.url);
  const response = await download(server.url, scenario.created.workshopId, 'export.json', scenario.key);
  expect(response.status).toBe(200);
  exportedText = await response.text();
  exported = JSON.parse(exportedText) as WorkshopExport;
});

describe('export.json', () => {
  it('is versioned, named after the workshop and never cached', async () => {
    expect(exported.format).toBe('samrad-workshop');
    expect(exported.version).toBe(1);
    expect(Date.parse(exported.exportedAt)).not.toBeNaN();
    const response = await download(server.url, scenario.created.workshopId, 'export.json', scenario.key);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="dialogmote-vaster-aby-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('writes the log one entry per line, whatever the posts say', () => {
    expect(exportedText).toContain(`"entries": [\n      ${JSON.stringify(exported.workshop.log.entries[0])},\n`);
    const tricky = structuredClone(exported);
    tricky.workshop.posts[0]!.text = '__samrad_log_entries__';
    expect(JSON.parse(exportJson(tricky))).toEqual(tricky);
  });

  it('holds setup, every post with its status, votes, participation and moderation', () => {
    const state = live(scenario.created.workshopId);
    const { workshop } = exported;
    expect(workshop.setup.topics.map((t) => t.id)).toEqual(state.setup.topics.map((t) => t.id));
    expect(workshop.figures).toEqual(outcomeView(state).figures);
    const status = Object.fromEntries(workshop.posts.map((p) => [p.id, p.status]));
    const { ids } = scenario;
    expect(status).toMatchObject({ [ids.listen!]: 'kept', [ids.spam!]: 'hidden', [ids.listenDup!]: 'merged', [ids.withdrawn!]: 'withdrawn', [ids.pending!]: 'pending' });
    const listen = workshop.posts.find((p) => p.id === ids.listen)!;
    expect(listen).toMatchObject({ text: 'Att lyssna på varandra på riktigt', originalText: 'Att lyssna på varandra – på riktigt', votes: 3, pinned: true, source: 'participant' });
    expect(workshop.posts.find((p) => p.id === ids.table)).toMatchObject({ source: 'table', table: 3, people: 5 });
    expect(workshop.posts.find((p) => p.id === ids.paper)).toMatchObject({ source: 'paper', table: 2, people: 4, authorId: null, votes: 2 });
    for (const post of workshop.posts) expect(post.votes).toBe(state.posts.get(post.id)!.tally);
    expect(workshop.participants).toHaveLength(3);
    const anna = workshop.participants.find((p) => p.name === 'Anna Öberg')!;
    expect(anna).toMatchObject({ association: 'Föreningen Ölandsbro', sector: 'kultur', signedUp: true });
    expect(Object.values(anna.votes).reduce((a, b) => a + b, 0)).toBe([...state.participants.get(anna.id)!.votes.values()].reduce((a, b) => a + b, 0));
    expect(workshop.moderation.map((m) => m.action)).toEqual(['hide', 'edit', 'merge', 'merge', 'pin']);
    expect(workshop.moderation[1]).toMatchObject({ postIds: [ids.listen], text: 'Att lyssna på varandra på riktigt' });
    expect(workshop.outcome).toMatchObject({ summary: state.summary, updates: state.updates });
    expect(workshop.outcome.published).toBe(new Date(state.published!).toISOString());
    expect(workshop.evaluation.responses).toBe(1);
    expect(workshop.log.entries[0]!.command.type).toBe('workshop:create');
    expect(workshop.log.entries).toHaveLength(state.seq);
  });

  it('holds no secrets, no join code, no contacts and nothing of the erased participant', () => {
    const state = live(scenario.created.workshopId);
    expect(exportedText).not.toContain(state.keyHash);
    expect(exportedText).not.toContain(scenario.created.code);
    expect(exportedText).not.toContain(scenario.created.workshopId);
    // No 64-hex hash at all (key hashes, token hashes).
    expect(exportedText.replace(exported.workshop.log.stateDigest, '')).not.toMatch(/[0-9a-f]{64}/);
    for (const token of Object.values(scenario.tokens)) expect(exportedText).not.toContain(token);
    for (const text of [...scenario.contacts, ...scenario.erased]) expect(exportedText).not.toContain(text);
    // The post a duplicate was merged into stays (the group's now), without its author.
    expect(exported.workshop.posts.find((p) => p.id === scenario.ids.erikKept)).toMatchObject({ text: 'Små föreningar behöver synas', authorId: null, status: 'kept' });
  });

  it('answers 401 alike for no key, a wrong key, the old key and an unknown workshop', async () => {
    const { workshopId } = scenario.created;
    for (const [id, key] of [
      [workshopId, undefined],
      [workshopId, 'x'.repeat(32)],
      [workshopId, scenario.created.key],
      ['nosuchworkshop', scenario.key]
    ] as const) {
      for (const file of ['export.json', 'export.xlsx', 'export.csv', 'export.md', 'signups.csv']) {
        const response = await download(server.url, id, file, key);
        expect(response.status, `${file} ${id} ${key}`).toBe(401);
        expect(await response.json()).toEqual({ error: 'unauthorized' });
      }
    }
  });
});

describe('import', () => {
  let imported: CreatedWorkshop;

  beforeAll(async () => {
    const response = await importBody(exportedText);
    expect(response.status, await response.clone().text()).toBe(201);
    imported = (await response.json()) as CreatedWorkshop;
  });

  it('creates a new workshop with its own id, code and key, answered like POST /api/workshops', () => {
    expect(imported.workshopId).not.toBe(scenario.created.workshopId);
    expect(imported.code).not.toBe(scenario.created.code);
    expect(imported.key).not.toBe(scenario.key);
    expect(imported.urls.console).toBe(`${server.url}/f/${imported.workshopId}#key=${imported.key}`);
    expect(imported.urls.participant).toBe(`${server.url}/w/${imported.code}`);
  });

  it('restores exactly the same state (identity and sign-up contacts aside)', () => {
    const original = live(scenario.created.workshopId);
    const copy = live(imported.workshopId);
    expect(withoutContacts(copy)).toEqual(withoutContacts(original));
    expect(outcomeView(copy)).toEqual(outcomeView(original));
    // Sign-ups count, but their contacts were never exported.
    const signups = [...copy.participants.values()].filter((p) => p.signup);
    expect(signups).toHaveLength(2);
    for (const p of signups) expect(p.signup!.contact).toBe('Finns bara i signups.csv');
  });

  it('opens with the new key only; exported participants cannot sign in with their old tokens', async () => {
    const facilitator = await client(server.url);
    expect(await send(facilitator, 'facilitator:join', { workshopId: imported.workshopId, key: scenario.key })).toEqual({ ok: false, error: 'unauthorized' });
    const joined = await send(facilitator, 'facilitator:join', { workshopId: imported.workshopId, key: imported.key });
    expect(joined.ok).toBe(true);
    expect(joined.snapshot.posts.length).toBeGreaterThan(0);
    const phone = await client(server.url);
    const ack = await send(phone, 'participant:join', { code: imported.code, token: scenario.tokens.anna });
    expect(ack.ok).toBe(true);
    // A new, empty participant: Anna's profile and votes stay with the exported one.
    expect(ack.self.name).toBe('');
    expect(ack.self.votes).toEqual([]);
    expect(live(imported.workshopId).participants.size).toBe(4);
  });

  it('exports the imported workshop with the same log (plus the import itself)', async () => {
    const again = (await (await download(server.url, imported.workshopId, 'export.json', imported.key)).json()) as WorkshopExport;
    const entries = again.workshop.log.entries;
    expect(entries.slice(0, exported.workshop.log.entries.length)).toEqual(exported.workshop.log.entries);
    expect(entries[exported.workshop.log.entries.length]!.command.type).toBe('screen:mode');
  });
});

describe('a bad import imports nothing', () => {
  const tamper = (change: (doc: any) => void) => {
    const doc = JSON.parse(exportedText);
    change(doc);
    return JSON.stringify(doc);
  };
  const cases: [string, () => string, number, string][] = [
    ['not JSON', () => 'this is { not json', 400, 'import_not_json'],
    ['a JSON string', () => '"samrad"', 400, 'import_unknown_format'],
    ['an array', () => '[1,2,3]', 400, 'import_unknown_format'],
    ['another program’s JSON', () => JSON.stringify({ name: 'survey', answers: [] }), 400, 'import_unknown_format'],
    ['a newer version', () => tamper((d) => (d.version = 2)), 400, 'import_unsupported_version'],
    ['an unknown key', () => tamper((d) => (d.workshop.extra = true)), 400, 'import_invalid'],
    ['an unknown command', () => tamper((d) => (d.workshop.log.entries[3].command = { type: 'workshop:destroy' })), 400, 'import_invalid'],
    ['a real-looking token hash', () => tamper((d) => (d.workshop.log.entries.find((e: any) => e.command.type === 'participant:join').command.tokenHash = 'a'.repeat(64))), 400, 'import_invalid'],
    ['a key hash', () => tamper((d) => (d.workshop.log.entries[0].command.keyHash = 'b'.repeat(64))), 400, 'import_invalid'],
    ['no entries', () => tamper((d) => (d.workshop.log.entries = [])), 400, 'import_invalid'],
    [
      'a changed post text',
      () => tamper((d) => (d.workshop.log.entries.find((e: any) => e.command.type === 'post:create').command.text = 'Något annat')),
      400,
      'import_mismatch'
    ],
    ['a removed vote', () => tamper((d) => d.workshop.log.entries.splice(d.workshop.log.entries.findIndex((e: any) => e.command.type === 'vote:cast'), 1)), 400, 'import_mismatch'],
    ['entries out of order', () => tamper((d) => d.workshop.log.entries.reverse()), 400, 'import_mismatch'],
    [
      'a log that does not start with workshop:create',
      () =>
        tamper((d) => {
          d.workshop.log.entries.shift();
          d.workshop.log.entries.forEach((e: any, i: number) => (e.seq = i + 1));
        }),
      400,
      'import_mismatch'
    ],
    ['a changed digest', () => tamper((d) => (d.workshop.log.stateDigest = `sha256:${'0'.repeat(64)}`)), 400, 'import_mismatch'],
    ['more than 10 MB', () => tamper((d) => (d.workshop.padding = 'x'.repeat(10 * 1024 * 1024))), 413, 'payload_too_large']
  ];

  it.each(cases)('%s', async (_name, body, status, error) => {
    const before = (await server.application.hub.workshopIds()).length;
    const response = await importBody(body());
    expect(response.status).toBe(status);
    expect((await response.json()).error).toBe(error);
    expect((await server.application.hub.workshopIds()).length).toBe(before);
  });

  it('says which field is wrong', async () => {
    const response = await importBody(tamper((d) => (d.workshop.log.entries[1].command.name = 42)));
    expect(await response.json()).toMatchObject({ error: 'import_invalid', detail: expect.stringContaining('workshop.log.entries.1') });
  });
});
