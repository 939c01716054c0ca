/**
 * Issue 14, findings 1 and 3: `npm run bench:replay`. Prints how long the pure domain takes
 * to replay forged logs (n posts and n follow-up commands of one kind, see
 * src/lib/domain/test-forged-logs.ts) and to build a series view over meetings with many
 * posts. Figures only, no assertions: the tests count work instead of timing it.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { execute } from '../src/lib/domain/execute.js';
import { seriesMeetingInput, seriesView } from '../src/lib/domain/series-view.js';
import { FORGED_KINDS, forgedLog } from '../src/lib/domain/test-forged-logs.js';
import { append, asParticipant, FACILITATOR } from '../src/lib/domain/test-helpers.js';
import { replay } from '../src/lib/domain/workshop.js';

const { values: args } = parseArgs({ options: { sizes: { type: 'string', default: '5000,20000' }, posts: { type: 'string', default: '2000,4000' } } });
const ms = (start: number) => `${(performance.now() - start).toFixed(0)} ms`;

for (const n of args.sizes.split(',').map(Number)) {
  for (const kind of FORGED_KINDS) {
    const log = forgedLog(kind, n);
    const start = performance.now();
    replay(log, execute);
    console.log(`replay ${kind.padEnd(16)} n=${String(n).padStart(6)} entries=${String(log.length).padStart(6)}  ${ms(start)}`);
  }
}

/**
 * A meeting whose posts all share most of their words: every pair is a candidate for the
 * grouping and most are alike ("Förslag om X nummer i" with a few distinct words).
 */
function meeting(posts: number, vocabulary: 'alike' | 'distinct') {
  const log = forgedLog('withdrawals', 0);
  for (let i = 0; i < posts; i++) {
    const text = vocabulary === 'alike' ? `mötesplats föreningar dialog staden ord${i}` : `ord${i} term${i * 7} begrepp${i * 13} sak${i * 31}`;
    append(log, asParticipant('a0'), { type: 'post:create', roundId: 'samtal-1', topicIds: ['dialog'], text });
  }
  append(log, FACILITATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'samtal-1', stage: 'results' } });
  return replay(log, execute);
}

for (const posts of args.posts.split(',').map(Number)) {
  for (const vocabulary of ['alike', 'distinct'] as const) {
    const state = meeting(posts, vocabulary);
    const start = performance.now();
    seriesView({ id: 's', title: 'S', createdAt: 0, updates: [] }, [seriesMeetingInput(state)]);
    console.log(`series view, one meeting of ${posts} ${vocabulary} posts  ${ms(start)}`);
  }
}
