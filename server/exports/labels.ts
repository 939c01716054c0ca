import type { Language, PostSource } from '../../src/lib/domain/types.js';
import type { PostStatus } from './rows.js';

/**
 * Words inside the exported files, in the workshop's language. They live here rather
 * than in the browser's catalogue: only the server writes files, so phones need not
 * download them.
 */
const sv = {
  summarySheet: 'Sammanfattning',
  participationSheet: 'Deltagande',
  planSheet: 'Aktivitetsplan',
  title: 'Titel',
  date: 'Datum',
  exported: 'Exporterad',
  item: 'Uppgift',
  value: 'Värde',
  participants: 'Deltagare',
  associations: 'Föreningar',
  posts: 'Inlägg',
  votes: 'Röster',
  signups: 'Intresseanmälningar till arbetsgruppen',
  sector: 'Sektor',
  noSector: '(ingen sektor angiven)',
  association: 'Förening',
  noAssociation: '(ingen förening angiven)',
  votesCast: 'Röster givna',
  round: 'Samtal',
  principle: 'Princip',
  principles: 'Principer',
  rank: 'Placering',
  text: 'Text',
  status: 'Status',
  source: 'Källa',
  table: 'Bord',
  people: 'Personer',
  originalText: 'Ursprunglig text',
  postId: 'Id',
  mergedInto: 'Sammanslagen i',
  created: 'Skapad',
  activity: 'Aktivitet',
  responsible: 'Ansvarig',
  timeframe: 'Tidsram',
  followUp: 'Uppföljning',
  closingSummary: 'Sammanfattning',
  updates: 'Vad har hänt sedan sist',
  published: 'Publicerad',
  notPublished: 'Inte publicerad',
  figures: 'Deltagande',
  carriedFrom: 'överförd från {title}',
  tableNote: 'bord {table}',
  peopleNote: '{people} personer',
  paperNote: 'från papperslapp',
  voteCount: { one: '{count} röst', other: '{count} röster' },
  nothingYet: 'Inga inlägg.',
  signupName: 'Namn',
  contact: 'Kontakt',
  time: 'Tid',
  contactRemoved: 'Finns bara i signups.csv',
  erasedText: '(raderad av deltagaren)',
  status_kept: 'Kvar',
  status_hidden: 'Dold',
  status_merged: 'Sammanslagen',
  status_withdrawn: 'Tillbakadragen',
  status_pending: 'Väntar på godkännande',
  source_participant: 'Deltagare',
  source_table: 'Bord',
  source_paper: 'Papperslapp',
  source_carried: 'Överförd'
} as const;

type Plural = { one: string; other: string };
type Labels = { [K in keyof typeof sv]: (typeof sv)[K] extends string ? string : Plural };

const en: Labels = {
  summarySheet: 'Summary',
  participationSheet: 'Participation',
  planSheet: 'Activity plan',
  title: 'Title',
  date: 'Date',
  exported: 'Exported',
  item: 'Item',
  value: 'Value',
  participants: 'Participants',
  associations: 'Associations',
  posts: 'Posts',
  votes: 'Votes',
  signups: 'Working-group sign-ups',
  sector: 'Sector',
  noSector: '(no sector given)',
  association: 'Association',
  noAssociation: '(no association given)',
  votesCast: 'Votes cast',
  round: 'Round',
  principle: 'Principle',
  principles: 'Principles',
  rank: 'Rank',
  text: 'Text',
  status: 'Status',
  source: 'Source',
  table: 'Table',
  people: 'People',
  originalText: 'Original text',
  postId: 'Id',
  mergedInto: 'Merged into',
  created: 'Created',
  activity: 'Activity',
  responsible: 'Responsible',
  timeframe: 'Time frame',
  followUp: 'Follow-up',
  closingSummary: 'Summary',
  updates: 'What has happened since',
  published: 'Published',
  notPublished: 'Not published',
  figures: 'Participation',
  carriedFrom: 'carried from {title}',
  tableNote: 'table {table}',
  peopleNote: '{people} people',
  paperNote: 'from a paper note',
  voteCount: { one: '{count} vote', other: '{count} votes' },
  nothingYet: 'No posts.',
  signupName: 'Name',
  contact: 'Contact',
  time: 'Time',
  contactRemoved: 'Only in signups.csv',
  erasedText: '(erased by the participant)',
  status_kept: 'Kept',
  status_hidden: 'Hidden',
  status_merged: 'Merged',
  status_withdrawn: 'Withdrawn',
  status_pending: 'Awaiting approval',
  source_participant: 'Participant',
  source_table: 'Table',
  source_paper: 'Paper note',
  source_carried: 'Carried forward'
};

export type LabelKey = keyof typeof sv;

export interface ExportText {
  (key: LabelKey, params?: Record<string, string | number>): string;
  status(status: PostStatus): string;
  source(source: PostSource): string;
}

/** The labels of one language, with `{placeholders}` filled and plurals picked by `count`. */
export function exportText(language: Language): ExportText {
  const labels: Labels = language === 'en' ? en : sv;
  const plural = new Intl.PluralRules(language === 'en' ? 'en-GB' : 'sv-SE');
  const text = ((key: LabelKey, params?: Record<string, string | number>) => {
    const message = labels[key];
    const template = typeof message === 'string' ? message : message[plural.select(Number(params?.count ?? 0)) === 'one' ? 'one' : 'other'];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params?.[name] ?? whole));
  }) as ExportText;
  text.status = (status) => text(`status_${status}`);
  text.source = (source) => text(`source_${source}`);
  return text;
}
