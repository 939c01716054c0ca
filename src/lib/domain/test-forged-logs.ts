/**
 * Logs an attacker could forge into an export.json (or build live with a workshop of their
 * own): many posts, then one command per post that, if a handler scanned every post, would
 * make the replay quadratic. Used by the domain's replay-cost test and bench/replay-cost.ts.
 * Pure TypeScript: no Node APIs, no test framework.
 */
import { HELSINGBORG_TEMPLATE_ID, setupFromTemplate } from './template.js';
import { FACILITATOR, SYSTEM, append, asParticipant } from './test-helpers.js';
import type { LogEntry } from './types.js';

export const FORGED_KINDS = ['withdrawals', 'profile-updates', 'erasures', 'merges'] as const;
export type ForgedKind = (typeof FORGED_KINDS)[number];

const ROUND = 'samtal-1';
const TOPIC = 'dialog';

/** A forged log of `n` posts and `n` follow-up commands of the given kind (about 2n entries). */
export function forgedLog(kind: ForgedKind, n: number): LogEntry[] {
  const setup = setupFromTemplate(HELSINGBORG_TEMPLATE_ID);
  if (!setup) throw new Error('template missing');
  const log: LogEntry[] = [];
  append(log, SYSTEM, { type: 'workshop:create', workshopId: 'w1', code: 'HKM4TX', keyHash: 'kh', setup });
  append(log, FACILITATOR, { type: 'phase:set', phase: { kind: 'round', roundId: ROUND, stage: 'collecting' } });
  // One author for all posts, or (erasures) one author per post.
  const authors = kind === 'erasures' ? n : 1;
  for (let i = 0; i < authors; i++) {
    append(log, asParticipant(`a${i}`), { type: 'participant:join', participantId: `a${i}`, tokenHash: `t-a${i}`, name: `N${i}`, association: `F${i % 50}` });
  }
  const postIds: string[] = [];
  for (let i = 0; i < n; i++) {
    const entry = append(log, asParticipant(`a${i % authors}`), { type: 'post:create', roundId: ROUND, topicIds: [TOPIC], text: `Förslag nummer ${i}` });
    postIds.push(`p${entry.seq}`);
  }
  for (let i = 0; i < n; i++) {
    const author = asParticipant(`a${i % authors}`);
    switch (kind) {
      case 'withdrawals':
        append(log, author, { type: 'post:withdraw', postId: postIds[i]! });
        break;
      case 'profile-updates':
        append(log, author, { type: 'participant:update', name: `M${i}`, association: `F${i % 50}` });
        break;
      case 'erasures':
        append(log, author, { type: 'participant:erase' });
        break;
      case 'merges':
        // Pairs merged, then each kept post withdrawn (refused: others were merged into it).
        if (i % 2 === 1) append(log, FACILITATOR, { type: 'post:merge', postIds: [postIds[i - 1]!, postIds[i]!] });
        else if (i > 0) append(log, author, { type: 'post:withdraw', postId: postIds[i - 2]! });
        break;
    }
  }
  return log;
}
