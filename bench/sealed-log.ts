/**
 * Issue 15: `npm run bench:sealed`. What sealing personal fields costs, on the log of a
 * 5,000-participant meeting (every participant joins with a profile, posts twice and votes
 * eight times; a fifth sign up, a third answer the evaluation with a comment): bytes on
 * disk, the time to append it (import-style batches of 500, group commit), the time to read
 * and replay it at start, and the time one erasure takes. The same log through the plain
 * file log and through the sealed one. Figures only, no assertions.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { execute } from '../src/lib/domain/execute.js';
import { HELSINGBORG_TEMPLATE_ID, setupFromTemplate } from '../src/lib/domain/template.js';
import { append, asParticipant, FACILITATOR, SYSTEM } from '../src/lib/domain/test-helpers.js';
import type { LogEntry } from '../src/lib/domain/types.js';
import { replay } from '../src/lib/domain/workshop.js';
import { FileLog } from '../server/log/file-log.js';
import type { WorkshopLog } from '../server/log/workshop-log.js';
import { FileKeys } from '../server/privacy/file-keys.js';
import { SealedLog } from '../server/privacy/sealed-log.js';

const { values: args } = parseArgs({ options: { participants: { type: 'string', default: '5000' } } });
const n = Number(args.participants);

function meetingLog(): LogEntry[] {
  const setup = setupFromTemplate(HELSINGBORG_TEMPLATE_ID)!;
  const log: LogEntry[] = [];
  append(log, SYSTEM, { type: 'workshop:create', workshopId: 'w1', code: 'HKM4TX', keyHash: 'kh', setup, rules: 2 });
  append(log, FACILITATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'samtal-2', stage: 'collecting' } });
  const topics = setup.topics.map((t) => t.id);
  for (let i = 0; i < n; i++) {
    append(log, asParticipant(`p${i}`), { type: 'participant:join', participantId: `p${i}`, tokenHash: i.toString(16).padStart(64, '0'), name: `Deltagare Nummer ${i}`, association: `Föreningen ${i % 700}`, sector: 'kultur', table: i % 60 });
  }
  for (let i = 0; i < 2 * n; i++) {
    const text = `Vi kan bidra med öppna träffar i föreningslokalen, förslag nummer ${i}, för fler unga i kvarteret.`;
    append(log, asParticipant(`p${i % n}`), { type: 'post:create', roundId: 'samtal-2', topicIds: [topics[i % topics.length]!], text });
  }
  append(log, FACILITATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'samtal-2', stage: 'voting' } });
  const firstPost = n + 3;
  for (let v = 0; v < 8 * n; v++) {
    const voter = v % n;
    append(log, asParticipant(`p${voter}`), { type: 'vote:cast', postId: `p${firstPost + ((voter * 7 + Math.floor(v / n) * 13) % (2 * n))}` });
  }
  append(log, FACILITATOR, { type: 'phase:set', phase: { kind: 'evaluation' } });
  for (let i = 0; i < n; i += 5) append(log, asParticipant(`p${i}`), { type: 'signup:set', name: `Deltagare Nummer ${i}`, contact: `deltagare${i}@forening.example.se`, consent: true });
  for (let i = 0; i < n; i += 3) append(log, asParticipant(`p${i}`), { type: 'evaluation:answer', scores: { lyssnad: 4 }, comment: 'Bra möte, men för kort tid för samtal 2.' });
  return log;
}

async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  return total;
}

const ms = (start: number) => `${(performance.now() - start).toFixed(0)} ms`;
const log = meetingLog();

for (const kind of ['plain', 'sealed'] as const) {
  const dir = await mkdtemp(join(tmpdir(), `samrad-bench-${kind}-`));
  const open = (): WorkshopLog => (kind === 'plain' ? new FileLog(dir) : new SealedLog(new FileLog(dir), new FileKeys(dir)));
  let writing = open();
  let start = performance.now();
  for (let i = 0; i < log.length; i += 500) await Promise.all(log.slice(i, i + 500).map(({ seq: _seq, ...draft }) => writing.append('w1', draft)));
  const appendTook = ms(start);
  await writing.close();
  const bytes = await bytesUnder(dir);
  const keyBytes = kind === 'sealed' ? await bytesUnder(join(dir, 'keys')) : 0;
  const sealed = log.filter((e) => ['participant:join', 'post:create', 'signup:set', 'evaluation:answer'].includes(e.command.type)).length;

  const reading = open();
  start = performance.now();
  const entries = await reading.read('w1');
  const readTook = ms(start);
  start = performance.now();
  const state = replay(entries, execute);
  const replayTook = ms(start);
  let eraseTook = '–';
  if (reading instanceof SealedLog) {
    start = performance.now();
    await reading.forget('w1', 'p42', (postId) => Boolean(state.posts.get(postId)?.text));
    eraseTook = ms(start);
  }
  await reading.close();
  console.log(
    `${kind.padEnd(6)} entries=${entries.length} bytes=${bytes} (${(bytes / entries.length).toFixed(0)} per entry; keys ${keyBytes}; entries with personal fields ${sealed})  append ${appendTook}  read ${readTook}  replay ${replayTook}  erase one ${eraseTook}  posts=${state.posts.size}`
  );
  await rm(dir, { recursive: true, force: true });
}
