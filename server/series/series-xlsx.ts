import ExcelJS from 'exceljs';
import type { SeriesView } from '../../src/lib/domain/series-view.js';
import type { Localized } from '../../src/lib/domain/types.js';
import { isoDay, label, pickText, type ExportLanguage } from './series-labels.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0B3D6E' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };

/** A sheet with a styled, frozen, filterable header row (the agreement's exports use it too). */
export function tableSheet(book: ExcelJS.Workbook, name: string, columns: Array<{ header: string; width: number; wrap?: boolean }>, filter = true): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.wrap ? { alignment: { wrapText: true, vertical: 'top' } } : { alignment: { vertical: 'top' } } }));
  const header = sheet.getRow(1);
  header.font = HEADER_FONT;
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  if (filter) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/**
 * Excel's sheet names: at most 31 characters, none of []:*?/\, unique regardless of case.
 * Principles are named by people, so names are cleaned and numbered when they collide.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  taken.add(name.toLocaleLowerCase());
  return name;
}

/** The workbook: totals (with sectors), the meetings, and one sheet per principle combining every meeting. */
export async function seriesXlsx(view: SeriesView, lang: ExportLanguage, now: number): Promise<Buffer> {
  const l = (key: Parameters<typeof label>[1], params?: Parameters<typeof label>[2]) => label(lang, key, params);
  const book = new ExcelJS.Workbook();
  book.creator = 'Samråd';
  book.created = new Date(now);
  const taken = new Set<string>();
  const titles = new Map(view.meetings.map((m) => [m.workshopId, pickText(lang, m.title)]));

  const totals = tableSheet(book, sheetName(l('series.file.totals'), taken), [
    { header: l('series.file.title'), width: 34 },
    { header: view.title, width: 40, wrap: true }
  ], false);
  const t = view.totals;
  totals.addRows([
    [l('series.file.meetings'), t.meetings],
    [l('series.file.participants'), t.participants],
    [l('series.file.associations'), t.associations],
    [l('series.file.signups'), t.signups],
    [l('series.file.posts'), t.posts],
    [l('series.file.votes'), t.votes],
    [l('series.file.exported', { date: isoDay(now) }), ''],
    [],
    [l('series.file.sector'), l('series.file.participants')]
  ]);
  totals.lastRow!.font = { bold: true };
  for (const s of view.sectors) totals.addRow([pickText(lang, s.name), s.count]);
  totals.addRow([l('series.file.notGiven'), view.sectorNotGiven]);

  const meetings = tableSheet(book, sheetName(l('series.file.meetings'), taken), [
    { header: l('series.file.meeting'), width: 44, wrap: true },
    { header: l('series.file.date'), width: 12 },
    { header: l('series.file.participants'), width: 12 },
    { header: l('series.file.associations'), width: 14 },
    { header: l('series.file.signups'), width: 14 },
    { header: l('series.file.posts'), width: 10 },
    { header: l('series.file.votes'), width: 10 }
  ]);
  for (const m of view.meetings) meetings.addRow([pickText(lang, m.title), isoDay(m.createdAt), m.participants, m.associations, m.signups, m.posts, m.votes]);

  // Principles across rounds, in the order they first appear.
  const principles = new Map<string, Localized>();
  for (const round of view.rounds) for (const topic of round.topics) if (!principles.has(topic.id)) principles.set(topic.id, topic.name);
  for (const [topicId, name] of principles) {
    const sheet = tableSheet(book, sheetName(pickText(lang, name), taken), [
      { header: l('series.file.round'), width: 22, wrap: true },
      { header: l('series.file.group'), width: 8 },
      { header: l('series.file.text'), width: 60, wrap: true },
      { header: l('series.file.votes'), width: 9 },
      { header: l('series.file.meeting'), width: 32, wrap: true },
      { header: l('series.file.carried'), width: 12 },
      { header: l('series.file.groupVotes'), width: 11 },
      { header: l('series.file.inMeetings'), width: 11 }
    ]);
    for (const [r, round] of view.rounds.entries()) {
      const roundName = l('series.file.roundShort', { n: r + 1, noun: pickText(lang, round.postNoun) });
      const topic = round.topics.find((x) => x.id === topicId);
      topic?.groups.forEach((group, g) => {
        for (const item of group.items) {
          sheet.addRow([
            roundName,
            g + 1,
            item.text,
            item.votes,
            titles.get(item.workshopId) ?? item.workshopId,
            item.carried ? l('series.file.yes') : '',
            group.votes,
            group.workshopIds.length
          ]);
        }
      });
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
