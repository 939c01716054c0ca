import { stringify } from 'csv-stringify/sync';
import { outcomeView } from '../../src/lib/domain/outcome-view.js';
import type { WorkshopState } from '../../src/lib/domain/types.js';
import { exportText } from './labels.js';
import { localDateTime, localized, postsInOrder, postStatus, ranks, shortTitle } from './rows.js';

export type Separator = 'comma' | 'semicolon';
export type Cell = string | number | null;

/**
 * A spreadsheet program runs a cell that starts with =, +, -, @ (or a tab or carriage
 * return before one) as a formula: a participant's post could then fetch a URL or run a
 * command on the organiser's computer. A leading apostrophe makes it plain text.
 */
export const neutralise = (cell: Cell): Cell => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/**
 * CSV as Excel in Swedish opens it: UTF-8 with a byte-order mark (else "å" turns into
 * "Ã¥"), CRLF line ends, and, for the Swedish locale, semicolons between fields (its
 * list separator, since the comma is the decimal sign).
 */
export function writeCsv(rows: Cell[][], separator: Separator): string {
  return stringify(
    rows.map((row) => row.map(neutralise)),
    { bom: true, delimiter: separator === 'semicolon' ? ';' : ',', record_delimiter: 'windows' }
  );
}

/** export.csv: one row per post that was not withdrawn, in the workshop's language. */
export function postsCsv(state: WorkshopState, separator: Separator): string {
  const { language } = state.setup;
  const text = exportText(language);
  const rankOf = ranks(outcomeView(state));
  const rounds = new Map(state.setup.rounds.map((r) => [r.id, r]));
  const topics = new Map(state.setup.topics.map((t) => [t.id, t]));
  const header: Cell[] = [
    text('round'),
    text('principles'),
    text('text'),
    text('votes'),
    text('rank'),
    text('status'),
    text('source'),
    text('table'),
    text('people'),
    text('originalText'),
    text('postId'),
    text('mergedInto'),
    text('created')
  ];
  const rows = postsInOrder(state).map((post): Cell[] => {
    const round = rounds.get(post.roundId);
    // A post linked to several principles has a rank in each: "2; 5" in the principles' order.
    const postRanks = post.topicIds.map((id) => rankOf.get(`${post.id} ${id}`)).filter((r) => r !== undefined);
    return [
      round ? shortTitle(localized(round.title, language)) : post.roundId,
      post.topicIds.map((id) => { const topic = topics.get(id); return topic ? localized(topic.name, language) : id; }).join('; '),
      post.text,
      post.tally,
      postRanks.join('; ') || null,
      text.status(postStatus(post)),
      text.source(post.source),
      post.table,
      post.people,
      post.originalText,
      post.id,
      post.mergedInto,
      localDateTime(post.createdAt)
    ];
  });
  return writeCsv([header, ...rows], separator);
}
