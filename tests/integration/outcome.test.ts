import { describe, expect, it } from 'vitest';
import type { Stage } from '../../src/lib/domain/types.js';
import type { ReportData } from '../../src/lib/domain/report-data.js';
import type { CommandEvent } from '../../src/lib/protocol/schemas.js';
import { cid, client, createWorkshop, type FieldsArg, send, sendCommand, useServer } from './helpers.js';

/**
 * GET /api/workshops/:id/outcome, the data of the printable report: only with the
 * facilitator key (in a header), the same 401 for a wrong key and an unknown workshop,
 * figures equal to the live ones, and no names, contacts or evaluation comments.
 */
const server = useServer();

const outcome = (id: string, headers: Record<string, string> = {}) => fetch(`${server.url}/api/workshops/${id}/outcome`, { headers });
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function smallMeeting() {
  const created = await createWorkshop(server.url);
  const fSocket = await client(server.url);
  expect((await send(fSocket, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  const command = <E extends CommandEvent>(event: E, ...fields: FieldsArg<E>) => sendCommand(fSocket, event, ...fields);
  const join = async (profile: object) => {
    const socket = await client(server.url);
    expect((await send(socket, 'participant:join', { code: created.code, ...profile })).ok).toBe(true);
    return <E extends CommandEvent>(event: E, ...fields: FieldsArg<E>) => sendCommand(socket, event, ...fields);
  };
  const stage = (roundId: string, s: Stage) => command('phase:set', { phase: { kind: 'round', roundId, stage: s } });

  const anna = await join({ name: 'Anna Andersson', association: 'Föreningen Ängsbacken', sector: 'kultur' });
  const omar = await join({ name: 'Omar Said', association: 'IFK Öresund', sector: 'idrott' });
  const lisa = await join({ name: 'Lisa Lind', association: 'föreningen  ängsbacken' });
  expect((await anna('signup:set', { name: 'Anna Andersson', contact: 'anna@example.org', consent: true })).ok).toBe(true);

  await stage('samtal-1', 'collecting');
  const listen = (await anna('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'Staden lyssnar före beslut' })).postId as string;
  const yearly = (await omar('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: 'Årliga dialogmöten' })).postId as string;
  await stage('samtal-1', 'voting');
  for (const voter of [anna, omar, lisa]) expect((await voter('vote:cast', { postId: yearly })).ok).toBe(true);
  expect((await lisa('vote:cast', { postId: listen })).ok).toBe(true);

  await stage('samtal-2', 'collecting');
  const house = (await lisa('post:create', { roundId: 'samtal-2', topicIds: ['dialog', 'mangfald'], text: 'Öppet hus för föreningar' })).postId as string;
  await stage('samtal-2', 'voting');
  expect((await omar('vote:cast', { postId: house })).ok).toBe(true);

  expect((await command('phase:set', { phase: { kind: 'evaluation' } })).ok).toBe(true);
  expect((await anna('evaluation:answer', { scores: { lyssnad: 5, formen: 4 }, comment: 'Hemlig kommentar från Anna' })).ok).toBe(true);
  expect((await omar('evaluation:answer', { scores: { lyssnad: 2 }, comment: '' })).ok).toBe(true);
  expect((await command('summary:set', { text: 'Arbetsgruppen träffas i maj.' })).ok).toBe(true);
  expect((await command('update:add', { date: '2025-05-20', text: 'Första mötet i arbetsgruppen hölls.' })).ok).toBe(true);
  return { created, ids: { listen, yearly, house } };
}

describe('the report endpoint', () => {
  it('answers only with the facilitator key, and the same 401 for an unknown workshop', async () => {
    const { workshopId, key } = await createWorkshop(server.url);
    const other = await createWorkshop(server.url);

    const noKey = await outcome(workshopId);
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toEqual({ error: 'unauthorized' });
    for (const headers of [bearer(other.key), bearer('x'.repeat(32)), { authorization: key }, { authorization: `Basic ${key}` }]) {
      const refused = await outcome(workshopId, headers);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual({ error: 'unauthorized' });
    }
    // An id that does not exist is indistinguishable from a wrong key.
    const unknown = await outcome('NoSuchWorksh', bearer(key));
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual({ error: 'unauthorized' });
    // A key in the query string is not a key (URLs end up in logs).
    expect((await fetch(`${server.url}/api/workshops/${workshopId}/outcome?key=${key}`)).status).toBe(401);
    // Ids that are not ids never reach the storage.
    for (const bad of ['a%2F..%2Fb', 'x'.repeat(65), '%20']) expect((await outcome(bad, bearer(key))).status).toBe(400);

    const ok = await outcome(workshopId, bearer(key));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(ok.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('returns the outcome, figures equal to the live ones, and no personal data', async () => {
    const before = Date.now();
    const { created, ids } = await smallMeeting();
    const response = await outcome(created.workshopId, bearer(created.key));
    expect(response.status).toBe(200);
    const body = (await response.json()) as ReportData;

    expect(Object.keys(body).sort()).toEqual(['evaluation', 'generatedAt', 'outcome']);
    expect(body.generatedAt).toBeGreaterThanOrEqual(before);
    const { outcome: o } = body;
    expect(o.title.sv).toMatch(/Helsingborg/);
    expect(o.language).toBe('sv');
    expect(o.summary).toBe('Arbetsgruppen träffas i maj.');
    expect(o.updates.map((u) => [u.date, u.text])).toEqual([['2025-05-20', { sv: 'Första mötet i arbetsgruppen hölls.' }]]);
    // Two spellings of one association count once.
    expect(o.figures).toEqual({ participants: 3, associations: 2, posts: 3, votes: 5, signups: 1, sectors: { kultur: 1, idrott: 1, '': 1 } });

    const [samtal1, samtal2] = o.rounds;
    const dialog = samtal1!.topics.find((t) => t.id === 'dialog')!;
    expect(dialog.rows.map((r) => [r.id, r.votes, r.rank])).toEqual([
      [ids.yearly, 3, 1],
      [ids.listen, 1, 2]
    ]);
    expect(samtal1!.votes).toBe(4);
    // An activity linked to two principles is listed under both.
    for (const topicId of ['dialog', 'mangfald']) expect(samtal2!.topics.find((t) => t.id === topicId)!.rows.map((r) => r.id)).toEqual([ids.house]);
    expect(samtal2!.topics.find((t) => t.id === 'kvalitet')!.rows).toEqual([]);

    // The evaluation as figures with the questions' texts; the comments stay in the console.
    expect(body.evaluation.responses).toBe(2);
    const listened = body.evaluation.questions.find((q) => q.id === 'lyssnad')!;
    expect(listened).toMatchObject({ counts: [0, 1, 0, 0, 1], mean: 3.5, text: { sv: 'Kände du dig lyssnad på?' } });
    expect(body.evaluation.questions.find((q) => q.id === 'delta-igen')!.mean).toBeNull();

    const json = JSON.stringify(body);
    for (const personal of ['Anna', 'Omar', 'Lisa', 'anna@example.org', 'Ängsbacken', 'ängsbacken', 'IFK', 'Hemlig kommentar', 'participantId', 'keyHash', 'tokenHash', created.key, created.code]) {
      expect(json).not.toContain(personal);
    }
  });
});
