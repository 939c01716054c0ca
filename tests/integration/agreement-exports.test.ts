import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedSeries } from '../../src/lib/protocol/series.js';
import { agreementApi, readerToken, type ApiInit } from './agreement-api.js';
import { cid, startServer, type TestServer } from './helpers.js';

/** The agreement's files through a real server: the compilation (md, xlsx) and the register, with who may fetch them. */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const api = (path: string, init?: ApiInit) => agreementApi(server.url, path, init);

async function download(path: string, key: string) {
  return fetch(`${server.url}/api${path}`, { headers: { authorization: `Bearer ${key}` } });
}

describe('agreement exports over HTTP', () => {
  it('serves the compilation as md and xlsx once published, and the register to the organisers only', async () => {
    const { id, key } = (await api('/series', { body: { title: 'Exportserien' } })).json as CreatedSeries;
    const { code } = (await api(`/series/${id}/agreement`, { key, body: {} })).json as { code: string };
    const run = async (command: object, as = key) => {
      const answer = await api(`/series/${id}/agreement/commands`, { key: as, body: { commandId: cid(), command } });
      expect(answer.status, JSON.stringify(command)).toBeLessThan(300);
      return answer.json;
    };
    const editorKey: string = (await run({ type: 'editor:invite', name: 'Amina' })).key;
    await run({ type: 'section:edit', sectionId: 'goals', heading: { sv: 'Mål' }, paragraphs: [{ text: { sv: 'Fler föreningar deltar.' }, sources: [] }] });
    await run({ type: 'remiss:publish', closesAt: Date.now() + 86_400_000, allowAnonymous: true });
    const ids: string[] = [];
    for (const [i, text] of ['Skriv ut vilka föreningar.', '=1+1'].entries()) {
      const sent = await api(`/agreements/${code}/comments`, { reader: readerToken(i), body: { commentId: `c${i}`, version: 1, sectionId: 'goals', text, association: i ? '' : 'IFK Exempel', name: '' } });
      expect(sent.status).toBe(201);
      ids.push(sent.json.commentId);
    }
    expect((await download(`/series/${id}/agreement/compilations/1/export.md`, key)).status).toBe(404);
    await run({ type: 'remiss:close' });
    await run({ type: 'comment:answer', commentId: ids[0], verdict: 'accepted', reason: 'Infört.' }, editorKey);
    await run({ type: 'comment:answer', commentId: ids[1], verdict: 'rejected', reason: 'Ingen synpunkt.' });
    await run({ type: 'section:edit', sectionId: 'goals', heading: { sv: 'Mål' }, paragraphs: [{ text: { sv: 'Fler föreningar, till exempel idrott och kultur, deltar.' }, sources: [] }] });
    await run({ type: 'compilation:publish', version: 1 });

    const md = await download(`/series/${id}/agreement/compilations/1/export.md`, editorKey);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-disposition')).toContain('remissammanstallning-1.md');
    const text = await md.text();
    expect(text).toContain('**IFK Exempel**');
    expect(text).toContain('**till exempel idrott och kultur,**');
    const xlsx = await download(`/series/${id}/agreement/compilations/1/export.xlsx?lang=en`, key);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.arrayBuffer()) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Comments', 'Changes', 'Totals']);
    expect(book.getWorksheet('Comments')?.getCell('C3').value).toBe('=1+1');
    expect((await download(`/series/${id}/agreement/compilations/1/export.md`, 'x'.repeat(32))).status).toBe(401);

    await run({ type: 'agreement:adopt', decidedOn: '2027-03-15', decision: 'KF § 45' });
    const joined = await api(`/agreements/${code}/joins`, { reader: readerToken(9), body: { joinId: 'j1', association: 'IFK Exempel', contactName: 'Sara', contact: 'sara@example.org', consent: true, listed: true } });
    expect(joined.status).toBe(201);
    expect((await download(`/series/${id}/agreement/register.xlsx`, editorKey)).status).toBe(403);
    const register = await download(`/series/${id}/agreement/register.xlsx`, key);
    expect(register.status).toBe(200);
    const registerBook = new ExcelJS.Workbook();
    await registerBook.xlsx.load((await register.arrayBuffer()) as never);
    expect((registerBook.worksheets[0]?.getRow(2).values as unknown[]).slice(1, 4)).toEqual(['IFK Exempel', 'Sara', 'sara@example.org']);
  });
});
