import ExcelJS from 'exceljs';
import { associationKey } from '../../src/lib/domain/commands/participation.js';
import { outcomeView, type OutcomeView } from '../../src/lib/domain/outcome-view.js';
import { isActive } from '../../src/lib/domain/rules.js';
import type { WorkshopState } from '../../src/lib/domain/types.js';
import { exportText, type ExportText, type LabelKey } from './labels.js';
import { localDate, localDateTime, localized, ranks, shortTitle, topicRows } from './rows.js';

type Cell = string | number | null;
interface Column {
  label: string;
  width: number;
  /** Long texts wrap instead of running across the next columns. */
  wrap?: boolean;
  /** Numbers and texts in one column line up on the left. */
  left?: boolean;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };

/** Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(book: ExcelJS.Workbook, wanted: string): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; book.getWorksheet(name); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  return name;
}

/**
 * A sheet as a table: a styled header row that stays in view (frozen) and, where the
 * rows are one kind of thing, a filter on every column.
 */
function table(book: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][], { filter = true } = {}): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(sheetName(book, name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.label, width: c.width }));
  for (const row of rows) sheet.addRow(row);
  columns.forEach((c, i) => {
    if (c.wrap || c.left) sheet.getColumn(i + 1).alignment = { wrapText: c.wrap ?? false, vertical: 'top', ...(c.left ? { horizontal: 'left' as const } : {}) };
  });
  // After the columns' styles, which reach the header cells too.
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 22;
  if (filter && rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
  return sheet;
}

function summarySheet(book: ExcelJS.Workbook, view: OutcomeView, text: ExportText, now: number): void {
  const { language } = view;
  const f = view.figures;
  const figure = (key: LabelKey, value: Cell): Cell[] => [text(key), value];
  const rows: Cell[][] = [
    figure('title', localized(view.title, language)),
    figure('date', localDate(view.createdAt)),
    figure('exported', localDateTime(now)),
    figure('participants', f.participants),
    figure('associations', f.associations),
    figure('posts', f.posts),
    figure('votes', f.votes),
    figure('signups', f.signups),
    figure('published', view.published === null ? text('notPublished') : localDateTime(view.published))
  ];
  for (const round of view.rounds) {
    const title = shortTitle(localized(round.title, language));
    rows.push([`${title}: ${text('posts').toLowerCase()}`, round.posts], [`${title}: ${text('votes').toLowerCase()}`, round.votes]);
  }
  rows.push([null, null], [text('sector'), text('participants')]);
  const sectorRow = rows.length + 1;
  for (const sector of view.sectors) rows.push([localized(sector.name, language), f.sectors[sector.id] ?? 0]);
  if (f.sectors['']) rows.push([text('noSector'), f.sectors['']]);
  if (view.summary) rows.push([null, null], [text('closingSummary'), view.summary]);
  if (view.updates.length) {
    rows.push([null, null], [text('updates'), null]);
    for (const update of view.updates) rows.push([update.date, localized(update.text, language)]);
  }
  const sheet = table(book, text('summarySheet'), [{ label: text('item'), width: 44 }, { label: text('value'), width: 80, wrap: true, left: true }], rows, { filter: false });
  // The sector block has a header of its own.
  const sub = sheet.getRow(sectorRow);
  sub.font = { bold: true };
  sub.border = { bottom: { style: 'thin' } };
}

function roundSheets(book: ExcelJS.Workbook, state: WorkshopState, view: OutcomeView, text: ExportText): void {
  const { language } = view;
  const rankOf = ranks(view);
  for (const round of state.setup.rounds) {
    const rows = topicRows(state, round, rankOf).map(({ post, topic, status, rank }): Cell[] => [
      localized(topic.name, language),
      rank,
      post.text,
      post.tally,
      text.status(status),
      text.source(post.source),
      post.table,
      post.people,
      post.originalText,
      post.id,
      post.mergedInto
    ]);
    table(
      book,
      shortTitle(localized(round.title, language)),
      [
        { label: text('principle'), width: 30, wrap: true },
        { label: text('rank'), width: 11 },
        { label: text('text'), width: 70, wrap: true },
        { label: text('votes'), width: 10 },
        { label: text('status'), width: 18 },
        { label: text('source'), width: 14 },
        { label: text('table'), width: 8 },
        { label: text('people'), width: 10 },
        { label: text('originalText'), width: 50, wrap: true },
        { label: text('postId'), width: 10 },
        { label: text('mergedInto'), width: 15 }
      ],
      rows
    );
  }
}

/** Counts per association only: how many came, posted and voted. No names, no contacts. */
function participationSheet(book: ExcelJS.Workbook, state: WorkshopState, text: ExportText): void {
  const groups = new Map<string, { name: string; participants: number; posts: number; votes: number }>();
  const groupOf = new Map<string, string>();
  for (const p of state.participants.values()) {
    const key = associationKey(p.association);
    groupOf.set(p.id, key);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { name: key ? (state.associations.get(key)?.name ?? p.association.trim()) : text('noAssociation'), participants: 0, posts: 0, votes: 0 }));
    group.participants++;
    for (const [postId, count] of p.votes) {
      const post = state.posts.get(postId);
      if (post && isActive(post)) group.votes += count;
    }
  }
  for (const post of state.posts.values()) {
    const key = isActive(post) && post.authorId ? groupOf.get(post.authorId) : undefined;
    if (key !== undefined) groups.get(key)!.posts++;
  }
  const rows = [...groups.entries()]
    .sort(([a, x], [b, y]) => Number(a === '') - Number(b === '') || y.participants - x.participants || x.name.localeCompare(y.name, 'sv'))
    .map(([, g]): Cell[] => [g.name, g.participants, g.posts, g.votes]);
  table(
    book,
    text('participationSheet'),
    [
      { label: text('association'), width: 44, wrap: true },
      { label: text('participants'), width: 13 },
      { label: text('posts'), width: 10 },
      { label: text('votesCast'), width: 14 }
    ],
    rows
  );
}

/**
 * The draft annex of the agreement: each principle's activities from the rounds whose
 * posts link several principles, most votes first, with empty columns for who does it,
 * when, and how it is followed up.
 */
function planSheet(book: ExcelJS.Workbook, view: OutcomeView, text: ExportText): void {
  const rounds = view.rounds.filter((r) => r.topicsPerPost === 'many');
  if (rounds.length === 0) return;
  const { language } = view;
  const several = rounds.length > 1;
  const rows: Cell[][] = [];
  for (const round of rounds)
    for (const topic of round.topics)
      for (const row of topic.rows) rows.push([...(several ? [shortTitle(localized(round.title, language))] : []), localized(topic.name, language), row.text, row.votes, null, null, null]);
  const columns: Column[] = [
    ...(several ? [{ label: text('round'), width: 22, wrap: true }] : []),
    { label: text('principle'), width: 30, wrap: true },
    { label: text('activity'), width: 70, wrap: true },
    { label: text('votes'), width: 10 },
    { label: text('responsible'), width: 24, wrap: true },
    { label: text('timeframe'), width: 16, wrap: true },
    { label: text('followUp'), width: 32, wrap: true }
  ];
  const sheet = table(book, text('planSheet'), columns, rows);
  // Ruled cells to fill in: the sheet is a form for the working group.
  for (let r = 2; r <= rows.length + 1; r++) for (let c = columns.length - 2; c <= columns.length; c++) sheet.getCell(r, c).border = THIN;
}

/** export.xlsx: summary, one sheet per round, participation by association, the activity plan. */
export async function workbook(state: WorkshopState, now = Date.now()): Promise<Buffer> {
  const view = outcomeView(state);
  const text = exportText(view.language);
  const book = new ExcelJS.Workbook();
  book.creator = 'Samråd';
  book.created = new Date(now);
  book.title = localized(view.title, view.language);
  summarySheet(book, view, text, now);
  roundSheets(book, state, view, text);
  participationSheet(book, state, text);
  planSheet(book, view, text);
  return Buffer.from(await book.xlsx.writeBuffer());
}
