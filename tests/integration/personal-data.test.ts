import { describe, expect, it } from 'vitest';
import { cid, client, createWorkshop, send, useServer } from './helpers.js';

/** The right of access over HTTP: the phone's token gets its own file; the facilitator's key any one participant's. */
const server = useServer();
const get = (path: string, bearer?: string) => fetch(`${server.url}/api${path}`, bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {});

describe('a participant’s own data', () => {
  it('goes to the phone holding the token, and to the facilitator for one participant; to nobody else, and nowhere after an erasure', async () => {
    const created = await createWorkshop(server.url);
    const console_ = await client(server.url);
    await send(console_, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    await send(console_, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
    const phone = await client(server.url);
    const joined = await send(phone, 'participant:join', { code: created.code, name: 'Signe Åtkomst', association: 'Insynsföreningen', table: 5 });
    const postId = (await send(phone, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'Signes tolkning' })).postId;
    await send(phone, 'signup:set', { commandId: cid(), name: 'Signe Å', contact: 'signe@example.org', consent: true });
    const other = await client(server.url);
    const otherJoin = await send(other, 'participant:join', { code: created.code, name: 'Olof Annan' });

    const mine = await get(`/workshops/${created.workshopId}/my-data`, joined.token);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('no-store');
    expect(mine.headers.get('content-disposition')).toMatch(/attachment/);
    const data = await mine.json();
    expect(data).toMatchObject({
      format: 'samrad-personal-data',
      participant: { id: joined.self.participantId, name: 'Signe Åtkomst', association: 'Insynsföreningen', table: 5 },
      posts: [{ id: postId, text: 'Signes tolkning', status: 'shown' }],
      signup: { name: 'Signe Å', contact: 'signe@example.org' }
    });
    expect(JSON.stringify(data)).not.toContain('Olof');

    // Another participant's token gets theirs, not Signe's; no token or a made-up one gets nothing.
    expect((await (await get(`/workshops/${created.workshopId}/my-data`, otherJoin.token)).json()).participant.name).toBe('Olof Annan');
    expect((await get(`/workshops/${created.workshopId}/my-data`)).status).toBe(401);
    expect((await get(`/workshops/${created.workshopId}/my-data`, 'x'.repeat(32))).status).toBe(401);
    expect((await get(`/workshops/${created.workshopId}/my-data`, created.key)).status).toBe(401);
    expect((await get(`/workshops/${'../etc'}/my-data`, joined.token)).status).toBe(404);

    // The facilitator lists who can be told apart and downloads one participant's file.
    expect((await get(`/workshops/${created.workshopId}/participants`, joined.token)).status).toBe(401);
    const list = await (await get(`/workshops/${created.workshopId}/participants`, created.key)).json();
    expect(list.participants.map((p: { name: string }) => p.name)).toEqual(['Olof Annan', 'Signe Åtkomst']);
    const forSigne = await get(`/workshops/${created.workshopId}/participants/${joined.self.participantId}/data`, created.key);
    expect(await forSigne.json()).toEqual(data);
    expect((await get(`/workshops/${created.workshopId}/participants/nobody/data`, created.key)).status).toBe(404);
    expect((await get(`/workshops/${created.workshopId}/participants/${joined.self.participantId}/data`, otherJoin.token)).status).toBe(401);

    expect((await send(phone, 'participant:erase', { commandId: cid() })).ok).toBe(true);
    expect((await get(`/workshops/${created.workshopId}/my-data`, joined.token)).status).toBe(401);
    expect((await get(`/workshops/${created.workshopId}/participants/${joined.self.participantId}/data`, created.key)).status).toBe(404);
  });

  it('can be erased by the facilitator for one participant: with the key only, once however often it is asked', async () => {
    const created = await createWorkshop(server.url);
    const phone = await client(server.url);
    const joined = await send(phone, 'participant:join', { code: created.code, name: 'Per Begäran' });
    const erase = (bearer: string, body: unknown, participantId = joined.self.participantId) =>
      fetch(`${server.url}/api/workshops/${created.workshopId}/participants/${participantId}/erase`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        body: JSON.stringify(body)
      });
    expect((await erase(joined.token, { commandId: 'e1' })).status).toBe(401);
    expect((await erase(created.key, {})).status).toBe(400);
    expect((await erase(created.key, { commandId: 'e1', extra: true })).status).toBe(400);
    expect((await erase(created.key, { commandId: 'e1' }, 'nobody')).status).toBe(404);
    const first = await erase(created.key, { commandId: 'e2' });
    expect(first.status).toBe(200);
    // A retry of a lost answer is answered the same, and applied once.
    expect((await erase(created.key, { commandId: 'e2' })).status).toBe(200);
    expect(server.application.hub.loaded(created.workshopId)!.state.participants.size).toBe(0);
    expect((await get(`/workshops/${created.workshopId}/my-data`, joined.token)).status).toBe(401);
    expect(await send(phone, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'Efteråt' })).toEqual({ ok: false, error: 'not_joined' });
  });
});
