import { describe, expect, it } from 'vitest';
import type { Command, Stage } from '../../src/lib/domain/types.js';
import { setupOfInfo, type AudienceSnapshot } from '../../src/lib/domain/views.js';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import { comparableState } from '../../server/exports/log-copy.js';
import type { WorkshopExport } from '../../server/exports/json.js';
import { download } from './exports-scenario.js';
import type { CommandEvent } from '../../src/lib/protocol/schemas.js';
import { cid, client, createWorkshop, type FieldsArg, send, sendCommand, useServer, View } from './helpers.js';

/**
 * Every kind of log entry survives export → import. The list below is a Record over the
 * domain's Command union: a new command type that is not listed here is a compile error,
 * and one that the import schema forgets fails this test (as `workshop:close` once did).
 */
const EVERY_COMMAND: Record<Command['type'], true> = {
  'workshop:create': true,
  'participant:join': true,
  'participant:update': true,
  'post:create': true,
  'post:withdraw': true,
  'vote:cast': true,
  'vote:retract': true,
  'signup:set': true,
  'signup:withdraw': true,
  'evaluation:answer': true,
  'participant:erase': true,
  'phase:set': true,
  'post:hide': true,
  'post:pin': true,
  'post:edit': true,
  'post:merge': true,
  'post:approve': true,
  'note:add': true,
  'setup:update': true,
  'agenda:current': true,
  'timer:start': true,
  'timer:pause': true,
  'timer:resume': true,
  'timer:extend': true,
  'timer:stop': true,
  'timer:expire': true,
  'screen:mode': true,
  'screen:language': true,
  'screen:page': true,
  'key:rotate': true,
  'workshop:close': true,
  'summary:set': true,
  'outcome:publish': true,
  'update:add': true,
  'update:remove': true,
  'post:carry': true
};

const server = useServer({ importsPerAddress: { points: 100, duration: 60 }, exportsPerAddress: { points: 100, duration: 60 } });

async function everyCommand(): Promise<{ created: CreatedWorkshop; key: string }> {
  const created = await createWorkshop(server.url);
  const facilitator = await client(server.url);
  const joined = await send(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
  expect(joined.ok).toBe(true);
  const view = new View(facilitator, joined.snapshot as AudienceSnapshot);
  const f = async <E extends CommandEvent>(event: E, ...fields: FieldsArg<E>) => {
    const ack = await sendCommand(facilitator, event, ...fields);
    expect(ack.ok, `${event} ${JSON.stringify(ack)}`).toBe(true);
    return ack;
  };
  const phones = await Promise.all([0, 1].map(() => client(server.url)));
  for (const [i, phone] of phones.entries()) expect((await send(phone, 'participant:join', { code: created.code, name: `Deltagare ${i}`, association: 'Föreningen' })).ok).toBe(true);
  const p = async <E extends CommandEvent>(i: number, event: E, ...fields: FieldsArg<E>) => {
    const ack = await sendCommand(phones[i]!, event, ...fields);
    expect(ack.ok, `${event} ${JSON.stringify(ack)}`).toBe(true);
    return ack;
  };
  const stage = (stage: Stage) => f('phase:set', { phase: { kind: 'round', roundId: 'samtal-1', stage } });
  const topic = { roundId: 'samtal-1', topicIds: ['dialog'] };

  await p(0, 'participant:update', { name: 'Deltagare 0', association: 'Föreningen Norr' });
  await f('agenda:current', { itemId: joined.snapshot.info.agenda[0]!.id });
  await stage('collecting');
  const kept = (await p(0, 'post:create', { ...topic, text: 'Vi vill bli lyssnade på' })).postId;
  const twin = (await p(1, 'post:create', { ...topic, text: 'Lyssna på oss' })).postId;
  const gone = (await p(1, 'post:create', { ...topic, text: 'Tar tillbaka' })).postId;
  await p(1, 'post:withdraw', { postId: gone });
  const paper = (await f('note:add', { ...topic, text: 'Från papperslappen', table: 1, people: 3 })).postId;
  await f('post:carry', { ...topic, text: 'Från förra mötet', from: { title: 'Vårens möte', votes: 4 } });
  await f('post:edit', { postId: paper, text: 'Från papperslappen, rättad' });
  await f('post:pin', { postId: kept, pinned: true });
  await f('post:merge', { postIds: [kept, twin] });
  const setup = setupOfInfo(view.snapshot.info);
  await f('setup:update', { setup: { ...setup, settings: { ...setup.settings, moderationQueue: true } }, confirmRemoval: false });
  const queued = (await p(1, 'post:create', { ...topic, text: 'Väntar på godkännande' })).postId;
  await f('post:approve', { postIds: [queued] });
  await f('post:hide', { postId: queued, hidden: true });

  await f('timer:start', { durationMs: 60_000, closeWhenDone: false });
  await f('timer:pause');
  await f('timer:resume');
  await f('timer:extend', { ms: 30_000 });
  await f('timer:stop');
  await stage('voting');
  await p(0, 'vote:cast', { postId: kept });
  await p(1, 'vote:cast', { postId: paper });
  await p(1, 'vote:retract', { postId: paper });
  // The shortest countdown runs out by itself: the server appends timer:expire.
  await f('timer:start', { durationMs: 1_000, closeWhenDone: false });
  await view.until((s) => s.info.timer?.expired === true);
  await stage('results');

  await f('screen:mode', { mode: { view: 'ranking', roundId: 'samtal-1' } });
  await f('screen:language', { language: 'ar' });
  await f('screen:page', { action: 'pause' });
  await f('phase:set', { phase: { kind: 'evaluation' } });
  await p(0, 'evaluation:answer', { scores: { lyssnad: 4 }, comment: 'Bra' });
  await p(0, 'signup:set', { name: 'Deltagare 0', contact: 'noll@example.se', consent: true });
  await p(1, 'signup:set', { name: 'Deltagare 1', contact: 'ett@example.se', consent: true });
  await p(1, 'signup:withdraw');
  await p(1, 'participant:erase');
  await f('workshop:close', { closed: true });
  await f('summary:set', { text: 'Vi fortsätter.' });
  const update = await f('update:add', { date: '2026-12-06', text: { sv: 'Tas bort', en: 'Removed' } });
  expect(update.ok).toBe(true);
  await view.until((s) => s.info.updates.length === 1);
  await f('update:remove', { updateId: view.snapshot.info.updates[0]!.id });
  await f('update:add', { date: '2026-12-07', text: 'Arbetsgruppen har träffats.' });
  await f('outcome:publish', { published: true });
  const rotated = await f('facilitator:rotate-key');
  return { created, key: rotated.key as string };
}

describe('export → import', () => {
  it('carries every kind of log entry and replays to the same state', async () => {
    const { created, key } = await everyCommand();
    const exported = (await (await download(server.url, created.workshopId, 'export.json', key)).json()) as WorkshopExport;
    const types = new Set(exported.workshop.log.entries.map((entry) => entry.command.type));
    expect([...types].sort()).toEqual(Object.keys(EVERY_COMMAND).sort());

    const response = await fetch(`${server.url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(exported) });
    expect(response.status, await response.clone().text()).toBe(201);
    const imported = (await response.json()) as CreatedWorkshop;
    const state = (id: string) => comparableState(server.application.hub.loaded(id)!.state);
    const [original, copy] = [state(created.workshopId), state(imported.workshopId)];
    // Sign-up contacts are never exported; everything else replays as it was.
    for (const s of [original, copy]) for (const person of s.participants) if (person.signup) person.signup = { ...person.signup, name: '', contact: '' };
    expect(copy).toEqual(original);
  });
});
