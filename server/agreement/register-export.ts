import ExcelJS from 'exceljs';
import type { StaffJoin } from '../../src/lib/domain/agreement/views.js';
import { isoDay, type ExportLanguage } from '../series/series-labels.js';
import { sheetName, tableSheet } from '../series/series-xlsx.js';
import { fileLabel } from './agreement-labels.js';

/**
 * The register of associations that joined the adopted agreement, with their contact
 * people: for the organisers only (the series key). Hidden joins stay in the register with
 * their reason, so the file accounts for every join; erased ones keep only their date.
 */
export async function registerXlsx(joins: StaffJoin[], lang: ExportLanguage, now = Date.now()): Promise<Buffer> {
  const say = (key: Parameters<typeof fileLabel>[1]) => fileLabel(lang, key);
  const book = new ExcelJS.Workbook();
  book.creator = 'Samråd';
  book.created = new Date(now);
  const sheet = tableSheet(book, sheetName(say('agreement.file.register'), new Set()), [
    { header: say('agreement.file.association'), width: 34, wrap: true },
    { header: say('agreement.file.contactName'), width: 26, wrap: true },
    { header: say('agreement.file.contact'), width: 32, wrap: true },
    { header: say('agreement.file.listed'), width: 14 },
    { header: say('agreement.file.date'), width: 12 },
    { header: say('agreement.file.hiddenJoin'), width: 40, wrap: true }
  ]);
  for (const j of joins) {
    sheet.addRow([
      j.erased ? say('agreement.file.erased') : j.association,
      j.contactName,
      j.contact,
      say(j.listed ? 'agreement.file.yes' : 'agreement.file.no'),
      isoDay(j.at),
      j.hidden?.reason ?? ''
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
