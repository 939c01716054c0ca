import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompilationView, PublicView, StaffView } from '../../src/lib/domain/agreement/views.js';
import type { PublicAgreementResponse } from '../../src/lib/protocol/agreement.js';
import type { CreatedSeries } from '../../src/lib/protocol/series.js';
import { agreementApi, readerToken, type ApiInit } from './agreement-api.js';
import { cid, client, closeClients, createWorkshop, send, startServer, type TestServer } from './helpers.js';

/**
 * The agreement process through a real server (docs/agreement.md): a series' meeting →
 * the draft, filled from the synthesis with links to the posts → a remiss → 20 comments
 * from 20 readers' browsers → answers → the compilation with the revised text and its
 * diff → adoption → 10 joins; then a restart replays it, and one reader's erasure leaves
 * nothing of their words on disk.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  closeClients();
  await server?.stop();
});

const api = (path: string, init?: ApiInit) => agreementApi(server.url, path, init);
const staffCommand = (seriesId: string, key: string, command: object) => api(`/series/${seriesId}/agreement/commands`, { key, body: { commandId: cid(), command } });

/** A series with one meeting whose phones posted interpretations of two principles. */
async function seriesWithMeeting(): Promise<CreatedSeries & { postTexts: string[] }> {
  const series = (await api('/series', { body: { title: 'Dialogmöten 2027' } })).json as CreatedSeries;
  const workshop = await createWorkshop(server.url);
  expect((await api(`/series/${series.id}/workshops`, { key: series.key, body: { workshopId: workshop.workshopId, workshopKey: workshop.key } })).status).toBe(201);
  const f = await client(server.url);
  expect((await send(f, 'facilitator:join', { workshopId: workshop.workshopId, key: workshop.key })).ok).toBe(true);
  const phone = await client(server.url);
  expect((await send(phone, 'participant:join', { code: workshop.code, name: '', association: 'Scoutkåren' })).ok).toBe(true);
  expect((await send(f, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } })).ok).toBe(true);
  const postTexts = ['Vi möts innan besluten fattas', 'Föreningarna bestämmer själva över sin verksamhet'];
  for (const [topicId, text] of [['dialog', postTexts[0]!], ['sjalvstandighet', postTexts[1]!]] as const) {
    expect((await send(phone, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: [topicId], text })).ok).toBe(true);
  }
  return { ...series, postTexts };
}

describe('the agreement process over HTTP', () => {
  it('goes from the draft to a compiled remiss, an adopted agreement and its joins, and survives a restart', async () => {
    const series = await seriesWithMeeting();
    const { id, key } = series;
    const created = await api(`/series/${id}/agreement`, { key, body: {} });
    expect(created.status).toBe(201);
    expect(created.json.url).toBe(`${server.url}/r/${created.json.code}`);
    const code: string = created.json.code;
    expect((await api(`/series/${id}/agreement`, { key, body: {} })).status).toBe(409);
    expect((await api(`/series/${id}/agreement`, { key: 'x'.repeat(32) })).status).toBe(401);

    // The working group: its own key edits the draft, but cannot publish or invite.
    const invited = await staffCommand(id, key, { type: 'editor:invite', name: 'Amina' });
    expect(invited.status).toBe(201);
    expect(invited.json.url).toBe(`${server.url}/s/${id}/overenskommelse#key=${invited.json.key}`);
    const editorKey: string = invited.json.key;
    const asEditor = (await api(`/series/${id}/agreement`, { key: editorKey })).json as StaffView;
    expect(asEditor.audience).toBe('editor');
    expect(JSON.stringify(asEditor)).not.toContain(editorKey);
    expect((await staffCommand(id, editorKey, { type: 'section:edit', sectionId: 'background', heading: { sv: 'Bakgrund' }, paragraphs: [{ text: { sv: 'Staden och föreningarna har samverkat länge.', ar: 'تتعاون المدينة والجمعيات منذ زمن طويل.' }, sources: [] }] })).status).toBe(200);
    expect((await staffCommand(id, editorKey, { type: 'remiss:publish', closesAt: Date.now() + 86_400_000, allowAnonymous: false })).status).toBe(403);
    expect((await staffCommand(id, editorKey, { type: 'editor:invite', name: 'X' })).status).toBe(403);

    // The synthesis fills the principles' section, each paragraph linked to the posts behind it.
    const filled = await api(`/series/${id}/agreement/from-synthesis`, { key: editorKey, body: { sectionId: 'principles', role: 'principles', mode: 'replace' } });
    expect(filled.status).toBe(200);
    expect(filled.json.paragraphs).toBe(2);
    const draft = (await api(`/series/${id}/agreement`, { key })).json as StaffView;
    const principles = draft.draft.find((s) => s.id === 'principles')!;
    expect(principles.paragraphs.flatMap((p) => p.sources.map((s) => s.text)).sort()).toEqual([...series.postTexts].sort());

    // Bad bodies change nothing.
    for (const body of [{}, { commandId: 'x' }, { commandId: 'x', command: { type: 'section:remove' } }, { commandId: 'x', command: { type: 'agreement:create' } }, { commandId: 'x', command: { type: 'remiss:publish', closesAt: 'soon', allowAnonymous: true } }]) {
      expect((await api(`/series/${id}/agreement/commands`, { key, body })).status, JSON.stringify(body)).toBe(400);
    }

    const published = await staffCommand(id, key, { type: 'remiss:publish', closesAt: Date.now() + 7 * 86_400_000, allowAnonymous: false });
    expect(published.json).toMatchObject({ ok: true, version: 1 });
    const publicPage = (await api(`/agreements/${code.toLowerCase()}`)).json as PublicView;
    expect(publicPage).toMatchObject({ stage: 'remiss', commentsOpen: true, current: { number: 1, allowAnonymous: false } });
    expect(publicPage.current?.sections.find((s) => s.id === 'principles')?.paragraphs[0]?.sources[0]?.text).toBeTruthy();

    // 20 readers comment, each from their own browser; the rules of this remiss hold.
    const comment = (i: number, extra: object = {}) =>
      api(`/agreements/${code}/comments`, {
        reader: readerToken(i),
        body: { commentId: `c${i}`, version: 1, sectionId: i % 2 ? 'principles' : 'background', text: `Synpunkt nummer ${i} från föreningen`, name: `Person ${i}`, association: `Förening ${i % 8}`, ...extra }
      });
    for (let i = 0; i < 20; i += 1) expect((await comment(i, i === 3 ? { contact: 'p3@example.org', consent: true } : {})).status, `comment ${i}`).toBe(201);
    expect((await comment(0)).status).toBe(201); // the same comment sent again: answered once
    expect((await comment(30, { name: '', association: '' })).json).toEqual({ error: 'anonymous_not_allowed' });
    expect((await comment(31, { contact: 'x@example.org' })).json).toEqual({ error: 'consent_required' });
    expect((await api(`/agreements/${code}/comments`, { body: { commentId: 'c', version: 1, sectionId: 'goals', text: 'x' } })).status).toBe(400);
    expect((await api('/agreements/ZZZZZZ')).status).toBe(404);
    const mine = (await api(`/agreements/${code}`, { reader: readerToken(3) })).json as PublicView;
    expect(mine.own).toHaveLength(1);
    expect(JSON.stringify(mine)).not.toMatch(/Person 3|p3@example/);

    // Close, answer, hide one, revise, and publish the compilation.
    expect((await staffCommand(id, key, { type: 'remiss:close' })).status).toBe(200);
    expect((await comment(40)).json).toEqual({ error: 'remiss_closed' });
    const staff = (await api(`/series/${id}/agreement`, { key })).json as StaffView;
    expect(staff.comments).toHaveLength(20);
    expect(staff.comments.find((c) => c.text.includes('nummer 3 '))?.contact).toBe('p3@example.org');
    const [hidden, ...rest] = staff.comments;
    expect((await staffCommand(id, editorKey, { type: 'comment:hide', commentId: hidden!.id, reason: 'Inte en synpunkt på texten' })).status).toBe(200);
    for (const [i, c] of rest.entries()) {
      const verdict = ['accepted', 'partly', 'rejected'][i % 3];
      expect((await staffCommand(id, i % 2 ? editorKey : key, { type: 'comment:answer', commentId: c.id, verdict, reason: `Svar ${i}` })).status).toBe(200);
      if (i === 0) expect((await staffCommand(id, key, { type: 'compilation:publish', version: 1 })).json).toEqual({ error: 'unanswered_comments' });
    }
    await staffCommand(id, key, { type: 'section:edit', sectionId: 'background', heading: { sv: 'Bakgrund' }, paragraphs: [{ text: { sv: 'Staden och föreningarna har samverkat länge och vill göra det tydligare.' }, sources: [] }] });
    expect((await staffCommand(id, key, { type: 'compilation:publish', version: 1 })).json).toMatchObject({ ok: true, version: 2 });
    const compilation = (await api(`/agreements/${code}/compilations/1`)).json as CompilationView;
    expect(compilation.totals).toMatchObject({ comments: 19, hidden: 1, accepted: 7, partly: 6, rejected: 6 });
    expect(compilation.changes.find((c) => c.sectionId === 'background')?.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['och vill göra det tydligare']);
    expect(JSON.stringify(compilation)).not.toMatch(/Person \d|example\.org/);
    expect((await api(`/agreements/${code}`, { reader: readerToken(5) })).json.own[0].answer).toBeTruthy();

    // Adoption, then 10 associations join; the public list shows those who agreed to be listed.
    expect((await staffCommand(id, key, { type: 'agreement:adopt', decidedOn: '2027-03-15', decision: 'Kommunfullmäktige 2027-03-15 § 45' })).json).toMatchObject({ ok: true, version: 3 });
    for (let i = 0; i < 10; i += 1) {
      const joined = await api(`/agreements/${code}/joins`, { reader: readerToken(100 + i), body: { joinId: `j${i}`, association: `Ansluten förening ${i}`, contactName: `Kontakt ${i}`, contact: `k${i}@example.org`, consent: true, listed: i < 7 } });
      expect(joined.status, JSON.stringify(joined.json)).toBe(201);
    }
    expect((await api(`/series/${id}/updates`, { key, body: { date: '2028-03-15', text: 'Ett år senare: 42 föreningar har anslutit.' } })).status).toBe(201);
    const adopted = (await api(`/agreements/${code}`)).json as PublicAgreementResponse;
    expect(adopted.stage).toBe('adopted');
    expect(adopted.updates.map((u) => u.text.sv)).toEqual(['Ett år senare: 42 föreningar har anslutit.']);
    expect(adopted.joined).toEqual({ listed: Array.from({ length: 7 }, (_, i) => `Ansluten förening ${i}`), total: 10 });
    expect(JSON.stringify(adopted)).not.toMatch(/Kontakt|example\.org/);
    const before = (await api(`/series/${id}/agreement`, { key })).json as StaffView;
    expect(before.joins).toHaveLength(10);

    // A restart replays the log to the same agreement.
    await server.stop();
    server = await startServer(server.dataDir);
    expect((await api(`/series/${id}/agreement`, { key })).json).toEqual(before);
  });

  it('erases one reader: their words and contact leave the state and every file, the answers stay', async () => {
    const series = await seriesWithMeeting();
    const { id, key } = series;
    const code: string = (await api(`/series/${id}/agreement`, { key, body: {} })).json.code;
    await staffCommand(id, key, { type: 'section:edit', sectionId: 'goals', heading: { sv: 'Mål' }, paragraphs: [{ text: { sv: 'Fler föreningar samverkar.' }, sources: [] }] });
    await staffCommand(id, key, { type: 'remiss:publish', closesAt: Date.now() + 86_400_000, allowAnonymous: true });
    const marker = 'Hemlig-synpunkt-7f3a';
    const body = { commentId: 'e1', version: 1, sectionId: 'goals', text: `${marker} om målen`, name: 'Zelda Erasmus', association: 'Raderingsföreningen', contact: 'zelda@example.org', consent: true };
    expect((await api(`/agreements/${code}/comments`, { reader: readerToken(1), body })).status).toBe(201);
    expect((await api(`/agreements/${code}/comments`, { reader: readerToken(2), body: { ...body, commentId: 'e2', text: 'Kvarstående synpunkt', name: '', association: '', contact: '', consent: false } })).status).toBe(201);
    const myData = await api(`/agreements/${code}/my-data`, { reader: readerToken(1) });
    expect(myData.json.comments[0]).toMatchObject({ name: 'Zelda Erasmus', contact: 'zelda@example.org' });

    const erased = await api(`/agreements/${code}/erase`, { reader: readerToken(1), body: {} });
    expect(erased.json).toMatchObject({ ok: true, comments: 1, joins: 0 });
    const staff = (await api(`/series/${id}/agreement`, { key })).json as StaffView;
    expect(staff.comments.map((c) => [c.text, c.erased ?? false])).toEqual([['', true], ['Kvarstående synpunkt', false]]);

    // Nothing readable of the erased reader in any file under DATA_DIR.
    const files = await filesUnder(server.dataDir);
    expect(files.some((f) => f.includes('agreements'))).toBe(true);
    for (const file of files) {
      const content = await readFile(file, 'utf8');
      for (const secret of [marker, 'Zelda', 'zelda@example.org', 'Raderingsföreningen']) expect(content.includes(secret), `${secret} in ${file}`).toBe(false);
    }
    // …and a replay gives the same state.
    await server.stop();
    server = await startServer(server.dataDir);
    expect(((await api(`/series/${id}/agreement`, { key })).json as StaffView).comments).toEqual(staff.comments);
  });
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
