/**
 * What the HTTP attacks of bench/attack.ts send: forged export.json files an attacker can
 * make without any key (the format is documented), built once per attack in its worker.
 */
import { exportJson, workshopExport } from '../server/exports/json.js';
import { forgedLog } from '../src/lib/domain/test-forged-logs.js';
import { append, asParticipant, FACILITATOR } from '../src/lib/domain/test-helpers.js';
import type { LogEntry } from '../src/lib/domain/types.js';

/**
 * A file of n posts and n withdrawals with a true digest, the derived parts left empty as a
 * forger would: accepted by the import (up to the caps), and its replay is the long part.
 */
export function forgedImport(posts: number): string {
  const doc = workshopExport(forgedLog('withdrawals', posts));
  return exportJson({ ...doc, workshop: { ...doc.workshop, posts: [], participants: [], moderation: [] } });
}

/** A workshop of n kept posts and n profile changes: big exports (every post is a row). */
export const bigWorkshop = (posts: number): string => exportJson(workshopExport(forgedLog('profile-updates', posts)));

/** A meeting of n near-identical posts in one principle, revealed: the worst case for the series grouping. */
export function alikeMeetingLog(posts: number): LogEntry[] {
  const log = forgedLog('withdrawals', 0);
  for (let i = 0; i < posts; i++) append(log, asParticipant('a0'), { type: 'post:create', roundId: 'samtal-1', topicIds: ['dialog'], text: `mötesplats föreningar dialog staden ord${i}` });
  append(log, FACILITATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'samtal-1', stage: 'results' } });
  return log;
}

/** That meeting as an export.json to import. */
export const alikeMeeting = (posts: number): string => exportJson(workshopExport(alikeMeetingLog(posts)));
