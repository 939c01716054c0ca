import { describe, expect, it } from 'vitest';
import { checkImport } from '../../server/exports/import.js';
import { exportJson, workshopExport } from '../../server/exports/json.js';
import { canonicalJson, comparableState, replayRecording } from '../../server/exports/log-copy.js';
import { FACILITATOR, asParticipant, helsingborgWorkshop, run } from '../../src/lib/domain/test-helpers.js';
import type { Command, LogEntry, WorkshopState } from '../../src/lib/domain/types.js';

/** mulberry32: a seeded PRNG, so each "random" meeting is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Spellings that share an association key, and one nobody else uses.
// Spellings as the socket edge lets them through (cleanLine: one space between words), since
// an import refuses texts that are not.
const ASSOCIATIONS = ['Föreningen Ölandsbro', 'föreningen ölandsbro', 'FÖRENINGEN ÖLANDSBRO.', 'IF Åsen', 'if åsen', 'Ensam förening', ''];
const TOPICS = ['dialog', 'mangfald', 'oppenhet'];

/**
 * A meeting of `moves` random commands in which people join (some with the same token
 * again), change association, post, vote, sign up, answer, are moderated and merged, and
 * some erase their data, some rejoining afterwards. Each erasure's name is remembered.
 */
function randomMeeting(seed: number, moves: number) {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const w = helsingborgWorkshop();
  const people: string[] = [];
  const erasedWords: string[] = [];
  const names = new Map<string, string>();
  let n = 0;
  const posts = () => [...w.state.posts.values()].filter((p) => !p.withdrawn && !p.mergedInto).map((p) => p.id);
  const someone = () => pick(people.filter((id) => w.state.participants.has(id)));
  const as = (id: string, command: Command) => run(w, asParticipant(id), command);

  run(w, FACILITATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
  for (let i = 0; i < moves; i++) {
    const r = rnd();
    const live = people.filter((id) => w.state.participants.has(id));
    if (r < 0.15 || live.length < 2) {
      const id = `x${++n}`;
      const name = `Person${n} Hemligsson`;
      // Now and then a second tab joins with a token already in use (refused: already_exists).
      const token = rnd() < 0.1 && people.length ? `t-${pick(people)}` : `t-${id}`;
      as(id, { type: 'participant:join', participantId: id, tokenHash: token, name, association: pick(ASSOCIATIONS), sector: pick(['', 'kultur', 'idrott']), table: null, showName: false });
      people.push(id);
      names.set(id, name);
    } else if (r < 0.2) {
      const id = someone();
      as(id, { type: 'participant:update', name: names.get(id)!, association: pick(ASSOCIATIONS), sector: '', table: null, showName: false });
    } else if (r < 0.42) {
      const id = someone();
      as(id, { type: 'post:create', roundId: 'samtal-1', topicIds: [pick(TOPICS)], text: `Tanke ${i} av ${names.get(id)}` });
    } else if (r < 0.6 && posts().length) {
      as(someone(), { type: 'vote:cast', postId: pick(posts()) });
    } else if (r < 0.64 && posts().length) {
      as(someone(), { type: 'vote:retract', postId: pick(posts()) });
    } else if (r < 0.7 && posts().length >= 2) {
      const topic = pick(TOPICS);
      const same = posts().filter((id) => w.state.posts.get(id)!.topicIds[0] === topic);
      if (same.length >= 2) run(w, FACILITATOR, { type: 'post:merge', postIds: [pick(same), pick(same)] });
    } else if (r < 0.74 && posts().length) {
      run(w, FACILITATOR, { type: 'post:edit', postId: pick(posts()), text: `Rättad ${i}` });
    } else if (r < 0.77 && posts().length) {
      run(w, FACILITATOR, { type: 'post:hide', postId: pick(posts()), hidden: rnd() < 0.7 });
    } else if (r < 0.82) {
      const id = someone();
      as(id, { type: 'signup:set', name: names.get(id)!, contact: `${id}@example.se`, consent: true });
    } else if (r < 0.85) {
      as(someone(), { type: 'post:withdraw', postId: pick(posts().length ? posts() : ['p1']) });
    } else if (r < 0.9) {
      const id = someone();
      if (as(id, { type: 'participant:erase' }).outcome.ok) erasedWords.push(names.get(id)!);
    } else {
      const id = someone();
      as(id, { type: 'evaluation:answer', scores: {}, comment: `Kommentar från ${names.get(id)}` });
    }
  }
  return { log: w.log, state: w.state, erasedWords };
}

/** The state as the copy must reproduce it: sign-ups keep only their time and association. */
function withoutContacts(state: WorkshopState) {
  const s = comparableState(state);
  for (const p of s.participants) if (p.signup) p.signup = { ...p.signup, name: '', contact: '' };
  return canonicalJson(s);
}

describe('the exported copy of a log', () => {
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('replays to the same meeting and keeps nothing of the erased (seed %i)', async (seed) => {
    const { log, state, erasedWords } = randomMeeting(seed, 400);
    const doc = workshopExport(log as LogEntry[], Date.UTC(2026, 0, 1));
    const copy = doc.workshop.log.entries;
    expect(withoutContacts(replayRecording(copy).state)).toBe(withoutContacts(state));

    const text = exportJson(doc);
    // Gone, but for posts others' duplicates were merged into: those stay, without an author.
    const kept = [...state.posts.values()].flatMap((p) => [p.text, p.originalText ?? '']).join('\n');
    for (const word of erasedWords) if (!kept.includes(word)) expect(text).not.toContain(word);
    expect(text).not.toMatch(/x\d+@example\.se/);
    expect(text).not.toContain('t-x');

    // And an import accepts it, replaying to the digest it carries.
    const checked = await checkImport(JSON.parse(text));
    expect(checked).toMatchObject({ ok: true });
  });

  it('has erasures to test in most meetings', () => {
    const withErasures = Array.from({ length: 12 }, (_, i) => randomMeeting(i + 1, 400).erasedWords.length).filter((n) => n > 0);
    expect(withErasures.length).toBeGreaterThan(8);
  });
});
