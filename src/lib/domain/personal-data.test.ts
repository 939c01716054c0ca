import { describe, expect, it } from 'vitest';
import { namedParticipants, personalData } from './personal-data.js';
import { S1, as, facilitate, joinWith } from './test-factories.js';
import { helsingborgWorkshop, post, setStage, vote } from './test-helpers.js';

describe('a participant’s own data', () => {
  it('holds their profile, every post they wrote (withdrawn and corrected too), their votes, sign-up and evaluation, and nobody else’s', () => {
    const w = helsingborgWorkshop(2);
    joinWith(w, 'asa', { name: 'Åsa', association: 'Zeta', sector: 'kultur', table: 2 });
    joinWith(w, 'bo', { name: 'Bo', association: 'Ypsilon' });
    setStage(w, S1, 'collecting');
    const kept = post(w, 'asa', S1, ['dialog'], 'Åsas tolkning');
    const gone = post(w, 'asa', S1, ['mangfald'], 'Åsas andra tolkning');
    as(w, 'asa', { type: 'post:withdraw', postId: gone });
    facilitate(w, { type: 'post:edit', postId: kept, text: 'Åsas tolkning, rättad' });
    const bos = post(w, 'bo', S1, ['dialog'], 'Bos tolkning');
    const hidden = post(w, 'bo', S1, ['kvalitet'], 'Bos andra');
    setStage(w, S1, 'voting');
    vote(w, 'asa', bos);
    vote(w, 'asa', hidden);
    facilitate(w, { type: 'post:hide', postId: hidden, hidden: true });
    as(w, 'asa', { type: 'signup:set', name: 'Åsa A', contact: 'asa@zeta.example', consent: true });
    facilitate(w, { type: 'phase:set', phase: { kind: 'evaluation' } });
    as(w, 'asa', { type: 'evaluation:answer', scores: { lyssnad: 4 }, comment: 'Bra' });

    const data = personalData(w.state, 'asa')!;
    expect(data.participant).toMatchObject({ id: 'asa', name: 'Åsa', association: 'Zeta', sector: 'kultur', table: 2 });
    expect(data.posts.map((p) => [p.id, p.text, p.originalText, p.status])).toEqual([
      [kept, 'Åsas tolkning, rättad', 'Åsas tolkning', 'shown'],
      [gone, 'Åsas andra tolkning', null, 'withdrawn']
    ]);
    // A vote on a post now hidden is still theirs (it comes back if the post is shown), without the post's words.
    expect(data.votes).toEqual([
      { postId: bos, votes: 1, text: 'Bos tolkning' },
      { postId: hidden, votes: 1, text: null }
    ]);
    expect(data.signup).toMatchObject({ name: 'Åsa A', contact: 'asa@zeta.example' });
    expect(data.evaluation).toMatchObject({ scores: { lyssnad: 4 }, comment: 'Bra' });
    expect(JSON.stringify(data)).not.toMatch(/Ypsilon|Bos andra/);
    expect(personalData(w.state, 'nobody')).toBeUndefined();
    as(w, 'asa', { type: 'participant:erase' });
    expect(personalData(w.state, 'asa')).toBeUndefined();
  });

  it('lists for the facilitator only participants who gave something to tell them by', () => {
    const w = helsingborgWorkshop(2);
    joinWith(w, 'b', { name: 'Bo', association: 'Ypsilon', table: 3 });
    joinWith(w, 'anon', {});
    joinWith(w, 'a', { association: 'Zeta' });
    expect(namedParticipants(w.state)).toEqual([
      { id: 'a', name: '', association: 'Zeta', table: null },
      { id: 'b', name: 'Bo', association: 'Ypsilon', table: 3 }
    ]);
  });
});
