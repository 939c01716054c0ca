import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { outcomeView } from '../../src/lib/domain/outcome-view.js';
import type { WorkshopState } from '../../src/lib/domain/types.js';
import { stats } from '../../src/lib/domain/views.js';
import { useServer } from './helpers.js';
import { download, runScenario, TITLE, type Scenario } from './exports-scenario.js';

// Many downloads from one address: more than the per-address allowance.
const server = useServer({ exportsPerAddress: { points: 1000, duration: 60 } });
let scenario: Scenario;
let state: WorkshopState;

const get = async (file: string, key = scenario.key) => {
  const response = await download(server.url, scenario.created.workshopId, file, key);
  expect(response.status, file).toBe(200);
  return response;
};
const bytes = async (file: string) => Buffer.from(await (await get(file)).arrayBuffer());
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Every cell of a sheet as text, row by row (row 1 = header). */
function cells(sheet: ExcelJS.Worksheet): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = Array.from({ length: sheet.columnCount }, (_, i) => {
      const value = row.getCell(i + 1).value;
      return value === null || value === undefined ? null : typeof value === 'number' ? value : String(value);
    });
  });
  return rows;
}

beforeAll(async () => {
  scenario = await runScenario(server.url);
  state = server.application.hub.loaded(scenario.created.workshopId)!.state;
});

describe('export.xlsx', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const response = await get('export.xlsx');
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toMatch(/filename="dialogmote-vaster-aby-\d{4}-\d{2}-\d{2}\.xlsx"/);
    book = new ExcelJS.Workbook();
    await book.xlsx.load((await response.arrayBuffer()) as never);
  });

  it('has a summary, a sheet per round, participation and the activity plan', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Sammanfattning', 'Samtal 1', 'Samtal 2', 'Deltagande', 'Aktivitetsplan']);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      const header = sheet.getRow(1);
      expect(header.font?.bold, sheet.name).toBe(true);
      expect(header.getCell(1).fill, sheet.name).toMatchObject({ type: 'pattern', pattern: 'solid' });
      for (let c = 1; c <= sheet.columnCount; c++) expect(sheet.getColumn(c).width, `${sheet.name} ${c}`).toBeGreaterThanOrEqual(8);
      if (sheet.name !== 'Sammanfattning') expect(sheet.autoFilter, sheet.name).toBeTruthy();
    }
  });

  it('sums up with the live figures', () => {
    const rows = cells(book.getWorksheet('Sammanfattning')!);
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    const live = stats(state);
    const view = outcomeView(state);
    expect(rows[0]).toEqual(['Uppgift', 'Värde']);
    expect(value('Titel')).toBe(TITLE);
    expect(value('Deltagare')).toBe(live.joined);
    expect(value('Föreningar')).toBe(live.associations);
    expect(value('Inlägg')).toBe(live.posts);
    expect(value('Röster')).toBe(view.figures.votes);
    expect(value('Intresseanmälningar till arbetsgruppen')).toBe(live.signups);
    expect(value('Kultur')).toBe(2);
    expect(value('Idrott')).toBe(1);
    expect(value('Sammanfattning')).toBe(state.summary);
    expect(value('2026-12-01')).toBe('Arbetsgruppen har haft sitt första möte.');
  });

  it('lists each round with principle, text, votes, rank and status', () => {
    const rows = cells(book.getWorksheet('Samtal 1')!);
    expect(rows[0]).toEqual(['Princip', 'Placering', 'Text', 'Röster', 'Status', 'Källa', 'Bord', 'Personer', 'Ursprunglig text', 'Id', 'Sammanslagen i']);
    const row = (id: string) => rows.find((r) => r[9] === id)!;
    const { ids } = scenario;
    expect(row(ids.listen!)).toEqual(['Dialog', 1, 'Att lyssna på varandra på riktigt', 3, 'Kvar', 'Deltagare', null, null, 'Att lyssna på varandra – på riktigt', ids.listen, null]);
    expect(row(ids.formula!).slice(1, 5)).toEqual([2, '=HYPERLINK("http://evil.example","klicka")', 1, 'Kvar']);
    expect(row(ids.spam!)[4]).toBe('Dold');
    expect(row(ids.listenDup!)).toMatchObject({ 1: null, 4: 'Sammanslagen', 10: ids.listen });
    expect(row(ids.table!).slice(5, 8)).toEqual(['Bord', 3, 5]);
    expect(row(ids.paper!).slice(0, 8)).toEqual(['Långsiktighet', 1, 'Treåriga avtal i stället för ettåriga', 2, 'Kvar', 'Papperslapp', 2, 4]);
    // Withdrawn posts are left out; the rest of the round is there.
    expect(rows.some((r) => r[9] === ids.erikGone)).toBe(false);
    expect(rows).toHaveLength(1 + [...state.posts.values()].filter((p) => p.roundId === 'samtal-1' && !p.withdrawn).length);
    // A post's text is a text cell, never a formula, in the workbook.
    const formulaCell = book.getWorksheet('Samtal 1')!.getCell(rows.findIndex((r) => r[9] === ids.formula) + 1, 3);
    expect(formulaCell.type).toBe(ExcelJS.ValueType.String);

    // Samtal 2: an activity linked to two principles has a row (and a rank) in each.
    const two = cells(book.getWorksheet('Samtal 2')!);
    expect(two.filter((r) => r[9] === ids.act1).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Dialog', 1, 3],
      ['Öppenhet och insyn', 1, 3]
    ]);
    expect(two.find((r) => r[9] === ids.pending)?.[4]).toBe('Väntar på godkännande');
  });

  it('counts participation per association without names or contacts', () => {
    const rows = cells(book.getWorksheet('Deltagande')!);
    expect(rows[0]).toEqual(['Förening', 'Deltagare', 'Inlägg', 'Röster givna']);
    // Two spellings of one association are one row, under its first spelling.
    expect(rows[1]).toEqual(['Föreningen Ölandsbro', 2, expect.any(Number), expect.any(Number)]);
    const body = rows.slice(1);
    expect(body.reduce((n, r) => n + Number(r[1]), 0)).toBe(stats(state).joined);
    expect(body.reduce((n, r) => n + Number(r[3]), 0)).toBe(outcomeView(state).figures.votes);
  });

  it('drafts the activity plan: activities per principle by votes, with columns to fill in', () => {
    const rows = cells(book.getWorksheet('Aktivitetsplan')!);
    expect(rows[0]).toEqual(['Princip', 'Aktivitet', 'Röster', 'Ansvarig', 'Tidsram', 'Uppföljning']);
    const dialog = rows.filter((r) => r[0] === 'Dialog');
    expect(dialog.map((r) => r[1])).toEqual(['Årlig dialogdag med stadens förvaltningar', 'Gemensam kalender för föreningslivet', 'Mentorskap mellan stora och små föreningar']);
    expect(dialog.map((r) => r[2])).toEqual([3, 1, 1]);
    expect(rows.slice(1).every((r) => r[3] === null && r[4] === null && r[5] === null)).toBe(true);
    // Only counting activities: not the queued one.
    expect(rows.some((r) => r[1] === 'Väntar på godkännande')).toBe(false);
  });

  it('holds no contact details and nothing of the erased participant', () => {
    const all = book.worksheets.flatMap((s) => cells(s).flat()).join('\n');
    for (const text of [...scenario.contacts, ...scenario.erased, 'Anna Öberg', 'Björn']) expect(all).not.toContain(text);
  });
});

describe('export.csv', () => {
  const read = (buffer: Buffer, delimiter: string) => parse(buffer, { bom: true, delimiter, relax_column_count: false }) as string[][];

  it('is UTF-8 with a byte-order mark, one row per post, å ä ö intact', async () => {
    const response = await get('export.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/filename="dialogmote-vaster-aby-\d{4}-\d{2}-\d{2}\.csv"/);
    const buffer = Buffer.from(await response.arrayBuffer());
    expect(buffer.subarray(0, 3)).toEqual(BOM);
    const rows = read(buffer, ',');
    expect(rows[0]).toEqual(['Samtal', 'Principer', 'Text', 'Röster', 'Placering', 'Status', 'Källa', 'Bord', 'Personer', 'Ursprunglig text', 'Id', 'Sammanslagen i', 'Skapad']);
    expect(rows).toHaveLength(1 + [...state.posts.values()].filter((p) => !p.withdrawn).length);
    const row = (id: string) => rows.find((r) => r[10] === id)!;
    expect(row(scenario.ids.act1!).slice(0, 6)).toEqual(['Samtal 2', 'Dialog; Öppenhet och insyn', 'Årlig dialogdag med stadens förvaltningar', '3', '1; 1', 'Kvar']);
    expect(row(scenario.ids.paper!)[2]).toBe('Treåriga avtal i stället för ettåriga');
    expect(row(scenario.ids.listen!)[12]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // The votes column adds up to the live total.
    expect(rows.slice(1).filter((r) => r[5] === 'Kvar').reduce((n, r) => n + Number(r[3]), 0)).toBe(outcomeView(state).figures.votes);
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const rows = read(await bytes('export.csv'), ',');
    const text = (id: string) => rows.find((r) => r[10] === id)![2];
    expect(text(scenario.ids.formula!)).toBe(`'=HYPERLINK("http://evil.example","klicka")`);
    expect(text(scenario.ids.plus!)).toBe(`'+46 ring oss @ kansliet`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('has a semicolon variant for Excel in Swedish', async () => {
    const buffer = await bytes('export.csv?sep=semicolon');
    expect(buffer.subarray(0, 3)).toEqual(BOM);
    const semicolon = read(buffer, ';');
    const comma = read(await bytes('export.csv'), ',');
    expect(semicolon).toEqual(comma);
    expect(buffer.toString('utf8')).toContain('Samtal;Principer;Text;');
  });

  it('holds no contact details and nothing of the erased participant', async () => {
    const text = (await bytes('export.csv')).toString('utf8');
    for (const t of [...scenario.contacts, ...scenario.erased, 'Anna Öberg']) expect(text).not.toContain(t);
  });
});

describe('export.md', () => {
  it('sums up the outcome: figures, each principle ranked, the summary and updates', async () => {
    const response = await get('export.md');
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const md = await response.text();
    const view = outcomeView(state);
    expect(md.startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(md).toContain(`- Deltagare: ${view.figures.participants}\n- Föreningar: ${view.figures.associations}\n- Inlägg: ${view.figures.posts}\n- Röster: ${view.figures.votes}`);
    expect(md).toContain('### Dialog\n\n- **1.** Att lyssna på varandra på riktigt – 3 röster\n- **2.** =HYPERLINK("http://evil.example","klicka") – 1 röst\n');
    expect(md).toContain('- **1.** Treåriga avtal i stället för ettåriga – 2 röster (bord 2, 4 personer, från papperslapp)');
    expect(md).toContain('- **1.** +46 ring oss @ kansliet – 1 röst\n- **2.** Öppna protokoll för alla – 0 röster (bord 3, 5 personer)');
    expect(md).toContain('## Sammanfattning\n\nVi enades om att fortsätta.\n\n\\# Inte en rubrik');
    expect(md).toContain('## Vad har hänt sedan sist\n\n- **2026-12-01** Arbetsgruppen har haft sitt första möte.');
    for (const t of [...scenario.contacts, ...scenario.erased, 'Anna Öberg', 'Köp billiga klockor', 'Väntar på godkännande']) expect(md).not.toContain(t);
  });
});

describe('signups.csv', () => {
  it('is the one export with the sign-ups’ contact details', async () => {
    const response = await get('signups.csv');
    expect(response.headers.get('content-disposition')).toMatch(/filename="dialogmote-vaster-aby-\d{4}-\d{2}-\d{2}-signups\.csv"/);
    const buffer = Buffer.from(await response.arrayBuffer());
    expect(buffer.subarray(0, 3)).toEqual(BOM);
    const rows = parse(buffer, { bom: true }) as string[][];
    expect(rows[0]).toEqual(['Namn', 'Kontakt', 'Förening', 'Sektor', 'Tid']);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['Anna Öberg', 'anna.oberg@example.se', 'Föreningen Ölandsbro', 'Kultur'],
      ['Cecilia Ä.', '070-123 45 67', 'Idrottsföreningen Åsen', 'Idrott']
    ]);
    // The erased participant's sign-up went with the rest of their data.
    expect(buffer.toString('utf8')).not.toContain('erik@hemlig.example');
    const semicolon = parse(await bytes('signups.csv?sep=semicolon'), { bom: true, delimiter: ';' }) as string[][];
    expect(semicolon).toEqual(rows);
  });
});

describe('a workshop in English', () => {
  it('writes English headers', async () => {
    const english = await runScenario(server.url, { language: 'en' });
    const response = await download(server.url, english.created.workshopId, 'export.xlsx', english.key);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await response.arrayBuffer()) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Conversation 1', 'Conversation 2', 'Participation', 'Activity plan']);
    expect(cells(book.getWorksheet('Activity plan')!)[0]).toEqual(['Principle', 'Activity', 'Votes', 'Responsible', 'Time frame', 'Follow-up']);
    const csv = parse(Buffer.from(await (await download(server.url, english.created.workshopId, 'export.csv', english.key)).arrayBuffer()), { bom: true }) as string[][];
    expect(csv[0]!.slice(0, 3)).toEqual(['Round', 'Principles', 'Text']);
    const md = await (await download(server.url, english.created.workshopId, 'export.md', english.key)).text();
    expect(md).toContain('- **1.** Att lyssna på varandra på riktigt – 3 votes');
    // The organiser wrote the update in English as well: the English file has it in English.
    expect(md).toContain('- **2026-12-01** The working group has held its first meeting.');
    const summary = cells(book.getWorksheet('Summary')!);
    expect(summary).toContainEqual(['2026-12-01', 'The working group has held its first meeting.']);
  });
});
