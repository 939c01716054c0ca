import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.js';
import { outcomeView } from '../outcome-view.js';
import type { Command } from '../types.js';
import { FACILITATOR, asParticipant, helsingborgWorkshop, join, post, run, setStage, vote } from '../test-helpers.js';

describe('outcome commands', () => {
  it('keep the closing summary, publish once (the first time stays), and withdraw', () => {
    const w = helsingborgWorkshop();
    expect(run(w, FACILITATOR, { type: 'summary:set', text: '  Vi fortsätter i arbetsgruppen.  ' }).changes.outcome).toBe(true);
    expect(w.state.summary).toBe('Vi fortsätter i arbetsgruppen.');
    expect(run(w, FACILITATOR, { type: 'summary:set', text: 'x'.repeat(5001) }).outcome).toEqual({ ok: false, error: 'text_too_long' });

    const first = run(w, FACILITATOR, { type: 'outcome:publish', published: true });
    expect(first.changes).toMatchObject({ outcome: true, info: true });
    const at = w.state.published;
    expect(at).toBe(w.log.at(-1)!.at);
    run(w, FACILITATOR, { type: 'outcome:publish', published: true });
    expect(w.state.published).toBe(at);
    run(w, FACILITATOR, { type: 'outcome:publish', published: false });
    expect(w.state.published).toBeNull();
  });

  it('keep dated updates in date order, refuse bad dates and remove by id', () => {
    const w = helsingborgWorkshop();
    run(w, FACILITATOR, { type: 'update:add', date: '2017-06-01', text: 'Överenskommelsen antogs.' });
    run(w, FACILITATOR, { type: 'update:add', date: '2017-04-20', text: 'Arbetsgruppen har träffats.' });
    expect(w.state.updates.map((u) => u.date)).toEqual(['2017-04-20', '2017-06-01']);
    expect(run(w, FACILITATOR, { type: 'update:add', date: '2017-13-01', text: 'x' }).outcome).toEqual({ ok: false, error: 'invalid_payload' });
    expect(run(w, FACILITATOR, { type: 'update:add', date: '2017-05-01', text: '  ' }).outcome).toEqual({ ok: false, error: 'text_empty' });
    const id = w.state.updates[0]!.id;
    expect(run(w, FACILITATOR, { type: 'update:remove', updateId: id }).outcome.ok).toBe(true);
    expect(w.state.updates).toHaveLength(1);
    expect(run(w, FACILITATOR, { type: 'update:remove', updateId: id }).outcome).toEqual({ ok: false, error: 'post_not_found' });
  });

  it('keep an update in Swedish, English and Arabic; a plain string (older logs) is the Swedish text', () => {
    const w = helsingborgWorkshop();
    run(w, FACILITATOR, { type: 'update:add', date: '2017-04-20', text: 'Arbetsgruppen har träffats.' });
    run(w, FACILITATOR, { type: 'update:add', date: '2017-06-01', text: { sv: ' Överenskommelsen antogs. ', en: 'The agreement was adopted.', ar: '  ' } });
    expect(w.state.updates.map((u) => u.text)).toEqual([{ sv: 'Arbetsgruppen har träffats.' }, { sv: 'Överenskommelsen antogs.', en: 'The agreement was adopted.' }]);
    expect(run(w, FACILITATOR, { type: 'update:add', date: '2017-06-02', text: { sv: ' ', en: 'Only English' } }).outcome).toEqual({ ok: false, error: 'text_empty' });
    expect(run(w, FACILITATOR, { type: 'update:add', date: '2017-06-02', text: { sv: 'Kort', ar: 'ب'.repeat(LIMITS.updateText + 1) } }).outcome).toEqual({ ok: false, error: 'text_too_long' });
    expect(w.state.updates).toHaveLength(2);
  });

  it('are the facilitator’s alone', () => {
    const w = helsingborgWorkshop();
    join(w, 'a');
    for (const command of [
      { type: 'summary:set', text: 'x' },
      { type: 'outcome:publish', published: true },
      { type: 'update:add', date: '2017-01-01', text: 'x' },
      { type: 'post:carry', roundId: 'samtal-1', topicIds: ['dialog'], text: 'x', from: { title: 'M', votes: 1 } }
    ] satisfies Command[]) {
      expect(run(w, asParticipant('a'), command).outcome).toEqual({ ok: false, error: 'forbidden' });
    }
  });

  it('carry an earlier meeting’s item in as a post that takes votes here, marked as carried', () => {
    const w = helsingborgWorkshop();
    join(w, 'a');
    const carried = run(w, FACILITATOR, { type: 'post:carry', roundId: 'samtal-1', topicIds: ['dialog'], text: 'Att lyssna på riktigt', from: { title: 'Dialogmöte 1', votes: 14 } });
    expect(carried.outcome.ok).toBe(true);
    const id = (carried.outcome as { postId: string }).postId;
    expect(w.state.posts.get(id)).toMatchObject({ source: 'carried', carriedFrom: { title: 'Dialogmöte 1', votes: 14 }, authorId: '' });
    setStage(w, 'samtal-1', 'voting');
    expect(vote(w, 'a', id).outcome.ok).toBe(true);
    expect(w.state.posts.get(id)!.tally).toBe(1);
  });
});

describe('outcomeView', () => {
  it('ranks counting posts per principle with no personal data', () => {
    const w = helsingborgWorkshop();
    join(w, 'a', 'Anna Andersson', 'IFK');
    join(w, 'b');
    setStage(w, 'samtal-1', 'collecting');
    const p1 = post(w, 'a', 'samtal-1', ['dialog'], 'Lyssna');
    const p2 = post(w, 'b', 'samtal-1', ['dialog'], 'Fråga tidigt');
    const hidden = post(w, 'b', 'samtal-1', ['dialog'], 'Dolt');
    run(w, FACILITATOR, { type: 'post:hide', postId: hidden, hidden: true });
    setStage(w, 'samtal-1', 'voting');
    vote(w, 'a', p2);
    vote(w, 'b', p2);
    vote(w, 'b', p1);
    const view = outcomeView(w.state);
    const dialog = view.rounds[0]!.topics.find((t) => t.id === 'dialog')!;
    expect(dialog.rows.map((r) => [r.text, r.votes, r.rank])).toEqual([
      ['Fråga tidigt', 2, 1],
      ['Lyssna', 1, 2]
    ]);
    expect(view.figures).toMatchObject({ participants: 2, associations: 1, posts: 2, votes: 3, signups: 0 });
    expect(JSON.stringify(view)).not.toContain('Anna');
  });
});

describe('closing a workshop to newcomers', () => {
  it('refuses new participants while closed, lets them in again when reopened, and is the facilitator’s alone', () => {
    const w = helsingborgWorkshop();
    join(w, 'a');
    expect(run(w, asParticipant('a'), { type: 'workshop:close', closed: true }).outcome).toEqual({ ok: false, error: 'forbidden' });
    expect(run(w, FACILITATOR, { type: 'workshop:close', closed: true }).changes.info).toBe(true);
    expect(join(w, 'b').outcome).toEqual({ ok: false, error: 'joins_closed' });
    expect(w.state.participants.has('b')).toBe(false);
    run(w, FACILITATOR, { type: 'workshop:close', closed: false });
    expect(join(w, 'b').outcome.ok).toBe(true);
  });
});
