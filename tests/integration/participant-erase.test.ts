import { describe, expect, it } from 'vitest';
import type { Stage } from '../../src/lib/domain/types.js';
import type { CommandEvent } from '../../src/lib/protocol/schemas.js';
import { cid, client, createWorkshop, type FieldsArg, send, sendCommand, useServer, View } from './helpers.js';

const server = useServer();

describe('a participant deleting their data', () => {
  it('removes their posts, votes, profile and sign-up everywhere; the same token then joins as someone new', async () => {
    const created = await createWorkshop(server.url);
    const fSocket = await client(server.url);
    const console_ = new View(fSocket, (await send(fSocket, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).snapshot);
    const phase = (stage: Stage) => send(fSocket, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage } });
    await phase('collecting');

    const phone = await client(server.url);
    const joined = await send(phone, 'participant:join', { code: created.code, name: 'Ingrid Raderasson', association: 'Raderingsklubben' });
    const act = <E extends CommandEvent>(event: E, ...fields: FieldsArg<E>) => sendCommand(phone, event, ...fields);
    const mine = (await act('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'Ingrids tolkning' })).postId;
    const neighbour = await client(server.url);
    await send(neighbour, 'participant:join', { code: created.code });
    const theirs = (await send(neighbour, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'Grannens tolkning' })).postId;
    await phase('voting');
    expect(await act('vote:cast', { postId: theirs })).toEqual({ ok: true });
    expect(await send(neighbour, 'vote:cast', { commandId: cid(), postId: mine })).toEqual({ ok: true });
    expect(await act('signup:set', { name: 'Ingrid Raderasson', contact: 'ingrid@example.org', consent: true })).toEqual({ ok: true });
    await console_.until((s) => s.signups?.length === 1 && s.tallies[theirs] === 1);

    expect(await act('participant:erase', {})).toEqual({ ok: true });
    await console_.until((s) => !s.posts.some((p) => p.id === mine) && s.signups?.length === 0 && s.tallies[theirs] === 0 && s.stats?.joined === 1);
    expect(JSON.stringify(console_.snapshot)).not.toMatch(/Ingrid|Raderingsklubben|ingrid@example/);
    // The neighbour's vote on the erased post is theirs to give again.
    const neighbourSelf = (await send(neighbour, 'sync:request', {})).self;
    expect(neighbourSelf!.votes).toEqual([]);

    // This connection no longer speaks for anyone…
    expect(await act('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'Igen' })).toEqual({ ok: false, error: 'not_joined' });
    // …and the old token makes a new, empty participant.
    const again = await send(await client(server.url), 'participant:join', { code: created.code, token: joined.token });
    expect(again.ok).toBe(true);
    expect(again.self).toMatchObject({ name: '', association: '', postIds: [], votes: [], signup: null, evaluation: null });
    expect(again.self.participantId).not.toBe(joined.self.participantId);
    const state = server.application.hub.loaded(created.workshopId)!.state;
    expect(state.participants.size).toBe(2);
  });
});
