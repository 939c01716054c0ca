import { describe, expect, it } from 'vitest';
import { execute } from './execute.js';
import { LIMITS } from './limits.js';
import { serializeState } from './serialize.js';
import { FACILITATOR, SYSTEM, append, asParticipant, helsingborgWorkshop } from './test-helpers.js';
import type { Actor, Command, LogEntry, Outcome, Phase, WorkshopState } from './types.js';
import { ChangeSet, applyDelta, deltaFor } from './deltas.js';
import { snapshotFor, type Audience, type AudienceSnapshot } from './views.js';
import { replay } from './workshop.js';

/** mulberry32: a tiny seeded PRNG, so a "random" log is the same on every run. */
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

const PEOPLE = ['asa', 'bjorn', 'cecilia'];
const TOPICS = ['sjalvstandighet', 'dialog', 'kvalitet', 'langsiktighet', 'oppenhet', 'mangfald'];
const TEXTS = [
  'Återkommande dialogmöten mellan staden och föreningslivet',
  'Öppna föreningsträffar i Drottninghög 🎉',
  'Läxhjälp på biblioteket 📚',
  'Språkcafé – fika och samtal på svenska ☕',
  'Gemensam kalender för alla föreningar 📅',
  'Mentorskap mellan små och stora föreningar 🤝',
  '  Tydliga villkor för föreningsbidrag  ',
  '',
  '   ',
  'ä'.repeat(LIMITS.postText + 1)
];

type Move = 'post' | 'vote' | 'retract' | 'withdraw' | 'hide' | 'update' | 'join' | 'resend';
/** How often each kind of command comes while the open round is in each stage. */
const WEIGHTS: Record<string, Array<[Move, number]>> = {
  collecting: [['post', 60], ['vote', 5], ['withdraw', 6], ['hide', 5], ['update', 3], ['join', 3], ['resend', 8]],
  voting: [['vote', 70], ['retract', 8], ['post', 5], ['withdraw', 4], ['hide', 4], ['update', 2], ['join', 2], ['resend', 8]],
  other: [['vote', 10], ['retract', 5], ['post', 10], ['withdraw', 5], ['hide', 10], ['update', 5], ['join', 5], ['resend', 8]]
};

/**
 * A log of `length` entries drawn from `seed`: stretches of commands that mostly make
 * sense for the phase the log is in (so many are accepted), some invalid, some re-sent.
 */
function randomLog(seed: number, length: number): LogEntry[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number) => rnd() < p;
  const weighted = (table: Array<[Move, number]>): Move => {
    let r = rnd() * table.reduce((sum, [, w]) => sum + w, 0);
    for (const [move, w] of table) if ((r -= w) < 0) return move;
    return table[0]![0];
  };
  // The generator applies its own entries to a scratch state, only to aim at posts that exist.
  const { log, state } = helsingborgWorkshop();
  const add = (actor: Actor, command: Command, commandId = `k${Math.floor(rnd() * 1e9).toString(36)}`) =>
    execute(state, append(log, actor, command, commandId));
  const postIds = (roundId: string | undefined, authorId?: string) => {
    const ids = ['p9999'];
    for (const p of state.posts.values()) {
      if ((!roundId || p.roundId === roundId) && (!authorId || p.authorId === authorId) && !p.withdrawn) ids.push(p.id);
    }
    return ids.length > 1 && chance(0.95) ? ids.slice(1) : ids;
  };
  for (const id of PEOPLE) {
    add(asParticipant(id), { type: 'participant:join', participantId: id, tokenHash: `t-${id}`, name: `Namn ${id} 😀`, association: 'Förening Åkeröd' });
  }
  const stages = ['collecting', 'voting', 'results', 'closed'] as const;
  let roundId = 'samtal-1';
  let stage = -1;
  while (log.length < length) {
    // Mostly the next stage, sometimes a jump anywhere (or somewhere that does not exist).
    let phase: Phase;
    if (chance(0.8)) {
      stage = (stage + 1) % stages.length;
      if (stage === 0 && log.length > 10) roundId = roundId === 'samtal-1' ? 'samtal-2' : 'samtal-1';
      phase = { kind: 'round', roundId, stage: stages[stage]! };
    } else if (chance(0.25)) {
      phase = chance(0.5) ? { kind: 'lobby' } : { kind: 'round', roundId: 'samtal-9', stage: 'voting' };
    } else {
      roundId = pick(['samtal-1', 'samtal-2']);
      stage = Math.floor(rnd() * stages.length);
      phase = { kind: 'round', roundId, stage: stages[stage]! };
    }
    add(chance(0.95) ? FACILITATOR : asParticipant(pick(PEOPLE)), { type: 'phase:set', phase });

    const table = WEIGHTS[phase.kind === 'round' ? phase.stage : 'other'] ?? WEIGHTS.other!;
    for (let n = 5 + Math.floor(rnd() * 30); n > 0 && log.length < length; n--) {
      const me = asParticipant(chance(0.03) ? 'okand' : pick(PEOPLE));
      switch (weighted(table)) {
        case 'post': {
          const target = chance(0.9) ? roundId : pick(['samtal-1', 'samtal-2', 'samtal-3']);
          const count = target === 'samtal-1' && chance(0.9) ? 1 : Math.floor(rnd() * 4);
          const topicIds = Array.from({ length: count }, () => (chance(0.03) ? 'okand' : pick(TOPICS)));
          const text = chance(0.85) ? pick(TEXTS.slice(0, 7)) : pick(TEXTS);
          add(chance(0.97) ? me : FACILITATOR, { type: 'post:create', roundId: target, topicIds, text });
          break;
        }
        case 'vote':
          add(chance(0.98) ? me : SYSTEM, { type: 'vote:cast', postId: pick(postIds(chance(0.9) ? roundId : undefined)) });
          break;
        case 'retract':
          add(me, { type: 'vote:retract', postId: pick(postIds(roundId)) });
          break;
        case 'withdraw': {
          const author = chance(0.8) && me.role === 'participant' ? me.participantId : undefined;
          add(me, { type: 'post:withdraw', postId: pick(postIds(undefined, author)) });
          break;
        }
        case 'hide':
          add(chance(0.9) ? FACILITATOR : me, { type: 'post:hide', postId: pick(postIds(roundId)), hidden: chance(0.5) });
          break;
        case 'update':
          add(me, { type: 'participant:update', name: pick(['Åsa', 'Örjan', 'Zoë 🌸', '']), association: pick(['', 'Scouterna', 'Kulturföreningen Ängel']) });
          break;
        case 'join': {
          const id = pick([...PEOPLE, 'nykomling']);
          add(asParticipant(id), { type: 'participant:join', participantId: id, tokenHash: `t-${id}`, name: '', association: '' });
          break;
        }
        case 'resend': {
          // A command re-sent after a reconnect: same actor and command id, a later seq.
          const earlier = pick(log.slice(1));
          add(earlier.actor, earlier.command, earlier.commandId);
          break;
        }
      }
    }
  }
  return log;
}

function replayWithOutcomes(log: readonly LogEntry[]) {
  const outcomes: Outcome[] = [];
  const state = replay(log, (s, e) => outcomes.push(execute(s, e).outcome));
  return { state, outcomes };
}

/**
 * Votes are recorded on both sides with the same count, a post's tally is their sum,
 * withdrawn posts keep none, tokens match participants.
 */
function checkInvariants(state: WorkshopState) {
  for (const post of state.posts.values()) {
    if (post.withdrawn) expect(post.voters.size).toBe(0);
    let sum = 0;
    for (const [voter, count] of post.voters) {
      expect(count).toBeGreaterThan(0);
      expect(state.participants.get(voter)?.votes.get(post.id)).toBe(count);
      sum += count;
    }
    expect(post.tally).toBe(sum);
  }
  for (const p of state.participants.values()) {
    expect(state.participantByToken.get(p.tokenHash)).toBe(p.id);
    for (const [postId, count] of p.votes) expect(state.posts.get(postId)?.voters.get(p.id)).toBe(count);
  }
  expect(state.participantByToken.size).toBe(state.participants.size);
}

/** Seeds whose logs reach every kind of outcome, budget_exhausted included. */
const SEEDS = [2, 7, 42];

describe.each(SEEDS)('a seeded random log (seed %i)', (seed) => {
  const log = randomLog(seed, 400);

  it('is varied enough to mean something', () => {
    const { outcomes } = replayWithOutcomes(log);
    const accepted = (type: Command['type']) => outcomes.filter((o, i) => o.ok && log[i + 1]!.command.type === type).length;
    expect(log.length).toBe(400);
    expect(accepted('post:create')).toBeGreaterThanOrEqual(10);
    expect(accepted('vote:cast')).toBeGreaterThanOrEqual(10);
    expect(accepted('phase:set')).toBeGreaterThanOrEqual(10);
    const errors = new Set(outcomes.flatMap((o) => (o.ok ? [] : [o.error])));
    expect(accepted('vote:retract') + accepted('post:withdraw') + accepted('post:hide')).toBeGreaterThanOrEqual(10);
    expect(errors.size).toBeGreaterThanOrEqual(12);
    expect(errors).toContain('budget_exhausted');
  });

  it('gives the same state and outcomes when replayed twice', () => {
    const first = replayWithOutcomes(log);
    const second = replayWithOutcomes(log);
    expect(second.outcomes).toEqual(first.outcomes);
    expect(serializeState(second.state)).toEqual(serializeState(first.state));
    expect(second.state.outcomes).toEqual(first.state.outcomes);
    expect(second.state.seq).toBe(400);
    // The last change counts from the last command that people made and the rules accepted.
    const lastAccepted = log.findLast((entry, i) => i > 0 && entry.actor.role !== 'system' && second.outcomes[i - 1]!.ok);
    expect(second.state.updatedAt).toBe(lastAccepted!.at);
  });

  it('gives the same state from a copy of the log, and the log is not changed by replaying', () => {
    const copy = structuredClone(log);
    const a = replayWithOutcomes(log);
    a.state.setup.topics[0]!.name.sv = 'Ändrat i efterhand';
    expect(log).toEqual(copy);
    expect(serializeState(replayWithOutcomes(copy).state)).toEqual(serializeState(replayWithOutcomes(log).state));
  });

  it('keeps its invariants after every entry', () => {
    replay(log, (state, entry) => {
      execute(state, entry);
      checkInvariants(state);
    });
  });

  it('changes nothing when the whole log is re-sent', () => {
    const { state, outcomes } = replayWithOutcomes(log);
    const before = serializeState(state);
    const again = log.slice(1).map((e, i) => execute(state, { ...e, seq: 401 + i, at: e.at + 1_000_000 }));
    expect(again.map((r) => r.outcome)).toEqual(outcomes);
    expect(again.every((r) => r.changes.posts.length + r.changes.tallies.length === 0 && !r.changes.info && !r.changes.stats)).toBe(true);
    expect(serializeState(state)).toEqual(before);
  });

  it('brings participant, screen and facilitator clients that follow deltas to the same view as a fresh snapshot', () => {
    const rnd = prng(seed * 7 + 1);
    const audiences: Audience[] = ['participant', 'screen', 'facilitator'];
    const entries = [...log];
    const state = replay(entries.splice(0, 1), () => undefined);
    const clients = new Map(audiences.map((a) => [a, snapshotFor(state, a, 0, 0)]));
    const versions = new Map(audiences.map((a) => [a, 0]));
    while (entries.length) {
      const set = new ChangeSet();
      for (const entry of entries.splice(0, 1 + Math.floor(rnd() * 8))) set.add(execute(state, entry).changes);
      for (const [audience, client] of clients) {
        const delta = deltaFor(state, audience, set, versions.get(audience)!, { now: state.updatedAt });
        if (!delta) continue;
        versions.set(audience, delta.to);
        expect(applyDelta(client, delta)).toBe(true);
      }
    }
    // Stats, tallies with their zeros and all: the server time is the only thing left out.
    const norm = ({ now: _now, ...s }: AudienceSnapshot) => ({ ...s, posts: [...s.posts].sort((x, y) => x.id.localeCompare(y.id)) });
    for (const [audience, client] of clients) expect(norm(client)).toEqual(norm(snapshotFor(state, audience, versions.get(audience)!, 0)));
  });
});

describe('replay', () => {
  it('refuses a log that does not start with workshop:create', () => {
    const log = randomLog(5, 20).slice(1);
    expect(() => replay(log, execute)).toThrow(/workshop:create/);
    expect(() => replay([], execute)).toThrow();
  });

  it('starts from the workshop:create entry', () => {
    const [create] = randomLog(5, 1);
    const state = replay([create!], execute);
    expect(state).toMatchObject({ id: 'w1', code: 'HKM4TX', keyHash: 'kh', createdAt: create!.at, seq: 1, phase: { kind: 'lobby' }, revealed: [] });
    expect(state.setup).toEqual(create!.command.type === 'workshop:create' ? create!.command.setup : undefined);
    expect(state.setup).not.toBe(create!.command.type === 'workshop:create' ? create!.command.setup : undefined);
  });
});
