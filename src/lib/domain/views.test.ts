import { describe, expect, it } from 'vitest';
import type { ExecuteResult } from './execute.js';
import { FACILITATOR, asParticipant, helsingborgWorkshop, join, post, run, setStage, vote, type TestWorkshop } from './test-helpers.js';
import type { Command } from './types.js';
import { ChangeSet, applyDelta, deltaFor as deltaAt } from './deltas.js';
import { AUDIENCES, participantSelf, snapshotFor as snapshotAt, type Audience, type AudienceSnapshot } from './views.js';

const S1 = 'samtal-1';
/** Server time for snapshots and deltas: the clock does not matter to these tests. */
const NOW = 1_000_000;
const snapshotFor = (state: TestWorkshop['state'], audience: Audience, version: number) => snapshotAt(state, audience, version, NOW);
const deltaFor = (state: TestWorkshop['state'], audience: Audience, changes: ChangeSet, from: number) => deltaAt(state, audience, changes, from, { now: NOW });
const S2 = 'samtal-2';

/**
 * Åsa (named, with association) and an anonymous participant; three Samtal 1 posts and
 * one Samtal 2 post; Samtal 1 in voting with a few votes cast; one post hidden.
 */
function fixture() {
  const w = helsingborgWorkshop();
  join(w, 'asa', 'Åsa Öberg', 'Föreningen Gränslös 🌍');
  join(w, 'anon');
  setStage(w, S1, 'collecting');
  const a = post(w, 'asa', S1, ['dialog'], 'Regelbundna dialogmöten – två gånger per år');
  const b = post(w, 'anon', S1, ['dialog'], 'Återkoppling på det vi säger 🙏');
  const hidden = post(w, 'anon', S1, ['mangfald'], 'Olämpligt inlägg');
  setStage(w, S1, 'voting');
  vote(w, 'asa', a);
  vote(w, 'anon', a);
  vote(w, 'anon', b);
  run(w, FACILITATOR, { type: 'post:hide', postId: hidden, hidden: true });
  return { w, a, b, hidden };
}

/** Participation figures as the fixture has them: one association given, nobody in a sector. */
// The fixture's two voters (alice and bob) voted in Samtal 1.
const fixtureStats = (joined: number, posts: number, associations = 1, voters: Record<string, number> = { 'samtal-1': 2 }) => ({ joined, posts, associations, signups: 0, sectors: { '': joined }, voters });
const ids = (s: AudienceSnapshot) => s.posts.map((p) => p.id).sort();
const changeSet = (...results: ExecuteResult[]) => {
  const set = new ChangeSet();
  for (const r of results) set.add(r.changes);
  return set;
};

describe('snapshots per audience', () => {
  it('shows hidden posts to facilitators only, marked hidden', () => {
    const { w, a, b, hidden } = fixture();
    expect(ids(snapshotFor(w.state, 'participant', 1))).toEqual([a, b].sort());
    expect(ids(snapshotFor(w.state, 'screen', 1))).toEqual([a, b].sort());
    const f = snapshotFor(w.state, 'facilitator', 1);
    expect(ids(f)).toEqual([a, b, hidden].sort());
    expect(f.posts.find((p) => p.id === hidden)!.hidden).toBe(true);
    expect(f.posts.find((p) => p.id === a)!.hidden).toBe(false);
    for (const audience of ['participant', 'screen'] as const) {
      const s = snapshotFor(w.state, audience, 1);
      expect(s.posts.every((p) => !('hidden' in p))).toBe(true);
      expect(s.tallies).not.toHaveProperty(hidden);
    }
  });

  const tallyCases: Array<{ audience: Audience; tallies: 'none' | 'all'; stats: boolean }> = [
    { audience: 'participant', tallies: 'none', stats: false },
    { audience: 'screen', tallies: 'all', stats: true },
    { audience: 'facilitator', tallies: 'all', stats: true }
  ];
  it.each(tallyCases)('before reveal, $audience gets tallies: $tallies, stats: $stats', ({ audience, tallies, stats }) => {
    const { w, a, b, hidden } = fixture();
    const s = snapshotFor(w.state, audience, 7);
    expect(s.version).toBe(7);
    expect(s.info.revealed).toEqual([]);
    if (tallies === 'none') expect(s.tallies).toEqual({});
    else expect(s.tallies).toEqual(audience === 'facilitator' ? { [a]: 2, [b]: 1, [hidden]: 0 } : { [a]: 2, [b]: 1 });
    if (stats) expect(s.stats).toEqual(fixtureStats(2, 2));
    else expect(s).not.toHaveProperty('stats');
  });

  it('gives participants the tallies of revealed rounds only, and keeps them revealed', () => {
    const { w, a, b } = fixture();
    setStage(w, S2, 'collecting');
    const c = post(w, 'asa', S2, ['dialog', 'oppenhet'], 'Öppna föreningsträffar i Drottninghög');
    setStage(w, S2, 'voting');
    vote(w, 'anon', c);
    expect(snapshotFor(w.state, 'participant', 1).tallies).toEqual({});

    const steps: Array<[() => unknown, Record<string, number>]> = [
      [() => setStage(w, S2, 'results'), { [c]: 1 }],
      [() => setStage(w, S2, 'closed'), { [c]: 1 }],
      [() => setStage(w, S1, 'results'), { [a]: 2, [b]: 1, [c]: 1 }],
      [() => run(w, FACILITATOR, { type: 'phase:set', phase: { kind: 'lobby' } }), { [a]: 2, [b]: 1, [c]: 1 }]
    ];
    for (const [step, tallies] of steps) {
      step();
      expect(snapshotFor(w.state, 'participant', 1).tallies).toEqual(tallies);
    }
  });

  it('does not reveal a round that goes straight to closed', () => {
    const { w } = fixture();
    setStage(w, S1, 'closed');
    expect(snapshotFor(w.state, 'participant', 1).tallies).toEqual({});
  });

  it('gives author details to facilitators only, and only when there are any', () => {
    const { w, a, b } = fixture();
    const f = snapshotFor(w.state, 'facilitator', 1);
    expect(f.posts.find((p) => p.id === a)!.author).toEqual({ name: 'Åsa Öberg', association: 'Föreningen Gränslös 🌍', sector: '', table: null });
    expect(f.posts.find((p) => p.id === b)).not.toHaveProperty('author');
    for (const audience of ['participant', 'screen'] as const) {
      const s = snapshotFor(w.state, audience, 1);
      expect(s.posts.every((p) => !('author' in p))).toBe(true);
      expect(JSON.stringify(s)).not.toContain('Åsa Öberg');
      expect(JSON.stringify(s)).not.toContain('asa');
    }
  });

  it('never shows withdrawn posts', () => {
    const { w, b } = fixture();
    run(w, asParticipant('anon'), { type: 'post:withdraw', postId: b });
    for (const audience of AUDIENCES) {
      const s = snapshotFor(w.state, audience, 1);
      expect(s.posts.map((p) => p.id)).not.toContain(b);
      expect(s.tallies).not.toHaveProperty(b);
    }
  });

  it('describes the participant to themself', () => {
    const { w, a, b, hidden } = fixture();
    expect(participantSelf(w.state, 'anon')).toEqual({
      participantId: 'anon',
      name: '',
      association: '',
      sector: '',
      table: null,
      showName: false,
      postIds: [b, hidden],
      votes: [a, b],
      pending: [],
      hidden: [expect.objectContaining({ id: hidden })],
      signup: null,
      evaluation: null
    });
    run(w, asParticipant('anon'), { type: 'post:withdraw', postId: b });
    expect(participantSelf(w.state, 'anon')).toMatchObject({ postIds: [hidden], votes: [a] });
    expect(participantSelf(w.state, 'nobody')).toBeUndefined();
  });
});

describe('deltas per audience', () => {
  type Expect = Partial<Record<Audience, 'null' | ((d: NonNullable<ReturnType<typeof deltaFor>>) => void)>>;
  const cases: Array<{ name: string; act: (w: TestWorkshop, ids: { a: string; b: string; hidden: string }) => ExecuteResult[]; expected: Expect }> = [
    {
      name: 'a vote while voting',
      act: (w, { b }) => [vote(w, 'asa', b)],
      expected: {
        participant: 'null',
        screen: (d) => expect(d).toEqual({ from: 10, to: 11, tallies: expect.any(Object) }),
        facilitator: (d) => expect(Object.values(d.tallies!)).toEqual([2])
      }
    },
    {
      name: 'a retracted vote',
      act: (w, { a }) => [run(w, asParticipant('asa'), { type: 'vote:retract', postId: a })],
      expected: { participant: 'null', screen: (d) => expect(Object.values(d.tallies!)).toEqual([1]) }
    },
    {
      name: 'a join',
      act: (w) => [join(w, 'erik', 'Erik Ängström', 'IK Östra 🏃')],
      expected: {
        // Phones get no figures, only the new association for their suggestions.
        participant: (d) => expect(d).toEqual({ from: 10, to: 11, associations: ['Föreningen Gränslös 🌍', 'IK Östra 🏃'] }),
        screen: (d) => expect(d).toEqual({ from: 10, to: 11, stats: fixtureStats(3, 2, 2), associations: ['Föreningen Gränslös 🌍', 'IK Östra 🏃'] }),
        facilitator: (d) => expect(d.stats).toEqual(fixtureStats(3, 2, 2))
      }
    },
    {
      name: 'a join without an association',
      act: (w) => [join(w, 'erik', 'Erik Ängström')],
      expected: {
        participant: 'null',
        screen: (d) => expect(d).toEqual({ from: 10, to: 11, stats: fixtureStats(3, 2) })
      }
    },
    {
      name: 'a hidden post',
      act: (w, { b }) => [run(w, FACILITATOR, { type: 'post:hide', postId: b, hidden: true })],
      expected: {
        participant: (d) => expect(d).toEqual({ from: 10, to: 11, removed: [expect.any(String)] }),
        screen: (d) => expect(d).toEqual({ from: 10, to: 11, removed: [expect.any(String)], stats: fixtureStats(2, 1) }),
        facilitator: (d) => {
          expect(d.posts).toHaveLength(1);
          expect(d.posts![0]!.hidden).toBe(true);
          expect(d.stats).toEqual(fixtureStats(2, 1));
          expect(d.tallies).toEqual({ [d.posts![0]!.id]: 1 });
        }
      }
    },
    {
      name: 'a rejected vote on a hidden post',
      act: (w, { hidden }) => [vote(w, 'asa', hidden)],
      expected: { participant: 'null', screen: 'null', facilitator: 'null' }
    },
    {
      name: 'a rejected command',
      act: (w) => [run(w, asParticipant('asa'), { type: 'post:create', roundId: S1, topicIds: ['dialog'], text: 'för sent' })],
      expected: { participant: 'null', screen: 'null', facilitator: 'null' }
    },
    {
      name: 'a move to results (reveal)',
      act: (w) => [setStage(w, S1, 'results')],
      expected: {
        participant: (d) => {
          expect(d.progress!.revealed).toEqual([S1]);
          expect(d.progress!.phase).toEqual({ kind: 'round', roundId: S1, stage: 'results' });
          expect(Object.values(d.roundTallies![S1]!).sort()).toEqual([1, 2]);
          expect(d.tallies).toBeUndefined();
        },
        // Only where the meeting is (phase, revealed rounds…) with the server time, not the
        // whole setup with its texts; the screen already has every count.
        screen: (d) =>
          expect(d).toEqual({
            from: 10,
            to: 11,
            now: NOW,
            progress: expect.objectContaining({ phase: { kind: 'round', roundId: S1, stage: 'results' }, revealed: [S1] })
          }),
        facilitator: (d) => expect(d).not.toHaveProperty('tallies')
      }
    }
  ];

  it.each(cases)('after $name', ({ act, expected }) => {
    const { w, a, b, hidden } = fixture();
    const set = changeSet(...act(w, { a, b, hidden }));
    for (const audience of AUDIENCES) {
      const delta = deltaFor(w.state, audience, set, 10);
      const want = expected[audience];
      if (want === 'null') expect(delta).toBeNull();
      else if (want) {
        expect(delta).not.toBeNull();
        want(delta!);
      }
    }
  });

  it('returns null for every audience when nothing changed', () => {
    const { w } = fixture();
    const set = new ChangeSet();
    expect(set.empty).toBe(true);
    for (const audience of AUDIENCES) expect(deltaFor(w.state, audience, set, 3)).toBeNull();
  });

  it('sends new posts to everyone, without tallies or authors to participants', () => {
    const w = helsingborgWorkshop();
    join(w, 'asa', 'Åsa', '');
    setStage(w, S1, 'collecting');
    const created = run(w, asParticipant('asa'), { type: 'post:create', roundId: S1, topicIds: ['kvalitet'], text: 'Fler ungdomar i styrelserna 👩‍🎓' });
    const id = created.outcome.ok ? created.outcome.postId! : '';
    const set = changeSet(created);
    const p = deltaFor(w.state, 'participant', set, 0)!;
    expect(p).toEqual({ from: 0, to: 1, posts: [{ id, roundId: S1, topicIds: ['kvalitet'], text: 'Fler ungdomar i styrelserna 👩‍🎓', createdAt: expect.any(Number) }] });
    const f = deltaFor(w.state, 'facilitator', set, 0)!;
    expect(f.posts![0]).toMatchObject({ id, hidden: false, author: { name: 'Åsa', association: '' } });
    expect(f.stats).toEqual({ joined: 1, posts: 1, associations: 0, signups: 0, sectors: { '': 1 }, voters: {} });
  });

  it('after reveal, sends participants the tallies of the whole round, zeros included, hidden excluded', () => {
    const w = helsingborgWorkshop();
    join(w, 'asa');
    setStage(w, S1, 'collecting');
    const posts = ['Ett', 'Två', 'Tre', 'Fyra'].map((t) => post(w, 'asa', S1, ['dialog'], t));
    setStage(w, S2, 'collecting');
    const other = post(w, 'asa', S2, ['dialog'], 'Annan runda');
    setStage(w, S1, 'voting');
    vote(w, 'asa', posts[0]!);
    vote(w, 'asa', posts[1]!);
    run(w, FACILITATOR, { type: 'post:hide', postId: posts[3]!, hidden: true });
    const set = changeSet(setStage(w, S1, 'results'));
    const d = deltaFor(w.state, 'participant', set, 0)!;
    expect(d.roundTallies).toEqual({ [S1]: { [posts[0]!]: 1, [posts[1]!]: 1, [posts[2]!]: 0 } });
    expect(d.roundTallies![S1]).not.toHaveProperty(other);
  });

  it('gives phones the top of each principle only, and replaces a round’s counts when they change', () => {
    const w = helsingborgWorkshop();
    const voters = Array.from({ length: 12 }, (_, i) => `röstare${i}`);
    for (const id of ['asa', ...voters]) join(w, id);
    setStage(w, S2, 'collecting');
    // 14 activities on Dialog: the phones get the 10 with most votes.
    const posts = Array.from({ length: 14 }, (_, i) => post(w, 'asa', S2, ['dialog'], `Aktivitet ${i}`));
    setStage(w, S2, 'voting');
    posts.forEach((id, i) => voters.slice(0, i % 5).forEach((voter) => vote(w, voter, id)));
    const reveal = changeSet(setStage(w, S2, 'results'));
    const shown = deltaFor(w.state, 'participant', reveal, 0)!.roundTallies![S2]!;
    expect(Object.keys(shown)).toHaveLength(10);
    const leastShown = Math.min(...Object.values(shown));
    const notShown = posts.filter((id) => !(id in shown)).map((id) => w.state.posts.get(id)!.voters.size);
    expect(Math.max(...notShown)).toBeLessThanOrEqual(leastShown);
    expect(snapshotFor(w.state, 'participant', 1).tallies).toEqual(shown);

    // Back to voting after the reveal: a vote that lifts a post into the top replaces the round's counts.
    setStage(w, S2, 'voting');
    const lifted = posts.find((id) => !(id in shown))!;
    const snapshot = snapshotFor(w.state, 'participant', 0);
    const set = changeSet(...voters.slice(5, 11).map((voter) => vote(w, voter, lifted)));
    const d = deltaFor(w.state, 'participant', set, 0)!;
    expect(d.roundTallies![S2]![lifted]).toBe(6);
    expect(applyDelta(snapshot, d)).toBe(true);
    expect(snapshot.tallies).toEqual(snapshotFor(w.state, 'participant', 1).tallies);
    expect(Object.keys(snapshot.tallies)).toHaveLength(10);
  });

  it('merges several entries of one tick into one delta per audience', () => {
    const { w, a, b } = fixture();
    const set = changeSet(vote(w, 'asa', b), run(w, asParticipant('anon'), { type: 'vote:retract', postId: a }), join(w, 'erik'));
    expect(deltaFor(w.state, 'screen', set, 4)).toEqual({ from: 4, to: 5, tallies: { [a]: 1, [b]: 2 }, stats: fixtureStats(3, 2) });
  });
});

describe('applyDelta', () => {
  it('applies deltas in order, ignores old ones and refuses a gap', () => {
    const { w, b, hidden } = fixture();
    const snap = snapshotFor(w.state, 'screen', 10);
    const d1 = deltaFor(w.state, 'screen', changeSet(vote(w, 'asa', b)), 10)!;
    const d2 = deltaFor(w.state, 'screen', changeSet(run(w, FACILITATOR, { type: 'post:hide', postId: hidden, hidden: false })), 11)!;
    const d3 = deltaFor(w.state, 'screen', changeSet(run(w, FACILITATOR, { type: 'post:hide', postId: b, hidden: true })), 12)!;

    const copy = structuredClone(snap);
    expect(applyDelta(copy, d2)).toBe(false);
    expect(copy).toEqual(snap);

    expect(applyDelta(snap, d1)).toBe(true);
    expect(snap.version).toBe(11);
    expect(snap.tallies[b]).toBe(2);
    expect(applyDelta(snap, d1)).toBe(true); // already applied: ignored
    expect(snap.version).toBe(11);
    expect(applyDelta(snap, d2)).toBe(true);
    expect(snap.posts.map((p) => p.id)).toContain(hidden);
    expect(snap.tallies[hidden]).toBe(0);
    expect(applyDelta(snap, d3)).toBe(true);
    expect(snap.version).toBe(13);
    expect(snap.posts.map((p) => p.id)).not.toContain(b);
    expect(snap.tallies).not.toHaveProperty(b);
  });
});

/**
 * A client that starts from a snapshot and applies every delta must end where a fresh
 * snapshot is. Runs `script` (one array of commands per tick) after the fixture.
 */
function followAndCompare(script: Command[][], audiences: readonly Audience[], actors: (c: Command) => ReturnType<typeof asParticipant>) {
  const { w } = fixture();
  // Each audience room has its own version, which moves only when it is sent a delta.
  const clients = new Map(audiences.map((a) => [a, snapshotFor(w.state, a, 0)]));
  const versions = new Map(audiences.map((a) => [a, 0]));
  for (const tick of script) {
    const set = new ChangeSet();
    for (const command of tick) set.add(run(w, actors(command), command).changes);
    for (const [audience, client] of clients) {
      const delta = deltaFor(w.state, audience, set, versions.get(audience)!);
      if (!delta) continue;
      versions.set(audience, delta.to);
      expect(applyDelta(client, delta)).toBe(true);
    }
  }
  const norm = (s: AudienceSnapshot) => ({ ...s, posts: [...s.posts].sort((x, y) => x.id.localeCompare(y.id)) });
  return [...clients].map(([audience, client]) => [norm(client), norm(snapshotFor(w.state, audience, versions.get(audience)!))] as const);
}

const byRole = (c: Command) => (c.type === 'phase:set' || c.type === 'post:hide' ? FACILITATOR : asParticipant(c.type === 'participant:join' ? c.participantId : 'asa'));

describe('snapshot + deltas = snapshot', () => {
  it('holds for every audience through posting, voting, hiding and revealing', () => {
    const script: Command[][] = [
      [{ type: 'participant:join', participantId: 'bo', tokenHash: 'tb', name: 'Bo', association: 'Scouterna ⚜️' }],
      [{ type: 'phase:set', phase: { kind: 'round', roundId: S2, stage: 'collecting' } }],
      [
        { type: 'post:create', roundId: S2, topicIds: ['dialog', 'kvalitet'], text: 'Gemensam kalender för föreningar 📅' },
        { type: 'post:create', roundId: S2, topicIds: ['mangfald'], text: 'Mentorskap mellan små och stora föreningar' }
      ],
      [{ type: 'phase:set', phase: { kind: 'round', roundId: S2, stage: 'voting' } }],
      // The fixture ends at seq 12; the two posts above are entries 15 and 16.
      [{ type: 'vote:cast', postId: 'p15' }, { type: 'vote:cast', postId: 'p16' }],
      [{ type: 'phase:set', phase: { kind: 'round', roundId: S1, stage: 'results' } }],
      [{ type: 'phase:set', phase: { kind: 'round', roundId: S2, stage: 'results' } }]
    ];
    for (const [client, fresh] of followAndCompare(script, AUDIENCES, byRole)) expect(client).toEqual(fresh);
  });

  // Hiding or withdrawing a post changes `stats.posts` (active posts): the delta must say so.
  it.each([
    { name: 'hiding a post', command: { type: 'post:hide', postId: 'p5', hidden: true } as Command },
    { name: 'withdrawing a post', command: { type: 'post:withdraw', postId: 'p5' } as Command }
  ])('keeps stats right for the screen after $name', ({ command }) => {
    const [[client, fresh]] = followAndCompare([[command]], ['screen'], byRole) as [readonly [AudienceSnapshot, AudienceSnapshot]];
    expect(client.stats).toEqual(fresh.stats);
  });

  // A participant:update changes the author shown on that participant's posts for facilitators.
  it('keeps authors right for facilitators after a participant renames themself', () => {
    const [[client, fresh]] = followAndCompare(
      [[{ type: 'participant:update', name: 'Åsa Ödman', association: 'Kulturföreningen Ängel 🎭' }]],
      ['facilitator'],
      byRole
    ) as [readonly [AudienceSnapshot, AudienceSnapshot]];
    expect(client.posts).toEqual(fresh.posts);
  });
});
