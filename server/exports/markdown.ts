import { outcomeView, type OutcomeRow } from '../../src/lib/domain/outcome-view.js';
import type { WorkshopState } from '../../src/lib/domain/types.js';
import { exportText, type ExportText } from './labels.js';
import { localDate, localDateTime, localized } from './rows.js';

/** Participants' words are text, never markup: characters Markdown acts on are escaped. */
const inline = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');

/** A paragraph keeps its line breaks; what would start a list, heading or quote is escaped. */
const paragraph = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/^(\s*)([-+=]|\d+(?=[.)]))/, '$1\\$2'))
    .join('  \n');

function notes(row: OutcomeRow, text: ExportText): string {
  const parts: string[] = [];
  if (row.table !== undefined) parts.push(text('tableNote', { table: row.table }));
  if (row.people !== undefined) parts.push(text('peopleNote', { people: row.people }));
  if (row.source === 'paper') parts.push(text('paperNote'));
  if (row.carriedFrom) parts.push(text('carriedFrom', { title: inline(row.carriedFrom.title) }));
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * export.md: the outcome as a readable document to paste into minutes or a report.
 * Only what counts (no hidden, queued or merged-away posts) and no personal data.
 */
export function markdownSummary(state: WorkshopState, now = Date.now()): string {
  const view = outcomeView(state);
  const { language } = view;
  const text = exportText(language);
  const out: string[] = [];
  out.push(`# ${inline(localized(view.title, language))}`, '');
  out.push(`${text('date')}: ${localDate(view.createdAt)}  `, `${text('exported')}: ${localDateTime(now)}`, '');
  out.push(`## ${text('figures')}`, '');
  const f = view.figures;
  out.push(
    `- ${text('participants')}: ${f.participants}`,
    `- ${text('associations')}: ${f.associations}`,
    `- ${text('posts')}: ${f.posts}`,
    `- ${text('votes')}: ${f.votes}`,
    `- ${text('signups')}: ${f.signups}`,
    ''
  );
  for (const round of view.rounds) {
    out.push(`## ${inline(localized(round.title, language))}`, '');
    for (const topic of round.topics) {
      out.push(`### ${inline(localized(topic.name, language))}`, '');
      if (topic.rows.length === 0) out.push(`_${text('nothingYet')}_`);
      // Competition ranks (1, 1, 3) written out: a numbered list would renumber ties.
      for (const row of topic.rows) out.push(`- **${row.rank}.** ${inline(row.text)} – ${text('voteCount', { count: row.votes })}${notes(row, text)}`);
      out.push('');
    }
  }
  if (view.summary) out.push(`## ${text('closingSummary')}`, '', ...view.summary.split(/\n{2,}/).flatMap((p) => [paragraph(p), '']));
  if (view.updates.length) {
    out.push(`## ${text('updates')}`, '');
    for (const update of view.updates) out.push(`- **${update.date}** ${inline(localized(update.text, language))}`);
    out.push('');
  }
  return out.join('\n');
}
