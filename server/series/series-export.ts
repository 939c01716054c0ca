import type { OutcomeView } from '../../src/lib/domain/outcome-view.js';
import type { SeriesView } from '../../src/lib/domain/series-view.js';
import { isoDay, label, pickText, type ExportLanguage } from './series-labels.js';

/**
 * The series as JSON: the combined view and each meeting's own outcome, neither with
 * personal data (no names, contacts or keys). `format` and `version` let a reader tell
 * it apart from other files and from later shapes.
 */
export interface SeriesExport {
  format: 'samrad-series';
  version: 1;
  exportedAt: string;
  series: SeriesView;
  outcomes: Array<{ workshopId: string; outcome: OutcomeView }>;
}

export function seriesJson(view: SeriesView, outcomes: SeriesExport['outcomes'], now: number): SeriesExport {
  return { format: 'samrad-series', version: 1, exportedAt: new Date(now).toISOString(), series: view, outcomes };
}

/** Markdown is plain text with meaning in a few characters: escape those in people's text (on one line). */
export const md = (text: string) => text.replace(/\s+/g, ' ').replace(/([\\`*_[\]#<>|])/g, '\\$1');

/** A readable summary for pasting into documents: figures, meetings, per principle the grouped items. */
export function seriesMarkdown(view: SeriesView, lang: ExportLanguage, now: number): string {
  const l = (key: Parameters<typeof label>[1], params?: Parameters<typeof label>[2]) => label(lang, key, params);
  const titles = new Map(view.meetings.map((m) => [m.workshopId, pickText(lang, m.title)]));
  const out: string[] = [`# ${md(view.title)}`, '', `_${l('series.file.exported', { date: isoDay(now) })}_`, '', `## ${l('series.file.totals')}`, ''];
  const t = view.totals;
  out.push(
    `- ${l('series.file.meetings')}: ${t.meetings}`,
    `- ${l('series.file.participants')}: ${t.participants}`,
    `- ${l('series.file.associations')}: ${t.associations}`,
    `- ${l('series.file.signups')}: ${t.signups}`,
    `- ${l('series.file.posts')}: ${t.posts}`,
    `- ${l('series.file.votes')}: ${t.votes}`,
    ''
  );
  if (view.meetings.length) {
    out.push(`## ${l('series.file.meetings')}`, '');
    out.push(`| ${l('series.file.meeting')} | ${l('series.file.date')} | ${l('series.file.participants')} | ${l('series.file.associations')} | ${l('series.file.posts')} | ${l('series.file.votes')} |`);
    out.push('|---|---|---:|---:|---:|---:|');
    for (const m of view.meetings) out.push(`| ${md(pickText(lang, m.title))} | ${isoDay(m.createdAt)} | ${m.participants} | ${m.associations} | ${m.posts} | ${m.votes} |`);
    out.push('');
  }
  const withSector = view.sectors.filter((s) => s.count > 0);
  if (withSector.length || view.sectorNotGiven) {
    out.push(`## ${l('series.file.sectors')}`, '');
    for (const s of withSector) out.push(`- ${md(pickText(lang, s.name))}: ${s.count}`);
    if (view.sectorNotGiven) out.push(`- ${l('series.file.notGiven')}: ${view.sectorNotGiven}`);
    out.push('');
  }
  if (view.updates.length) {
    out.push(`## ${l('series.file.updates')}`, '');
    for (const u of view.updates) out.push(`- **${u.date}** ${md(pickText(lang, u.text))}`);
    out.push('');
  }
  for (const round of view.rounds) {
    out.push(`## ${md(pickText(lang, round.title))}`, '');
    for (const topic of round.topics) {
      out.push(`### ${md(pickText(lang, topic.name))}`, '');
      if (!topic.groups.length) out.push(`_${l('series.file.none')}_`);
      topic.groups.forEach((g, i) => {
        const where = g.workshopIds.map((id) => md(titles.get(id) ?? id)).join(', ');
        out.push(`${i + 1}. ${md(g.text)} — ${label(lang, 'series.topics.votes', { count: g.votes })} (${where})`);
        const others = g.items.filter((item) => item.text !== g.text);
        for (const item of others) out.push(`   - ${md(item.text)} — ${label(lang, 'series.topics.votes', { count: item.votes })} (${md(titles.get(item.workshopId) ?? item.workshopId)})`);
      });
      out.push('');
    }
  }
  return out.join('\n');
}
