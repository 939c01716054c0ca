import { outcomeView, type OutcomeFigures } from '../../src/lib/domain/outcome-view.js';
import type { Localized, LogEntry, OutcomeUpdate, Phase, PostSource, ReaderLanguage, WorkshopSetup, WorkshopState } from '../../src/lib/domain/types.js';
import { evaluationSummary, type EvaluationSummary } from '../../src/lib/domain/views.js';
import { logger } from '../logger.js';
import { exportText } from './labels.js';
import { canonicalJson, comparableState, copyLog, replayRecording, stateDigest } from './log-copy.js';
import { postStatus, type PostStatus } from './rows.js';

/** The export.json format, version 1. docs/export-format.md describes every field. */
export const EXPORT_FORMAT = 'samrad-workshop';
export const EXPORT_VERSION = 1;

export interface ExportedPost {
  id: string;
  roundId: string;
  topicIds: string[];
  text: string;
  originalText: string | null;
  status: PostStatus;
  mergedInto: string | null;
  votes: number;
  pinned: boolean;
  source: PostSource;
  table: number | null;
  people: number | null;
  carriedFrom: { title: string; votes: number } | null;
  /** The language it was written in, when the phone said so. */
  lang: ReaderLanguage | null;
  /** Participant id, or null for paper notes, carried posts and posts whose author erased their data. */
  authorId: string | null;
  createdAt: string;
}

export interface ExportedParticipant {
  id: string;
  name: string;
  association: string;
  sector: string;
  table: number | null;
  showName: boolean;
  joinedAt: string;
  /** Post id → votes given to it. */
  votes: Record<string, number>;
  /** Signed up for the working group (who and how to reach them: signups.csv). */
  signedUp: boolean;
}

export type ModerationAction = 'hide' | 'show' | 'pin' | 'unpin' | 'edit' | 'merge' | 'approve';

export interface ModerationEvent {
  seq: number;
  at: string;
  action: ModerationAction;
  postIds: string[];
  /** The corrected text (edit). */
  text?: string;
}

export interface ExportedWorkshop {
  title: Localized;
  language: 'sv' | 'en';
  createdAt: string;
  setup: WorkshopSetup;
  phase: Phase;
  outcome: { summary: string; published: string | null; updates: OutcomeUpdate[] };
  figures: OutcomeFigures;
  posts: ExportedPost[];
  participants: ExportedParticipant[];
  moderation: ModerationEvent[];
  evaluation: EvaluationSummary;
  /** What an import replays; the parts above are derived from it and ignored on import. */
  log: { entries: LogEntry[]; stateDigest: string };
}

export interface WorkshopExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  workshop: ExportedWorkshop;
}

const iso = (ms: number) => new Date(ms).toISOString();

function moderation(entries: readonly LogEntry[], succeeded: Set<number>): ModerationEvent[] {
  const events: ModerationEvent[] = [];
  for (const { seq, at, actor, command: c } of entries) {
    if (actor.role !== 'facilitator' || !succeeded.has(seq)) continue;
    const event = (action: ModerationAction, postIds: string[], text?: string) => events.push({ seq, at: iso(at), action, postIds, ...(text === undefined ? {} : { text }) });
    if (c.type === 'post:hide') event(c.hidden ? 'hide' : 'show', [c.postId]);
    else if (c.type === 'post:pin') event(c.pinned ? 'pin' : 'unpin', [c.postId]);
    else if (c.type === 'post:edit') event('edit', [c.postId], c.text.trim());
    else if (c.type === 'post:merge') event('merge', [...c.postIds]);
    else if (c.type === 'post:approve') event('approve', [...c.postIds]);
  }
  return events;
}

function derived(state: WorkshopState) {
  const view = outcomeView(state);
  const posts = [...state.posts.values()]
    .sort((a, b) => a.createdAt - b.createdAt || Number(a.id.slice(1)) - Number(b.id.slice(1)))
    .map(
      (p): ExportedPost => ({
        id: p.id,
        roundId: p.roundId,
        topicIds: [...p.topicIds],
        text: p.text,
        originalText: p.originalText,
        status: postStatus(p),
        mergedInto: p.mergedInto,
        votes: p.tally,
        pinned: p.pinned,
        source: p.source,
        table: p.table,
        people: p.people,
        carriedFrom: p.carriedFrom ? { ...p.carriedFrom } : null,
        lang: p.lang ?? null,
        authorId: p.authorId || null,
        createdAt: iso(p.createdAt)
      })
    );
  const participants = [...state.participants.values()]
    .sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id))
    .map(
      (p): ExportedParticipant => ({
        id: p.id,
        name: p.name,
        association: p.association,
        sector: p.sector,
        table: p.table,
        showName: p.showName,
        joinedAt: iso(p.joinedAt),
        votes: Object.fromEntries(p.votes),
        signedUp: p.signup !== null
      })
    );
  return { view, posts, participants };
}

/**
 * Builds export.json from a workshop's log. The summary parts come from replaying the
 * exported copy, so they show exactly what an import of this file will hold.
 */
export function workshopExport(entries: readonly LogEntry[], now = Date.now()): WorkshopExport {
  const language = entries[0]?.command.type === 'workshop:create' ? entries[0].command.setup.language : 'sv';
  const text = exportText(language);
  const { copy, original: live } = copyLog(entries, { contact: text('contactRemoved'), erasedText: text('erasedText') });
  const { state, succeeded } = replayRecording(copy);

  // The copy must replay to the workshop itself (sign-up names and contacts aside); if a
  // future command slipped through the copy's rules, say so in the server log.
  const original = comparableState(live);
  for (const p of original.participants) if (p.signup) p.signup = { ...p.signup, name: text('contactRemoved'), contact: text('contactRemoved') };
  if (canonicalJson(original) !== canonicalJson(comparableState(state))) logger.warn('export_copy_differs', { workshopId: entries[0]?.command.type === 'workshop:create' ? entries[0].command.workshopId : '' });

  const { view, posts, participants } = derived(state);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(now),
    workshop: {
      title: state.setup.title,
      language: state.setup.language,
      createdAt: iso(state.createdAt),
      setup: state.setup,
      phase: state.phase,
      outcome: { summary: state.summary, published: state.published === null ? null : iso(state.published), updates: state.updates },
      figures: view.figures,
      posts,
      participants,
      moderation: moderation(copy, succeeded),
      evaluation: evaluationSummary(state, 'facilitator'),
      log: { entries: copy, stateDigest: stateDigest(state) }
    }
  };
}

/**
 * The file's text: indented for reading, except the log, one entry per line, which keeps
 * a long meeting's file well under the import's 10 MB (fully indented it would be twice
 * the size).
 */
export function exportJson(doc: WorkshopExport): string {
  const marker = '__samrad_log_entries__';
  const outline = { ...doc, workshop: { ...doc.workshop, log: { ...doc.workshop.log, entries: marker } } };
  const text = JSON.stringify(outline, null, 2);
  // The last occurrence: the log comes last, and a post could contain the marker's words.
  const at = text.lastIndexOf(`"${marker}"`);
  const entries = doc.workshop.log.entries.map((entry) => `      ${JSON.stringify(entry)}`).join(',\n');
  return `${text.slice(0, at)}[\n${entries}\n    ]${text.slice(at + marker.length + 2)}`;
}
