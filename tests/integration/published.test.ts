import { describe, expect, it } from 'vitest';
import type { Stage } from '../../src/lib/domain/types.js';
import type { PublishedOutcomeResponse } from '../../src/lib/protocol/published.js';
import type { CommandEvent } from '../../src/lib/protocol/schemas.js';
import { cid, client, createWorkshop, type FieldsArg, send, sendCommand, useServer } from './helpers.js';

/** GET /api/codes/:code/outcome: the published outcome for anyone with the link, and nothing else. */

const outcomeOf = (url: string, code: string) => fetch(`${url}/api/codes/${code}/outcome`);

async function expectNotPublished(response: Response): Promise<void> {
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({ error: 'not_published' });
}

/** A meeting with everything personal a workshop can hold: names, associations, contacts, comments. */
async function heldMeeting(url: string) {
  const created = await createWorkshop(url);
  const facilitator = await client(url);
  expect((await send(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  const command = <E extends CommandEvent>(event: E, ...fields: FieldsArg<E>) => sendCommand(facilitator, event, ...fields);
  const phase = (stage: Stage) => command('phase:set', { phase: { kind: 'round', roundId: 'samtal-1', stage } });

  await phase('collecting');
  const phone = await client(url);
  const joined = await send(phone, 'participant:join', { code: created.code, name: 'Ingrid Hemligsson', association: 'Hemliga sällskapet' });
  expect(joined.ok).toBe(true);
  const act = <E extends CommandEvent>(event: E, ...fields: FieldsArg<E>) => sendCommand(phone, event, ...fields);
  const post = await act('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'Staden lyssnar innan beslut' });
  await act('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'Inte med i resultatet' }).then((ack) =>
    command('post:hide', { postId: ack.postId, hidden: true })
  );
  await phase('voting');
  expect(await act('vote:cast', { postId: post.postId })).toEqual({ ok: true });
  expect(await act('signup:set', { name: 'Ingrid Hemligsson', contact: 'ingrid@example.org', consent: true })).toEqual({ ok: true });
  await command('phase:set', { phase: { kind: 'evaluation' } });
  expect(await act('evaluation:answer', { scores: {}, comment: 'Min hemliga kommentar' })).toEqual({ ok: true });

  expect(await command('summary:set', { text: 'Vi kom överens om att lyssna mer.' })).toEqual({ ok: true });
  expect(await command('update:add', { date: '2025-03-01', text: 'Kommunstyrelsen antog överenskommelsen.' })).toEqual({ ok: true });
  return { created, command, token: joined.token as string, participantId: joined.self.participantId as string };
}

describe('the published outcome', () => {
  const server = useServer();

  it('is not there before publishing, is there after, and goes again when withdrawn', async () => {
    const { created, command, token, participantId } = await heldMeeting(server.url);
    await expectNotPublished(await outcomeOf(server.url, created.code));

    expect(await command('outcome:publish', { published: true })).toEqual({ ok: true });
    const response = await outcomeOf(server.url, created.code);
    expect(response.status).toBe(200);
    // Withdrawing takes effect at once, and the page is not for search engines.
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    const text = await response.text();
    const { outcome } = JSON.parse(text) as PublishedOutcomeResponse;

    expect(outcome.published).toEqual(expect.any(Number));
    expect(outcome.summary).toBe('Vi kom överens om att lyssna mer.');
    expect(outcome.updates).toEqual([{ id: expect.any(String), date: '2025-03-01', text: { sv: 'Kommunstyrelsen antog överenskommelsen.' }, at: expect.any(Number) }]);
    expect(outcome.figures).toMatchObject({ participants: 1, associations: 1, posts: 1, votes: 1, signups: 1 });
    const dialog = outcome.rounds.find((r) => r.id === 'samtal-1')?.topics.find((t) => t.id === 'dialog');
    expect(dialog?.rows).toEqual([expect.objectContaining({ text: 'Staden lyssnar innan beslut', votes: 1, rank: 1 })]);

    // Nothing about people: no name, association, contact, comment, token, key or participant id.
    for (const secret of ['Ingrid', 'Hemlig', 'ingrid@example.org', 'kommentar', token, participantId, created.key, created.workshopId, 'Inte med i resultatet']) {
      expect(text).not.toContain(secret);
    }

    // Codes are read as the join card reads them: lower case, spaces and dashes forgiven.
    const typed = `${created.code.slice(0, 3).toLowerCase()}-${created.code.slice(3)}`;
    expect((await outcomeOf(server.url, typed)).status).toBe(200);

    expect(await command('outcome:publish', { published: false })).toEqual({ ok: true });
    await expectNotPublished(await outcomeOf(server.url, created.code));

    // Publishing again gives a new date; the updates were kept all along.
    expect(await command('outcome:publish', { published: true })).toEqual({ ok: true });
    const again = (await (await outcomeOf(server.url, created.code)).json()) as PublishedOutcomeResponse;
    expect(again.outcome.updates).toHaveLength(1);
  });

  it('answers malformed and unknown codes exactly as an unpublished one', async () => {
    for (const code of ['ABC', '0O0O0O', 'AAAAAAA', 'x'.repeat(300), '%E2%98%83%E2%98%83%E2%98%83', 'HKM4TX%00', '..%2F..%2Fetc']) {
      await expectNotPublished(await outcomeOf(server.url, code));
    }
    await expectNotPublished(await outcomeOf(server.url, 'HKM4TX'));
  });

  it('answers other paths under /api as before', async () => {
    expect((await fetch(`${server.url}/api/codes/HKM4TX/elsewhere`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/privacy`)).status).toBe(200);
  });
});

describe('looking up codes on the published page', () => {
  // Tight limits so that a few wrong codes use them up.
  const server = useServer({ wrongCodesPerSocket: { points: 3, duration: 60 }, wrongCodesPerAddress: { points: 3, duration: 60 } });

  it('counts wrong codes against the same per-address allowance as the sockets', async () => {
    const created = await createWorkshop(server.url);
    const facilitator = await client(server.url);
    await send(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    expect(await send(facilitator, 'outcome:publish', { commandId: cid(), published: true })).toEqual({ ok: true });
    expect((await outcomeOf(server.url, created.code)).status).toBe(200);

    for (const wrong of ['HKM4TX', 'HKM4TY', 'nonsense']) await expectNotPublished(await outcomeOf(server.url, wrong));
    // Past the allowance not even the right code is looked up…
    const refused = await outcomeOf(server.url, created.code);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ error: 'rate_limited' });
    // …and a phone from the same address cannot go on guessing over a socket either.
    const phone = await client(server.url);
    expect(await send(phone, 'participant:join', { code: created.code })).toEqual({ ok: false, error: 'rate_limited' });
  });
});
