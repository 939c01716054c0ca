import ExcelJS from 'exceljs';
import type { DiffPart, SectionChange } from '../../src/lib/domain/agreement/diff.js';
import type { CompilationView } from '../../src/lib/domain/agreement/views.js';
import { md } from '../series/series-export.js';
import { isoDay, pickText, type ExportLanguage } from '../series/series-labels.js';
import { sheetName, tableSheet } from '../series/series-xlsx.js';
import { fileLabel, senderLabel, verdictLabel, type AgreementFileKey } from './agreement-labels.js';

/**
 * The remissammanställning as files: every comment with its answer by section, the changes
 * from the remiss version to the revised one, and the totals. Pure builders over the
 * public compilation view: what the files hold is what the public page shows, no contacts.
 * People's text reaches a cell only as a string value (exceljs writes formulas only when
 * given `{ formula }`), so "=HYPERLINK(…)" stays text in Excel.
 */

const STATUS_KEYS: Record<SectionChange['status'], AgreementFileKey> = {
  same: 'agreement.file.status.same',
  changed: 'agreement.file.status.changed',
  added: 'agreement.file.status.added',
  removed: 'agreement.file.status.removed'
};

/** The text before and after, each as a reader of one version saw it. */
export const beforeText = (parts: DiffPart[]) => parts.filter((p) => !p.added).map((p) => p.value).join('');
export const afterText = (parts: DiffPart[]) => parts.filter((p) => !p.removed).map((p) => p.value).join('');

/** A diff part marked in Markdown: each paragraph's words wrapped, the spaces around them left outside the marks. */
function markPart(part: DiffPart): string {
  const mark = part.added ? '**' : part.removed ? '~~' : '';
  return part.value
    .split(/\n{2,}/)
    .map((piece) => {
      const escaped = piece.replace(/[ \t]+/g, ' ').replace(/([\\`*_[\]#<>|~])/g, '\\$1');
      if (!mark || !escaped.trim()) return escaped;
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(escaped) ?? [];
      return `${lead}${mark}${core}${mark}${trail}`;
    })
    .join('\n\n');
}

const l = (lang: ExportLanguage) => (key: AgreementFileKey, params?: Record<string, string | number>) => fileLabel(lang, key, params);

export function compilationMarkdown(view: CompilationView, lang: ExportLanguage, now = Date.now()): string {
  const say = l(lang);
  const t = view.totals;
  const out: string[] = [
    `# ${md(pickText(lang, view.title))}`,
    '',
    `_${say('agreement.file.remiss', { n: view.remiss.number, date: isoDay(view.remiss.publishedAt) })} · ${say('agreement.file.revised', { n: view.revised.number, date: isoDay(view.revised.publishedAt) })}_`,
    '',
    `_${say('agreement.file.exported', { date: isoDay(now) })}_`,
    '',
    `## ${say('agreement.file.totals')}`,
    '',
    `- ${say('agreement.file.commentCount')}: ${t.comments}`,
    `- ${say('agreement.file.accepted')}: ${t.accepted}`,
    `- ${say('agreement.file.partly')}: ${t.partly}`,
    `- ${say('agreement.file.rejected')}: ${t.rejected}`,
    `- ${say('agreement.file.hidden')}: ${t.hidden}`,
    `- ${say('agreement.file.associations')}: ${t.associations}`,
    '',
    `## ${say('agreement.file.comments')}`,
    ''
  ];
  for (const section of view.sections) {
    out.push(`### ${md(pickText(lang, section.heading))}`, '');
    if (!section.comments.length && !section.hidden.length) out.push(`_${say('agreement.file.noComments')}_`, '');
    for (const c of section.comments) {
      out.push(`- **${md(senderLabel(lang, c))}** (${isoDay(c.at)}): ${md(c.text)}`);
      out.push(`  - ${say('agreement.file.answer')}: **${verdictLabel(lang, c.answer?.verdict)}**${c.answer?.reason ? ` – ${md(c.answer.reason)}` : ''}`);
    }
    for (const h of section.hidden) out.push(`- _${md(say('agreement.file.hiddenReason', { reason: h.reason }))}_`);
    if (section.comments.length || section.hidden.length) out.push('');
  }
  out.push(`## ${say('agreement.file.changes')}`, '', `_${say('agreement.file.changesIntro')}_`, '');
  for (const change of view.changes) {
    out.push(`### ${md(pickText(lang, change.heading))} (${say(STATUS_KEYS[change.status])})`, '');
    if (change.headingBefore) out.push(`_${say('agreement.file.headingBefore')}: ${md(pickText(lang, change.headingBefore))}_`, '');
    const body = change.parts.map(markPart).join('').trim();
    if (body) out.push(body, '');
  }
  return out.join('\n');
}

export async function compilationXlsx(view: CompilationView, lang: ExportLanguage, now = Date.now()): Promise<Buffer> {
  const say = l(lang);
  const book = new ExcelJS.Workbook();
  book.creator = 'Samråd';
  book.created = new Date(now);
  const taken = new Set<string>();

  const comments = tableSheet(book, sheetName(say('agreement.file.comments'), taken), [
    { header: say('agreement.file.section'), width: 30, wrap: true },
    { header: say('agreement.file.association'), width: 28, wrap: true },
    { header: say('agreement.file.text'), width: 70, wrap: true },
    { header: say('agreement.file.verdict'), width: 16 },
    { header: say('agreement.file.reason'), width: 60, wrap: true },
    { header: say('agreement.file.date'), width: 12 }
  ]);
  for (const section of view.sections) {
    const heading = pickText(lang, section.heading);
    for (const c of section.comments) comments.addRow([heading, senderLabel(lang, c), c.text, verdictLabel(lang, c.answer?.verdict), c.answer?.reason ?? '', isoDay(c.at)]);
    for (const h of section.hidden) comments.addRow([heading, '', say('agreement.file.hiddenReason', { reason: h.reason }), say('agreement.file.hidden'), '', '']);
  }

  const changes = tableSheet(book, sheetName(say('agreement.file.changes'), taken), [
    { header: say('agreement.file.section'), width: 30, wrap: true },
    { header: say('agreement.file.status'), width: 16 },
    { header: say('agreement.file.headingBefore'), width: 30, wrap: true },
    { header: say('agreement.file.before'), width: 70, wrap: true },
    { header: say('agreement.file.after'), width: 70, wrap: true }
  ]);
  for (const c of view.changes) {
    changes.addRow([pickText(lang, c.heading), say(STATUS_KEYS[c.status]), c.headingBefore ? pickText(lang, c.headingBefore) : '', beforeText(c.parts), afterText(c.parts)]);
  }

  const totals = tableSheet(book, sheetName(say('agreement.file.totals'), taken), [
    { header: say('agreement.file.item'), width: 40 },
    { header: say('agreement.file.value'), width: 50, wrap: true }
  ], false);
  const t = view.totals;
  totals.addRows([
    [say('agreement.file.remiss', { n: view.remiss.number, date: isoDay(view.remiss.publishedAt) }), pickText(lang, view.title)],
    [say('agreement.file.revised', { n: view.revised.number, date: isoDay(view.revised.publishedAt) }), ''],
    [say('agreement.file.commentCount'), t.comments],
    [say('agreement.file.accepted'), t.accepted],
    [say('agreement.file.partly'), t.partly],
    [say('agreement.file.rejected'), t.rejected],
    [say('agreement.file.hidden'), t.hidden],
    [say('agreement.file.associations'), t.associations],
    [say('agreement.file.exported', { date: isoDay(now) }), '']
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
