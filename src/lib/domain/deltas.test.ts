import { describe, expect, it } from 'vitest';
import { ChangeSet, applyDelta, deltaFor } from './deltas.js';
import { execute, type ExecuteResult } from './execute.js';
import { serializeState } from './serialize.js';
import { S1, S2, as, castVotes, changeRound, facilitate, invariantViolations, prng, retract, workshopWith } from './test-factories.js';
import { FACILITATOR, append, asParticipant, join, post, setStage, type TestWorkshop } from './test-helpers.js';
import type { Actor, Command, LogEntry, Outcome, Phase } from './types.js';
import { AUDIENCES, PARTICIPANT_RESULTS_PER_TOPIC, snapshotFor, type Audience, type AudienceSnapshot } from './views.js';
import { replay } from './workshop.js';

const changeSet = (...results: ExecuteResult[]) => {
  const set = new ChangeSet();
  for (const r of results) set.add(r.changes);
  return set;
};
const participantTallies = (w: TestWorkshop) => snapshotFor(w.state, 'participant', 1, 0).tallies;

describe('live tallies', () => {
  /** Samtal 2 shows its counts live; Samtal 1 does not. 14 Dialog posts in each, voted on. */
  function liveWorkshop() {
    const w = workshopWith((setup) => changeRound(setup, S2, { liveTallies: true, maxVotesPerPost: 2 }));
    const voters = Array.from({ length: 6 }, (_, i) => `v${i}`);
    for (const id of ['asa', ...voters]) join(w, id);
    const posts: Record<string, string[]> = {};
    for (const roundId of [S1, S2]) {
      setStage(w, roundId, 'collecting');
      posts[roundId] = Array.from({ length: 14 }, (_, i) => post(w, 'asa', roundId, ['dialog'], `${roundId} förslag ${i}`));
    }
    return { w, voters, s1: posts[S1]!, s2: posts[S2]! };
  }

  it('gives participants every count of a live round while it votes, zeros included', () => {
    const { w, s1, s2 } = liveWorkshop();
    setStage(w, S2, 'voting');
    castVotes(w, 'v0', s2[0]!, 2);
    castVotes(w, 'v1', s2[1]!, 1);
    const tallies = participantTallies(w);
    expect(Object.keys(tallies).sort()).toEqual([...s2].sort());
    expect(tallies[s2[0]!]).toBe(2);
    expect(tallies[s2[1]!]).toBe(1);
    for (const id of s1) expect(tallies).not.toHaveProperty(id);
  });

  it('sends participants each vote of a live round as a delta, and none of another round', () => {
    const { w, s1, s2 } = liveWorkshop();
    setStage(w, S2, 'voting');
    const before = snapshotFor(w.state, 'participant', 0, 0);
    const d = deltaFor(w.state, 'participant', changeSet(...castVotes2(w, 'v0', s2[3]!, 2)), 0, { now: 0 })!;
    expect(d).toEqual({ from: 0, to: 1, tallies: { [s2[3]!]: 2 } });
    expect(applyDelta(before, d)).toBe(true);
    expect(before.tallies).toEqual(participantTallies(w));

    const retracted = deltaFor(w.state, 'participant', changeSet(retract(w, 'v0', s2[3]!)), 1, { now: 0 })!;
    expect(retracted.tallies).toEqual({ [s2[3]!]: 1 });

    setStage(w, S1, 'voting');
    expect(deltaFor(w.state, 'participant', changeSet(...castVotes2(w, 'v0', s1[0]!, 1)), 0, { now: 0 })).toBeNull();
  });

  it('drops a hidden post’s count from the participants’ live counts', () => {
    const { w, s2 } = liveWorkshop();
    setStage(w, S2, 'voting');
    castVotes(w, 'v0', s2[0]!, 1);
    const hidden = facilitate(w, { type: 'post:hide', postId: s2[0]!, hidden: true });
    expect(participantTallies(w)).not.toHaveProperty(s2[0]!);
    expect(deltaFor(w.state, 'participant', changeSet(hidden), 0, { now: 0 })).toEqual({ from: 0, to: 1, removed: [s2[0]] });
  });

  it('shows no counts of a round that is not live before the reveal, and only the top of each principle after', () => {
    const { w, voters, s1, s2 } = liveWorkshop();
    setStage(w, S1, 'voting');
    // Votes 0..3 per post (per-principle budget of 3: each voter votes for at most 3 posts).
    s1.forEach((id, i) => voters.slice(0, i % 4).forEach((v, j) => (i + j) % 3 === 0 || castVotes(w, v, id, 1)));
    expect(Object.keys(participantTallies(w)).filter((id) => s1.includes(id))).toEqual([]);
    setStage(w, S1, 'results');
    const shown = Object.keys(participantTallies(w)).filter((id) => s1.includes(id));
    expect(shown).toHaveLength(PARTICIPANT_RESULTS_PER_TOPIC);
    const votes = (id: string) => w.state.posts.get(id)!.tally;
    const leastShown = Math.min(...shown.map(votes));
    for (const id of s1.filter((id) => !shown.includes(id))) expect(votes(id)).toBeLessThanOrEqual(leastShown);
    // The live round keeps every count, more than the top ten.
    expect(Object.keys(participantTallies(w)).filter((id) => s2.includes(id))).toHaveLength(14);
  });

  it('keeps showing every count of a live round once it is revealed', () => {
    const { w, s2 } = liveWorkshop();
    setStage(w, S2, 'voting');
    castVotes(w, 'v0', s2[13]!, 2);
    const reveal = setStage(w, S2, 'results');
    expect(Object.keys(participantTallies(w))).toHaveLength(14);
    const d = deltaFor(w.state, 'participant', changeSet(reveal), 0, { now: 0 })!;
    expect(d.roundTallies).toBeUndefined();
  });

  // Found by the model-based test below: phones kept the counts of a round whose live
  // counts were switched off. A setup change now sends every round's counts again.
  it.each([
    [true, false],
    [false, true]
  ])('brings phones the right counts when live counts go from %s to %s', (from, to) => {
    const { w, s2 } = liveWorkshop();
    const toggle = (live: boolean) => {
      const setup = structuredClone(w.state.setup);
      setup.rounds.find((r) => r.id === S2)!.liveTallies = live;
      return facilitate(w, { type: 'setup:update', setup, confirmRemoval: false });
    };
    if (!from) toggle(false);
    setStage(w, S2, 'voting');
    castVotes(w, 'v0', s2[0]!, 2);
    const client = snapshotFor(w.state, 'participant', 0, 0);
    expect(Object.keys(client.tallies)).toHaveLength(from ? 14 : 0);
    const result = toggle(to);
    expect(result.outcome).toEqual({ ok: true });
    expect(applyDelta(client, deltaFor(w.state, 'participant', changeSet(result), 0, { now: 0 })!)).toBe(true);
    expect(client.tallies).toEqual(participantTallies(w));
    expect(Object.keys(client.tallies)).toHaveLength(to ? 14 : 0);
  });

  it('drops a merged post’s count from a live round for participants who followed it', () => {
    const { w, s2 } = liveWorkshop();
    setStage(w, S2, 'voting');
    castVotes(w, 'v0', s2[1]!, 1);
    const client = snapshotFor(w.state, 'participant', 0, 0);
    expect(client.tallies[s2[1]!]).toBe(1);
    const d = deltaFor(w.state, 'participant', changeSet(facilitate(w, { type: 'post:merge', postIds: [s2[0]!, s2[1]!] })), 0, { now: 0 })!;
    expect(applyDelta(client, d)).toBe(true);
    expect(client.posts.find((p) => p.id === s2[1])!.mergedInto).toBe(s2[0]);
    expect(client.tallies).toEqual(participantTallies(w));
    expect(client.tallies).not.toHaveProperty(s2[1]!);
    expect(client.tallies[s2[0]!]).toBe(1);
  });
});

/** Casts votes, returning the results (for their changes). */
function castVotes2(w: TestWorkshop, voterId: string, postId: string, n: number): ExecuteResult[] {
  return Array.from({ length: n }, () => as(w, voterId, { type: 'vote:cast', postId }));
}

// ---------------------------------------------------------------------------------------
// A small model-based test: random facilitation sessions, followed by clients.

const PEOPLE = ['asa', 'bo', 'cia', 'dan'];
const TOPICS = ['sjalvstandighet', 'dialog', 'kvalitet', 'langsiktighet', 'oppenhet', 'mangfald'];
const TEXTS = ['Dialogmöten två gånger per år', 'dialogmöten två gånger per år!', 'Läxhjälp på biblioteket 📚', 'Språkcafé ☕', 'Gemensam kalender 📅', ''];
const ASSOCIATIONS = ['IFK Helsingborg', 'ifk  helsingborg', 'Scouterna', 'Ängelholms FF', ''];
const SECTORS = ['', 'idrott', 'kultur', 'bowling'];
const CONTACT = 'hemlig@example.se';

type Move =
  | 'post'
  | 'scribe'
  | 'note'
  | 'vote'
  | 'retract'
  | 'withdraw'
  | 'hide'
  | 'pin'
  | 'edit'
  | 'merge'
  | 'approve'
  | 'update'
  | 'join'
  | 'signup'
  | 'unsign'
  | 'answer'
  | 'setup'
  | 'meeting'
  | 'resend';
const MOVES: Record<string, Array<[Move, number]>> = {
  collecting: [['post', 30], ['scribe', 6], ['note', 4], ['approve', 8], ['edit', 6], ['pin', 3], ['hide', 3], ['merge', 4], ['withdraw', 5], ['update', 4], ['join', 2], ['signup', 3], ['resend', 4]],
  voting: [['vote', 45], ['retract', 10], ['merge', 6], ['hide', 5], ['approve', 3], ['edit', 4], ['pin', 2], ['withdraw', 5], ['update', 3], ['unsign', 2], ['resend', 4]],
  evaluation: [['answer', 40], ['signup', 10], ['unsign', 5], ['update', 5], ['resend', 5]],
  other: [['vote', 5], ['post', 5], ['note', 5], ['hide', 5], ['merge', 5], ['answer', 5], ['signup', 5], ['update', 5], ['resend', 5]]
};
// Every stage also sees the facilitator change the settings and run the clock.
for (const table of Object.values(MOVES)) table.push(['setup', 2], ['meeting', 4]);

/** A random session log; the generator applies its entries to aim at posts that exist. */
function randomSession(seed: number, length: number, moderationQueue: boolean): TestWorkshop {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number) => rnd() < p;
  const weighted = (table: Array<[Move, number]>): Move => {
    let r = rnd() * table.reduce((sum, [, n]) => sum + n, 0);
    for (const [move, n] of table) if ((r -= n) < 0) return move;
    return table[0]![0];
  };
  const w = workshopWith((setup) => {
    changeRound(setup, S2, { liveTallies: true, maxVotesPerPost: 3 });
    changeRound(setup, S1, { maxVotesPerPost: 2 });
    setup.settings = { moderationQueue, showNames: true };
  });
  const add = (actor: Actor, command: Command, commandId = `k${Math.floor(rnd() * 1e9).toString(36)}`) =>
    execute(w.state, append(w.log, actor, command, commandId));
  const postIds = (filter: (p: { roundId: string; pending: boolean; authorId: string }) => boolean = () => true) => {
    const ids = [...w.state.posts.values()].filter((p) => !p.withdrawn && filter(p)).map((p) => p.id);
    return ids.length && chance(0.95) ? ids : [...ids, 'p9999'];
  };
  /** Posts this participant voted for in the open round: stacking and retracting aim here. */
  const mine = (who: string) => [...(w.state.participants.get(who)?.votes.keys() ?? [])].filter((id) => w.state.posts.get(id)?.roundId === roundId);
  const profile = () => ({
    name: pick(['Åsa Öberg', 'Bo', '', 'Zoë 🌸']),
    association: pick(ASSOCIATIONS),
    sector: pick(SECTORS),
    table: chance(0.5) ? 1 + Math.floor(rnd() * 9) : null,
    showName: chance(0.5)
  });
  for (const id of PEOPLE) add(asParticipant(id), { type: 'participant:join', participantId: id, tokenHash: `t-${id}`, ...profile(), sector: 'kultur' });

  const stages = ['collecting', 'voting', 'results', 'closed'] as const;
  let roundId = S2;
  let stage = -1;
  while (w.log.length < length) {
    let phase: Phase;
    if (chance(0.1)) phase = { kind: 'evaluation' };
    else if (chance(0.05)) phase = { kind: 'lobby' };
    else {
      stage = (stage + 1) % stages.length;
      if (stage === 0 && chance(0.5)) roundId = roundId === S1 ? S2 : S1;
      phase = { kind: 'round', roundId, stage: stages[stage]! };
    }
    add(FACILITATOR, { type: 'phase:set', phase });
    const table = MOVES[phase.kind === 'round' ? phase.stage : phase.kind] ?? MOVES.other!;
    for (let n = 5 + Math.floor(rnd() * 25); n > 0 && w.log.length < length; n--) {
      const who = pick(PEOPLE);
      const me = asParticipant(who);
      const topics = () => (roundId === S1 ? [pick(TOPICS)] : Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(TOPICS)));
      switch (weighted(table)) {
        case 'post':
          add(me, { type: 'post:create', roundId, topicIds: topics(), text: pick(TEXTS) });
          break;
        case 'scribe':
          add(me, { type: 'post:create', roundId, topicIds: topics(), text: pick(TEXTS), onBehalf: { table: 1 + Math.floor(rnd() * 9), people: 1 + Math.floor(rnd() * 8) } });
          break;
        case 'note':
          add(FACILITATOR, { type: 'note:add', roundId: pick([S1, S2]), topicIds: topics(), text: pick(TEXTS), table: chance(0.7) ? 3 : null, people: chance(0.7) ? 5 : null });
          break;
        case 'vote': {
          const stack = mine(who);
          add(me, { type: 'vote:cast', postId: pick(stack.length && chance(0.4) ? stack : postIds((p) => p.roundId === roundId)) });
          break;
        }
        case 'retract': {
          const voted = mine(who);
          add(me, { type: 'vote:retract', postId: pick(voted.length && chance(0.85) ? voted : postIds((p) => p.roundId === roundId)) });
          break;
        }
        case 'withdraw':
          add(me, { type: 'post:withdraw', postId: pick(postIds((p) => chance(0.1) || (p.roundId === roundId && p.authorId === who))) });
          break;
        case 'hide':
          add(FACILITATOR, { type: 'post:hide', postId: pick(postIds()), hidden: chance(0.6) });
          break;
        case 'pin':
          add(FACILITATOR, { type: 'post:pin', postId: pick(postIds()), pinned: chance(0.6) });
          break;
        case 'edit':
          add(FACILITATOR, { type: 'post:edit', postId: pick(postIds()), text: pick(TEXTS) });
          break;
        case 'merge': {
          const candidates = postIds((p) => p.roundId === roundId);
          const count = chance(0.1) ? 1 : 2 + Math.floor(rnd() * 2);
          add(FACILITATOR, { type: 'post:merge', postIds: Array.from({ length: count }, () => pick(candidates)) });
          break;
        }
        case 'approve': {
          const pending = postIds((p) => p.pending);
          add(FACILITATOR, { type: 'post:approve', postIds: [pick(pending), ...(chance(0.3) ? [pick(pending)] : [])] });
          break;
        }
        case 'update':
          add(me, { type: 'participant:update', ...profile() });
          break;
        case 'join': {
          const id = pick([...PEOPLE, 'ny']);
          add(asParticipant(id), { type: 'participant:join', participantId: id, tokenHash: `t-${id}`, ...profile() });
          break;
        }
        case 'signup':
          add(me, { type: 'signup:set', name: pick(['Åsa', 'Bo', '']), contact: `${who}.${CONTACT}`, consent: true });
          break;
        case 'unsign':
          add(me, { type: 'signup:withdraw' });
          break;
        case 'answer':
          add(me, { type: 'evaluation:answer', scores: { lyssnad: 1 + Math.floor(rnd() * 5), ...(chance(0.5) ? { formen: 1 + Math.floor(rnd() * 5) } : {}), ...(chance(0.05) ? { okand: 3 } : {}) }, comment: pick(['', 'Bra!', 'Mer fika']) });
          break;
        case 'setup': {
          // Names on the projector, the queue, live counts and stacking switched on or off.
          const setup = structuredClone(w.state.setup);
          setup.settings = { moderationQueue: chance(0.5), showNames: chance(0.5) };
          const round = pick(setup.rounds);
          round.liveTallies = chance(0.5);
          if (chance(0.3)) round.maxVotesPerPost = 1 + Math.floor(rnd() * 3);
          add(FACILITATOR, { type: 'setup:update', setup, confirmRemoval: false });
          break;
        }
        case 'meeting': {
          const commands: Command[] = [
            { type: 'timer:start', durationMs: 60_000, closeWhenDone: chance(0.3) },
            { type: 'timer:pause' },
            { type: 'timer:resume' },
            { type: 'timer:stop' },
            { type: 'screen:mode', mode: { view: pick(['auto', 'wall', 'ranking'] as const), topicId: pick(TOPICS) } },
            { type: 'agenda:current', itemId: chance(0.5) ? null : (pick(w.state.setup.agenda)?.id ?? null) }
          ];
          add(FACILITATOR, pick(commands));
          break;
        }
        case 'resend': {
          const earlier = pick(w.log.slice(1));
          add(earlier.actor, earlier.command, earlier.commandId);
          break;
        }
      }
    }
  }
  return w;
}

/** A client's view and a fresh one differ only in the server time, version and order of posts. */
const norm = ({ now: _now, version: _version, ...s }: AudienceSnapshot) => ({ ...s, posts: [...s.posts].sort((x, y) => x.id.localeCompare(y.id)) });

const SESSIONS = [
  { seed: 3, queue: false },
  { seed: 11, queue: true },
  { seed: 29, queue: false },
  { seed: 57, queue: true }
];

describe.each(SESSIONS)('a random facilitation session (seed $seed, queue $queue)', ({ seed, queue }) => {
  const { log } = randomSession(seed, 900, queue);
  const outcomesOf = (entries: readonly LogEntry[]) => {
    const outcomes: Outcome[] = [];
    const state = replay(entries, (s, e) => outcomes.push(execute(s, e).outcome));
    return { state, outcomes };
  };

  it('exercises the facilitation commands', () => {
    const { outcomes } = outcomesOf(log);
    const accepted = (type: Command['type']) => outcomes.filter((o, i) => o.ok && log[i + 1]!.command.type === type).length;
    const types = ['post:create', 'vote:cast', 'vote:retract', 'post:withdraw', 'post:hide', 'post:pin', 'post:merge', 'post:edit', 'note:add', 'signup:set', 'evaluation:answer', 'setup:update', 'timer:start'] as const;
    for (const type of types) {
      expect(accepted(type), type).toBeGreaterThanOrEqual(2);
    }
    if (queue) expect(accepted('post:approve')).toBeGreaterThanOrEqual(2);
    const errors = new Set(outcomes.flatMap((o) => (o.ok ? [] : [o.error])));
    for (const error of ['merge_invalid', 'post_not_found', 'already_voted', 'unknown_sector']) expect(errors).toContain(error);
  });

  it('keeps every invariant after every entry', () => {
    replay(log, (state, entry) => {
      execute(state, entry);
      const problems = invariantViolations(state);
      if (problems.length) throw new Error(`after seq ${entry.seq} (${entry.command.type}): ${problems.join('; ')}`);
    });
  });

  it('replays to the same state and outcomes', () => {
    const first = outcomesOf(log);
    const second = outcomesOf(structuredClone(log));
    expect(second.outcomes).toEqual(first.outcomes);
    expect(serializeState(second.state)).toEqual(serializeState(first.state));
  });

  it('brings clients that follow deltas to a fresh snapshot, for every audience, after every tick', () => {
    const rnd = prng(seed * 13 + 5);
    const entries = [...log];
    const state = replay(entries.splice(0, 1), () => undefined);
    const clients = new Map(AUDIENCES.map((a) => [a, snapshotFor(state, a, 0, 0)]));
    const versions = new Map<Audience, number>(AUDIENCES.map((a) => [a, 0]));
    let ticks = 0;
    while (entries.length) {
      const set = new ChangeSet();
      for (const entry of entries.splice(0, 1 + Math.floor(rnd() * 6))) set.add(execute(state, entry).changes);
      ticks++;
      for (const [audience, client] of clients) {
        const delta = deltaFor(state, audience, set, versions.get(audience)!, { now: state.updatedAt });
        if (delta) {
          versions.set(audience, delta.to);
          expect(applyDelta(client, delta)).toBe(true);
        }
        const fresh = snapshotFor(state, audience, versions.get(audience)!, 0);
        expect(norm(client), `${audience} after tick ${ticks}, seq ${state.seq}`).toEqual(norm(fresh));
      }
    }
    // Contact details never reached the projector or the phones.
    for (const audience of ['participant', 'screen'] as const) expect(JSON.stringify(clients.get(audience))).not.toContain(CONTACT);
  });
});
