import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { applyAgreementEntry, createAgreement } from '../../src/lib/domain/agreement/rules.js';
import { templateSections } from '../../src/lib/domain/agreement/template.js';
import type { AgreementActor, AgreementCommand, AgreementCommandOf, AgreementEntry } from '../../src/lib/domain/agreement/types.js';
import { compilationView, staffView, type CompilationView } from '../../src/lib/domain/agreement/views.js';
import { compilationMarkdown, compilationXlsx } from './compilation-export.js';
import { registerXlsx } from './register-export.js';

const ORGANISER: AgreementActor = { role: 'organiser' };
const DAY = 86_400_000;
const T0 = Date.UTC(2027, 0, 10, 9);

/** A compiled remiss, driven through the domain: three comments (one anonymous, one hidden, one a formula), answers, a revised text, joins. */
function compiled() {
  const first: AgreementEntry & { command: AgreementCommandOf<'agreement:create'> } = {
    seq: 1,
    at: T0,
    actor: { role: 'system' },
    commandId: 'create',
    command: { type: 'agreement:create', seriesId: 's1', code: 'K7M4QX', title: { sv: 'Lokal överenskommelse', en: 'Local agreement' }, sections: templateSections() }
  };
  const state = createAgreement('s1', first);
  let seq = 1;
  const send = (actor: AgreementActor, command: AgreementCommand, at = T0 + seq * 60_000) => {
    seq += 1;
    const result = applyAgreementEntry(state, { seq, at, actor, commandId: `c${seq}`, command });
    expect(result, command.type).toMatchObject({ ok: true });
  };
  const edit = (sv: string) => send(ORGANISER, { type: 'section:edit', sectionId: 'principles', heading: { sv: 'Principer för samverkan', en: 'Principles' }, paragraphs: [{ text: { sv }, sources: [] }] });
  edit('Dialog: vi möts regelbundet.');
  send(ORGANISER, { type: 'remiss:publish', closesAt: T0 + 30 * DAY, allowAnonymous: true });
  const reader = (authorId: string): AgreementActor => ({ role: 'public', authorId });
  const comment = (commentId: string, text: string, association: string) =>
    send(reader(commentId), { type: 'comment:add', commentId, version: 1, sectionId: 'principles', text, name: association ? 'Sara' : '', association, contact: association ? 'sara@example.org' : '', consent: Boolean(association) });
  comment('k1', 'Dialogen behöver ske tidigt.', 'IFK Exempel');
  comment('k2', '=HYPERLINK("http://evil.example","klicka")', '');
  comment('k3', 'Köp billiga klockor', 'Spam AB');
  send(ORGANISER, { type: 'remiss:close' });
  send(ORGANISER, { type: 'comment:answer', commentId: 'k1', verdict: 'accepted', reason: 'Infört i texten.' });
  send(ORGANISER, { type: 'comment:answer', commentId: 'k2', verdict: 'rejected', reason: 'Ingen synpunkt på texten.' });
  send(ORGANISER, { type: 'comment:hide', commentId: 'k3', reason: 'Reklam' });
  edit('Dialog: vi möts tidigt och regelbundet.');
  send(ORGANISER, { type: 'compilation:publish', version: 1 });
  send(ORGANISER, { type: 'agreement:adopt', decidedOn: '2027-03-15', decision: 'KF § 45' });
  send(reader('j-author'), { type: 'join:add', joinId: 'j1', association: 'IFK Exempel', contactName: 'Sara Berg', contact: 'sara@example.org', consent: true, listed: true });
  send(reader('j-author2'), { type: 'join:add', joinId: 'j2', association: '@SUM(A1:A9)', contactName: 'Ola', contact: '070-123', consent: true, listed: false });
  send(ORGANISER, { type: 'join:hide', joinId: 'j2', reason: 'Inte en förening' });
  const view = compilationView(state, 1, () => undefined) as CompilationView;
  expect(view).toBeDefined();
  return { view, joins: staffView(state, 'organiser', T0 + 90 * DAY, () => undefined).joins };
}

async function readBook(buffer: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as never);
  const rows = (name: string) => {
    const sheet = book.getWorksheet(name);
    expect(sheet, name).toBeDefined();
    const out: unknown[][] = [];
    sheet?.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };
  return { book, rows };
}

describe('the compilation as Markdown', () => {
  it('lists every shown comment with its answer by section, hidden ones by reason, the totals and the marked changes', () => {
    const { view } = compiled();
    const text = compilationMarkdown(view, 'sv', T0 + 40 * DAY);
    expect(text).toContain('# Lokal överenskommelse');
    expect(text).toContain('- Synpunkter (visade): 2');
    expect(text).toContain('### Principer för samverkan');
    expect(text).toContain('- **IFK Exempel** (2027-01-10): Dialogen behöver ske tidigt.');
    expect(text).toContain('  - Svar: **Bifalls** – Infört i texten.');
    expect(text).toContain('- **Anonym**');
    expect(text).toContain('_Dold synpunkt – skäl: Reklam_');
    expect(text).not.toContain('Köp billiga klockor');
    expect(text).not.toMatch(/Sara|sara@example/);
    expect(text).toContain('### Principer för samverkan (Ändrat)');
    expect(text).toMatch(/vi möts \*\*tidigt och\*\* regelbundet\./);
    // People's markup is escaped: a comment's brackets and stars stay characters.
    expect(text).toContain('=HYPERLINK("http://evil.example","klicka")');
  });

  it('speaks English when asked, the English headings where given', () => {
    const { view } = compiled();
    const text = compilationMarkdown(view, 'en', T0);
    expect(text).toContain('# Local agreement');
    expect(text).toContain('### Principles');
    expect(text).toContain('Answer: **Not accepted**');
  });
});

describe('the compilation as xlsx', () => {
  it('has a sheet of comments, one of changes before/after and one of totals; formulas stay text', async () => {
    const { view } = compiled();
    const { book, rows } = await readBook(await compilationXlsx(view, 'sv', T0 + 40 * DAY));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Synpunkter', 'Ändringar', 'Totalt']);
    const comments = rows('Synpunkter');
    expect(comments[0]).toEqual(['Avsnitt', 'Förening', 'Synpunkt', 'Bedömning', 'Motivering', 'Datum']);
    expect(comments[1]).toEqual(['Principer för samverkan', 'IFK Exempel', 'Dialogen behöver ske tidigt.', 'Bifalls', 'Infört i texten.', '2027-01-10']);
    expect(comments[2]?.slice(1, 4)).toEqual(['Anonym', '=HYPERLINK("http://evil.example","klicka")', 'Avslås']);
    expect(comments[3]?.[2]).toBe('Dold synpunkt – skäl: Reklam');
    expect(comments).toHaveLength(4);
    // A string value, not a formula cell.
    expect(book.getWorksheet('Synpunkter')?.getCell('C3').type).toBe(ExcelJS.ValueType.String);
    const changes = rows('Ändringar');
    const principles = changes.find((r) => r[0] === 'Principer för samverkan');
    expect(principles?.slice(1)).toEqual(['Ändrat', '', 'Dialog: vi möts regelbundet.', 'Dialog: vi möts tidigt och regelbundet.']);
    const totals = rows('Totalt');
    expect(totals).toContainEqual(['Synpunkter (visade)', 2]);
    expect(totals).toContainEqual(['Dolda av moderator', 1]);
    expect(JSON.stringify(comments)).not.toMatch(/sara@example/);
  });
});

describe('the register', () => {
  it('lists every join with contact person, contact, listed and date; a hidden one with its reason; formulas stay text', async () => {
    const { joins } = compiled();
    const { book, rows } = await readBook(await registerXlsx(joins, 'en', T0));
    const sheet = rows('Associations that joined');
    expect(sheet[0]).toEqual(['Association', 'Contact person', 'Contact', 'Listed publicly', 'Date', 'Hidden (reason)']);
    expect(sheet[1]).toEqual(['IFK Exempel', 'Sara Berg', 'sara@example.org', 'yes', '2027-01-10', '']);
    expect(sheet[2]).toEqual(['@SUM(A1:A9)', 'Ola', '070-123', 'no', '2027-01-10', 'Inte en förening']);
    expect(book.worksheets[0]?.getCell('A3').type).toBe(ExcelJS.ValueType.String);
  });
});
