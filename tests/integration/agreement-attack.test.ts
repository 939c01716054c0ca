import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGREEMENT_LIMITS } from '../../src/lib/domain/agreement/limits.js';
import type { CompilationView, PublicView, StaffView } from '../../src/lib/domain/agreement/views.js';
import type { CreatedSeries } from '../../src/lib/protocol/series.js';
import { agreementApi, readerToken, type ApiInit } from './agreement-api.js';
import { cid, startServer, type TestServer } from './helpers.js';

/**
 * The agreement attacked from outside (issue 18's review): an editor of another series, a
 * revoked editor, a reader acting on another reader's words, a reader who erased themself,
 * and the work one request can make the server do. Each case failed before its fix.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer(undefined, { wrongCodesPerSocket: { points: 10_000, duration: 60 }, wrongCodesPerAddress: { points: 10_000, duration: 60 } });
});
afterAll(async () => {
  await server?.stop();
});

const api = (path: string, init?: ApiInit) => agreementApi(server.url, path, init);
const command = (seriesId: string, key: string, body: object) => api(`/series/${seriesId}/agreement/commands`, { key, body: { commandId: cid(), command: body } });
const seqOf = async (seriesId: string, key: string) => ((await api(`/series/${seriesId}/agreement`, { key })).json as StaffView).seq;

/** A series with its agreement, a draft with text, and (optionally) an open remiss. */
async function agreement(remiss = true): Promise<CreatedSeries & { code: string }> {
  const series = (await api('/series', { body: { title: 'Angripen serie' } })).json as CreatedSeries;
  const code: string = (await api(`/series/${series.id}/agreement`, { key: series.key, body: {} })).json.code;
  await command(series.id, series.key, { type: 'section:edit', sectionId: 'goals', heading: { sv: 'Mål' }, paragraphs: [{ text: { sv: 'Fler föreningar samverkar.' }, sources: [] }] });
  if (remiss) expect((await command(series.id, series.key, { type: 'remiss:publish', closesAt: Date.now() + 86_400_000, allowAnonymous: true })).status).toBe(200);
  return { ...series, code };
}

const comment = (code: string, reader: number, extra: object = {}) =>
  api(`/agreements/${code}/comments`, { reader: readerToken(reader), body: { commentId: cid(), version: 1, sectionId: 'goals', text: `Synpunkt från läsare ${reader}`, ...extra } });

describe('the agreement under attack', () => {
  it('keeps one series’ keys out of another’s agreement, and a revoked editor out of every route', async () => {
    const a = await agreement();
    const b = await agreement();
    const editorA: string = (await command(a.id, a.key, { type: 'editor:invite', name: 'Redaktör A' })).json.key;
    const unauthorized = { status: 401, json: { error: 'unauthorized' } };
    const routes = (id: string) => [
      () => api(`/series/${id}/agreement`, { key: editorA }),
      () => api(`/series/${id}/agreement/commands`, { key: editorA, body: { commandId: cid(), command: { type: 'remiss:close' } } }),
      () => api(`/series/${id}/agreement/from-synthesis`, { key: editorA, body: { sectionId: 'principles', role: 'principles', mode: 'replace' } }),
      () => api(`/series/${id}/agreement/qr.svg`, { key: editorA })
    ];
    // Series A's editor and organiser key open nothing of series B, and get what an unknown series gets.
    for (const route of routes(b.id)) expect(await route()).toMatchObject(unauthorized);
    for (const route of routes('okandserie123')) expect(await route()).toMatchObject(unauthorized);
    expect(await api(`/series/${b.id}/agreement`, { key: a.key })).toMatchObject(unauthorized);

    // Revoked: every route of its own series answers as to a stranger.
    const editorId = ((await api(`/series/${a.id}/agreement`, { key: a.key })).json as StaffView).editors[0]!.id;
    expect((await command(a.id, a.key, { type: 'editor:revoke', editorId })).status).toBe(200);
    const seq = await seqOf(a.id, a.key);
    for (const route of routes(a.id)) expect(await route()).toMatchObject(unauthorized);
    expect(await seqOf(a.id, a.key)).toBe(seq);
  });

  it('lets an editor edit and moderate but not see contacts or sender ids, erase, publish, adopt, invite or hide a join', async () => {
    const a = await agreement();
    const editor: string = (await command(a.id, a.key, { type: 'editor:invite', name: 'Redaktör' })).json.key;
    expect((await comment(a.code, 1, { name: 'Kim Kontakt', association: 'Kontaktföreningen', contact: 'kim@example.org', consent: true })).status).toBe(201);
    const organiser = (await api(`/series/${a.id}/agreement`, { key: a.key })).json as StaffView;
    const authorId = organiser.comments[0]!.authorId!;
    const asEditor = (await api(`/series/${a.id}/agreement`, { key: editor })).json as StaffView;
    const shown = JSON.stringify(asEditor);
    for (const secret of ['kim@example.org', authorId, editor]) expect(shown).not.toContain(secret);
    expect(shown).not.toMatch(/keyHash/);
    expect(asEditor.editors).toEqual([]);
    expect(asEditor.joins).toEqual([]);
    const seq = await seqOf(a.id, a.key);
    for (const forbidden of [
      { type: 'author:erase', authorId },
      { type: 'remiss:publish', closesAt: Date.now() + 1e9, allowAnonymous: true },
      { type: 'remiss:close' },
      { type: 'agreement:adopt', decidedOn: '2027-03-15', decision: 'KF' },
      { type: 'editor:invite', name: 'Smygare' },
      { type: 'editor:revoke', editorId: organiser.editors[0]!.id },
      { type: 'join:hide', joinId: 'x', reason: 'x' },
      { type: 'compilation:publish', version: 1 }
    ]) {
      expect(await command(a.id, editor, forbidden), forbidden.type).toMatchObject({ status: 403, json: { error: 'forbidden' } });
    }
    expect(await seqOf(a.id, a.key)).toBe(seq);
    expect(((await api(`/series/${a.id}/agreement`, { key: a.key })).json as StaffView).comments[0]).toMatchObject({ text: 'Synpunkt från läsare 1', contact: 'kim@example.org' });
  });

  it('lets no reader reach another reader’s words: erase and my-data act on the caller only', async () => {
    const a = await agreement();
    expect((await comment(a.code, 1, { name: 'Ada', association: 'Förening A' })).status).toBe(201);
    expect((await api(`/agreements/${a.code}/erase`, { reader: readerToken(2), body: {} })).status).toBe(403);
    expect((await api(`/agreements/${a.code}/my-data`, { reader: readerToken(2) })).json).toMatchObject({ comments: [], joins: [] });
    expect((await api(`/agreements/${a.code}`, { reader: readerToken(2) })).json.own).toEqual([]);
    expect((await api(`/agreements/${a.code}/my-data`, { reader: readerToken(1) })).json.comments[0]).toMatchObject({ name: 'Ada' });
  });

  it('does not let the public compilation link one reader’s comments through their ids', async () => {
    const a = await agreement();
    // One reader, once with their association and once anonymously, and a second reader.
    expect((await comment(a.code, 1, { association: 'Synlig förening', name: 'Vera' })).status).toBe(201);
    expect((await comment(a.code, 1)).status).toBe(201);
    expect((await comment(a.code, 2)).status).toBe(201);
    await command(a.id, a.key, { type: 'remiss:close' });
    const staff = (await api(`/series/${a.id}/agreement`, { key: a.key })).json as StaffView;
    for (const c of staff.comments) await command(a.id, a.key, { type: 'comment:answer', commentId: c.id, verdict: 'accepted', reason: 'Tack' });
    expect((await command(a.id, a.key, { type: 'compilation:publish', version: 1 })).status).toBe(200);
    const compilation = (await api(`/agreements/${a.code}/compilations/1`)).json as CompilationView;
    const ids = compilation.sections.flatMap((s) => s.comments.map((c) => c.id));
    expect(ids).toHaveLength(3);
    const authorIds = staff.comments.map((c) => c.authorId!);
    for (const id of ids) for (const authorId of authorIds) expect(id.startsWith(authorId.slice(0, 4))).toBe(false);
    const prefixes = ids.map((id) => id.slice(0, 6));
    expect(new Set(prefixes).size).toBe(3);
  });

  it('erases once: a repeated erasure writes nothing, and what the reader sends after it is refused', async () => {
    const a = await agreement();
    expect((await comment(a.code, 1, { name: 'Olle', association: 'Förening O' })).status).toBe(201);
    expect((await api(`/agreements/${a.code}/erase`, { reader: readerToken(1), body: {} })).json).toMatchObject({ ok: true, comments: 1 });
    const seq = await seqOf(a.id, a.key);
    for (let i = 0; i < 5; i += 1) expect((await api(`/agreements/${a.code}/erase`, { reader: readerToken(1), body: {} })).status).toBe(403);
    // Its words would be sealed under a key never stored: the server refuses rather than keep a comment nobody can read.
    expect(await comment(a.code, 1, { name: 'Olle', association: 'Förening O' })).toMatchObject({ status: 403, json: { error: 'forbidden' } });
    expect(await seqOf(a.id, a.key)).toBe(seq);
    const staff = (await api(`/series/${a.id}/agreement`, { key: a.key })).json as StaffView;
    expect(staff.comments).toHaveLength(1);
    expect(JSON.stringify(staff)).not.toContain('(erased)');
    // A new browser token is a new sender.
    expect((await comment(a.code, 11)).status).toBe(201);
  });

  it('answers the compilation of two long, wholly different versions at once', { timeout: 60_000 }, async () => {
    const a = await agreement(false);
    // Four paragraphs of 500 words per section, none in the same order before and after.
    const words = (seed: number) => Array.from({ length: 500 }, (_, i) => `ord${(i * seed) % 997}`).join(' ');
    const paragraphs = (seed: number) => Array.from({ length: 4 }, () => ({ text: { sv: words(seed) }, sources: [] }));
    const body = (seed: number) => Array.from({ length: 4 }, () => words(seed)).join('\n\n');
    for (const sectionId of ['background', 'why', 'goals', 'roles']) expect((await command(a.id, a.key, { type: 'section:edit', sectionId, heading: { sv: sectionId }, paragraphs: paragraphs(7) })).status).toBe(200);
    await command(a.id, a.key, { type: 'remiss:publish', closesAt: Date.now() + 86_400_000, allowAnonymous: true });
    await command(a.id, a.key, { type: 'remiss:close' });
    for (const sectionId of ['background', 'why', 'goals', 'roles']) await command(a.id, a.key, { type: 'section:edit', sectionId, heading: { sv: sectionId }, paragraphs: paragraphs(13) });
    expect((await command(a.id, a.key, { type: 'compilation:publish', version: 1 })).status).toBe(200);
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      const compiled = await api(`/agreements/${a.code}/compilations/1`);
      expect(compiled.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(1_000);
      const goals = (compiled.json as CompilationView).changes.find((c) => c.sectionId === 'goals')!;
      // Too different to mark word by word: shown as the text before and the text after.
      expect(goals.status).toBe('changed');
      expect(goals.parts).toEqual([{ value: body(7), removed: true }, { value: body(13), added: true }]);
    }
  });

  it('bounds the sources a whole draft keeps (each version copies them)', async () => {
    const a = await agreement(false);
    const sources = (section: number, paragraph: number) =>
      Array.from({ length: AGREEMENT_LIMITS.sourcesPerParagraph }, (_, i) => ({ workshopId: `w${section}`, postId: `p${paragraph}x${i}` }));
    const paragraphs = (section: number) => Array.from({ length: AGREEMENT_LIMITS.paragraphs }, (_, p) => ({ text: { sv: '' }, sources: sources(section, p) }));
    const sections = ['background', 'why', 'goals', 'roles', 'values'];
    const answers = [];
    for (const [i, sectionId] of sections.entries()) answers.push((await command(a.id, a.key, { type: 'section:edit', sectionId, heading: { sv: sectionId }, paragraphs: paragraphs(i) })).json);
    expect(answers.at(-1)).toEqual({ error: 'limit_reached' });
    const draft = ((await api(`/series/${a.id}/agreement`, { key: a.key })).json as StaffView).draft;
    expect(draft.reduce((n, s) => n + s.paragraphs.reduce((m, p) => m + p.sourceCount, 0), 0)).toBeLessThanOrEqual(AGREEMENT_LIMITS.draftSources);
  });

  it('keeps public answers free of the reader token and of sender ids', async () => {
    const a = await agreement();
    const token = readerToken(77);
    expect((await api(`/agreements/${a.code}/comments`, { reader: token, body: { commentId: 'own1', version: 1, sectionId: 'goals', text: 'Min egen', name: 'Rut', association: 'Rutföreningen', contact: 'rut@example.org', consent: true } })).status).toBe(201);
    const authorId = ((await api(`/series/${a.id}/agreement`, { key: a.key })).json as StaffView).comments[0]!.authorId!;
    for (const reader of [token, readerToken(78), undefined]) {
      const body = (await api(`/agreements/${a.code}`, reader ? { reader } : {})).text;
      for (const secret of [token, authorId, authorId.slice(0, 8), 'rut@example.org', 'Rut,', '"Rut"']) expect(body).not.toContain(secret);
    }
    const view = (await api(`/agreements/${a.code}`, { reader: token })).json as PublicView;
    expect(view.own.map((c) => c.text)).toEqual(['Min egen']);
  });

  it('bounds what writers put in the log: a loop of full-draft edits is refused past the budget, publishing is not', { timeout: 120_000 }, async () => {
    const a = await agreement(false);
    // One section of 192,000 characters: a draft near its 200,000, rewritten in a loop.
    const text = (i: number) => ({ sv: `${i} `.padEnd(4_000, 'x') });
    const edit = (i: number, sectionId: string) => command(a.id, a.key, { type: 'section:edit', sectionId, heading: { sv: sectionId }, paragraphs: Array.from({ length: 48 }, (_, p) => ({ text: text(i + p), sources: [] })) });
    const sections = ['background'];
    const per = JSON.stringify({ type: 'section:edit', sectionId: 'background', heading: { sv: 'background' }, paragraphs: Array.from({ length: 48 }, (_, p) => ({ text: text(p), sources: [] })) }).length;
    const fits = Math.floor(AGREEMENT_LIMITS.writerLog / per);
    let i = 0;
    for (; i < fits; i += 1) expect((await edit(i, sections[0]!)).status, `edit ${i}`).toBe(200);
    const seq = await seqOf(a.id, a.key);
    expect(await edit(i, sections[0]!)).toMatchObject({ status: 400, json: { error: 'limit_reached' } });
    expect(await seqOf(a.id, a.key)).toBe(seq);
    // The organisers can still take the text they have to a remiss.
    expect((await command(a.id, a.key, { type: 'remiss:publish', closesAt: Date.now() + 86_400_000, allowAnonymous: true })).status).toBe(200);
  });
});
