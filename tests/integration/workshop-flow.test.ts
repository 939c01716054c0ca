import { describe, expect, it } from 'vitest';
import type { Stage } from '../../src/lib/domain/types.js';
import { serializeState } from '../../src/lib/domain/serialize.js';
import { cid, client, createWorkshop, send, sendUnchecked, useServer, View } from './helpers.js';

const server = useServer();

describe('a whole dialogue meeting over real sockets', () => {
  it('runs Samtal 1 and Samtal 2 with a facilitator, a screen and three participants', async () => {
    const created = await createWorkshop(server.url, { templateId: 'lokal-overenskommelse', title: 'Dialogmöte Väster' });
    expect(created.code).toMatch(/^[34679ACDEFGHJKMNPQRTUVWXY]{6}$/);
    expect(created.urls.console).toContain(`#key=${created.key}`);

    const facilitatorSocket = await client(server.url);
    const fJoin = await send(facilitatorSocket, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    expect(fJoin.ok).toBe(true);
    expect(fJoin.joinUrl).toBe(`${server.url}/w/${created.code}`);
    const facilitator = new View(facilitatorSocket, fJoin.snapshot);
    expect(facilitator.snapshot.info.title.sv).toBe('Dialogmöte Väster');

    const screenSocket = await client(server.url);
    const sJoin = await send(screenSocket, 'screen:join', { code: created.code.toLowerCase() });
    expect(sJoin.ok).toBe(true);
    const screen = new View(screenSocket, sJoin.snapshot);

    const people = await Promise.all(
      ['Anna', '', 'Omar'].map(async (name, i) => {
        const socket = await client(server.url);
        const ack = await send(socket, 'participant:join', { code: created.code, ...(name ? { name, association: `Förening ${i}` } : {}) });
        expect(ack.ok).toBe(true);
        expect(ack.snapshot.stats).toBeUndefined();
        return { socket, ack, view: new View(socket, ack.snapshot) };
      })
    );
    await screen.until((s) => s.stats?.joined === 3);

    const phase = (roundId: string, stage: Stage) =>
      send(facilitatorSocket, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId, stage } });

    // Samtal 1: posting is closed in the lobby, open once the round collects.
    const [a, b, c] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const early = await send(a.socket, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'För tidigt' });
    expect(early).toEqual({ ok: false, error: 'posting_closed' });
    expect((await phase('samtal-1', 'collecting')).ok).toBe(true);
    await a.view.until((s) => s.info.phase.kind === 'round');

    const post = async (p: typeof a, topicIds: string[], text: string, roundId = 'samtal-1') => {
      const ack = await send(p.socket, 'post:create', { commandId: cid(), roundId, topicIds, text });
      expect(ack.ok, JSON.stringify(ack)).toBe(true);
      return ack.postId as string;
    };
    const dialog1 = await post(a, ['dialog'], 'Att lyssna på varandra på riktigt 👂');
    const dialog2 = await post(b, ['dialog'], 'Regelbundna möten mellan stad och förening');
    const dialog3 = await post(c, ['dialog'], 'Spam spam');
    const mangfald = await post(c, ['mangfald'], 'Alla röster ska höras – även de små föreningarna');
    await screen.until((s) => s.posts.length === 4);

    const hidden = await send(facilitatorSocket, 'post:hide', { commandId: cid(), postId: dialog3, hidden: true });
    expect(hidden.ok).toBe(true);
    await screen.until((s) => s.posts.length === 3);
    await a.view.until((s) => !s.posts.some((p) => p.id === dialog3));
    await facilitator.until((s) => s.posts.some((p) => p.id === dialog3 && p.hidden === true));
    expect(facilitator.snapshot.posts.find((p) => p.id === dialog1)?.author).toEqual({ name: 'Anna', association: 'Förening 0', sector: '', table: null });

    expect((await phase('samtal-1', 'voting')).ok).toBe(true);
    await a.view.until((s) => s.info.phase.kind === 'round' && s.info.phase.stage === 'voting');
    const vote = (p: typeof a, postId: string) => send(p.socket, 'vote:cast', { commandId: cid(), postId });
    expect(await vote(a, dialog2)).toEqual({ ok: true });
    expect(await vote(b, dialog2)).toEqual({ ok: true });
    expect(await vote(c, dialog2)).toEqual({ ok: true });
    expect(await vote(b, dialog1)).toEqual({ ok: true });
    expect(await vote(b, dialog2)).toEqual({ ok: false, error: 'already_voted' });
    expect(await vote(a, dialog3)).toEqual({ ok: false, error: 'post_not_active' });
    expect(await vote(a, mangfald)).toEqual({ ok: true });
    expect(await send(a.socket, 'vote:retract', { commandId: cid(), postId: mangfald })).toEqual({ ok: true });
    expect(await send(a.socket, 'vote:retract', { commandId: cid(), postId: mangfald })).toEqual({ ok: false, error: 'not_voted' });

    await screen.until((s) => s.tallies[dialog2] === 3 && s.tallies[dialog1] === 1);
    // Participants see no tallies before the facilitator reveals the round.
    expect(Object.keys(a.view.snapshot.tallies)).toEqual([]);

    expect((await phase('samtal-1', 'results')).ok).toBe(true);
    await a.view.until((s) => s.tallies[dialog2] === 3);
    expect(a.view.snapshot.tallies).toMatchObject({ [dialog1]: 1, [dialog2]: 3, [mangfald]: 0 });
    expect(a.view.snapshot.tallies[dialog3]).toBeUndefined();

    // Samtal 2: activities linked to one or more principles, a budget of 5 for the round.
    expect((await phase('samtal-2', 'collecting')).ok).toBe(true);
    await b.view.until((s) => s.info.phase.kind === 'round' && s.info.phase.roundId === 'samtal-2');
    const activities: string[] = [];
    for (let i = 0; i < 6; i++) activities.push(await post(b, i % 2 ? ['dialog', 'oppenhet'] : ['mangfald'], `Aktivitet ${i} för alla`, 'samtal-2'));
    const tooMany = await send(a.socket, 'post:create', { commandId: cid(), roundId: 'samtal-2', topicIds: [], text: 'x' });
    expect(tooMany).toEqual({ ok: false, error: 'invalid_payload' });
    expect((await phase('samtal-2', 'voting')).ok).toBe(true);
    await a.view.until((s) => s.info.phase.kind === 'round' && s.info.phase.stage === 'voting');
    for (const id of activities.slice(0, 5)) expect(await vote(a, id)).toEqual({ ok: true });
    expect(await vote(a, activities[5]!)).toEqual({ ok: false, error: 'budget_exhausted' });

    // Withdrawing a post gives its votes back.
    expect(await send(b.socket, 'post:withdraw', { commandId: cid(), postId: activities[0]! })).toEqual({ ok: true });
    expect(await vote(a, activities[5]!)).toEqual({ ok: true });
    await screen.until((s) => !s.posts.some((p) => p.id === activities[0]) && s.tallies[activities[5]!] === 1);

    expect((await phase('samtal-2', 'results')).ok).toBe(true);
    await c.view.until((s) => s.tallies[activities[5]!] === 1);

    // Every view converged on the server's state.
    const state = server.application.hub.loaded(created.workshopId)!.state;
    for (const post of state.posts.values()) {
      if (post.withdrawn) continue;
      expect(facilitator.snapshot.tallies[post.id]).toBe(post.voters.size);
      if (!post.hidden) expect(screen.snapshot.tallies[post.id]).toBe(post.voters.size);
    }
    expect(serializeState(state).participants).toHaveLength(3);
  });

  it('restores the same participant, votes and budget when rejoining with the token', async () => {
    const created = await createWorkshop(server.url);
    const f = await client(server.url);
    await send(f, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    const p = await client(server.url);
    const first = await send(p, 'participant:join', { code: created.code });
    await send(f, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
    const posted = await send(p, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'Min tolkning' });
    await send(f, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'voting' } });
    await send(p, 'vote:cast', { commandId: cid(), postId: posted.postId });
    p.disconnect();

    const again = await client(server.url);
    const second = await send(again, 'participant:join', { code: created.code, token: first.token });
    expect(second.self.participantId).toBe(first.self.participantId);
    expect(second.self.votes).toEqual([posted.postId]);
    expect(second.self.postIds).toEqual([posted.postId]);
    // A second tab with the same token cannot vote twice.
    expect(await send(again, 'vote:cast', { commandId: cid(), postId: posted.postId })).toEqual({ ok: false, error: 'already_voted' });
  });

  it('treats a re-sent first join (same client-chosen token) as the same participant', async () => {
    const created = await createWorkshop(server.url);
    const token = 'förstaTokenFrånWebbläsaren'.normalize('NFD').replace(/[^A-Za-z]/g, '') + 'x'.repeat(10);
    const [one, two] = await Promise.all([
      (async () => send(await client(server.url), 'participant:join', { code: created.code, token, name: 'Åsa' }))(),
      (async () => send(await client(server.url), 'participant:join', { code: created.code, token, name: 'Åsa' }))()
    ]);
    const three = await send(await client(server.url), 'participant:join', { code: created.code, token });
    expect(one.ok && two.ok && three.ok).toBe(true);
    expect(new Set([one.self.participantId, two.self.participantId, three.self.participantId]).size).toBe(1);
    expect(three.token).toBe(token);
    expect(three.self.name).toBe('Åsa');
    expect(server.application.hub.loaded(created.workshopId)!.state.participants.size).toBe(1);
    // Too short to be unguessable: refused.
    expect(await send(await client(server.url), 'participant:join', { code: created.code, token: 'short-token' })).toEqual({ ok: false, error: 'invalid_payload' });
  });

  it('refuses facilitator commands without the key and applies a re-sent command once', async () => {
    const created = await createWorkshop(server.url);
    const p = await client(server.url);
    await send(p, 'participant:join', { code: created.code });
    expect(await send(p, 'phase:set', { commandId: cid(), phase: { kind: 'lobby' } })).toEqual({ ok: false, error: 'forbidden' });
    const f = await client(server.url);
    expect(await send(f, 'facilitator:join', { workshopId: created.workshopId, key: 'x'.repeat(32) })).toEqual({ ok: false, error: 'unauthorized' });
    expect(await send(f, 'phase:set', { commandId: cid(), phase: { kind: 'lobby' } })).toEqual({ ok: false, error: 'not_joined' });
    await send(f, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    await send(f, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });

    const commandId = cid();
    const payload = { commandId, roundId: 'samtal-1', topicIds: ['dialog'], text: 'Skickad två gånger' };
    const [one, two] = await Promise.all([send(p, 'post:create', payload), send(p, 'post:create', payload)]);
    const three = await send(p, 'post:create', payload);
    expect(one).toEqual(two);
    expect(three).toEqual(one);
    const state = server.application.hub.loaded(created.workshopId)!.state;
    expect([...state.posts.values()].filter((post) => post.text === 'Skickad två gånger')).toHaveLength(1);
  });

  it('answers unknown codes and unknown events with error codes', async () => {
    const s = await client(server.url);
    expect(await send(s, 'participant:join', { code: 'QQQQQQ' })).toEqual({ ok: false, error: 'workshop_not_found' });
    expect(await send(s, 'screen:join', { code: 'nope' })).toEqual({ ok: false, error: 'workshop_not_found' });
    expect(await sendUnchecked(s, 'workshop:destroy', {})).toEqual({ ok: false, error: 'unknown_event' });
    const bad = await fetch(`${server.url}/api/workshops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"templateId":' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'invalid_payload' });
    const unknownTemplate = await fetch(`${server.url}/api/workshops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ templateId: 'nope' }) });
    expect(unknownTemplate.status).toBe(400);
    expect((await fetch(`${server.url}/api/codes/QQQQQQ/qr.svg`)).status).toBe(404);
  });

  it('serves a QR code that encodes the participant link', async () => {
    const created = await createWorkshop(server.url);
    const response = await fetch(`${server.url}/api/codes/${created.code}/qr.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('image/svg+xml');
    expect(await response.text()).toContain('<svg');
  });
});
