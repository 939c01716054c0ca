import { setupOfInfo } from '../../src/lib/domain/views.js';
import type { Stage } from '../../src/lib/domain/types.js';
import { expect } from 'vitest';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import type { CommandEvent } from '../../src/lib/protocol/schemas.js';
import { cid, client, createWorkshop, type FieldsArg, send, sendCommand, type TestSocket } from './helpers.js';

/**
 * A small but complete meeting for the export tests: four participants from three
 * associations (one spelled two ways), both rounds, a hidden, an edited, a merged, a
 * queued and a withdrawn post, a paper note and a table post, stacked-free votes,
 * sign-ups with contacts, evaluation answers, a closing summary, an update, a published
 * outcome, a key change, and one participant who erases their data after a duplicate of
 * someone else's was merged into their post.
 */
export interface Scenario {
  created: CreatedWorkshop;
  /** The key after the rotation: the one that works. */
  key: string;
  facilitator: TestSocket;
  tokens: Record<string, string>;
  ids: Record<string, string>;
  /** Strings that must never appear outside signups.csv. */
  contacts: string[];
  /** What the erased participant wrote or was called: must appear nowhere. */
  erased: string[];
}

export const TITLE = 'Dialogmöte Väster – Åby';

export async function runScenario(url: string, options: { language?: 'sv' | 'en' } = {}): Promise<Scenario> {
  const created = await createWorkshop(url, { templateId: 'lokal-overenskommelse', title: TITLE, ...(options.language ? { language: options.language } : {}) });
  const facilitator = await client(url);
  expect((await send(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  const f = async <E extends CommandEvent>(event: E, ...fields: FieldsArg<E>) => {
    const ack = await sendCommand(facilitator, event, ...fields);
    expect(ack.ok, `${event} ${JSON.stringify(ack)}`).toBe(true);
    return ack;
  };

  const people = {
    anna: { name: 'Anna Öberg', association: 'Föreningen Ölandsbro', sector: 'kultur' },
    bjorn: { name: 'Björn Åkesson', association: 'föreningen  ölandsbro', sector: 'kultur' },
    cecilia: { name: 'Cecilia Ängström', association: 'Idrottsföreningen Åsen', sector: 'idrott' },
    erik: { name: 'Erik Hemlig', association: 'Raderade föreningen', sector: 'social' }
  };
  const sockets: Record<string, TestSocket> = {};
  const tokens: Record<string, string> = {};
  for (const [who, profile] of Object.entries(people)) {
    const socket = await client(url);
    const ack = await send(socket, 'participant:join', { code: created.code, ...profile });
    expect(ack.ok).toBe(true);
    sockets[who] = socket;
    tokens[who] = ack.token;
  }
  const p = async <E extends CommandEvent>(who: string, event: E, ...fields: FieldsArg<E>) => {
    const ack = await sendCommand(sockets[who]!, event, ...fields);
    expect(ack.ok, `${who} ${event} ${JSON.stringify(ack)}`).toBe(true);
    return ack;
  };
  const post = async (who: string, roundId: string, topicIds: string[], text: string, extra: object = {}) =>
    (await p(who, 'post:create', { roundId, topicIds, text, ...extra })).postId as string;
  const phase = (roundId: string, stage: Stage) => f('phase:set', { phase: { kind: 'round', roundId, stage } });

  const ids: Record<string, string> = {};
  await phase('samtal-1', 'collecting');
  ids.formula = await post('anna', 'samtal-1', ['dialog'], '=HYPERLINK("http://evil.example","klicka")');
  ids.listen = await post('bjorn', 'samtal-1', ['dialog'], 'Att lyssna på varandra – på riktigt');
  ids.listenDup = await post('cecilia', 'samtal-1', ['dialog'], 'Lyssna på varandra');
  ids.spam = await post('cecilia', 'samtal-1', ['dialog'], 'Köp billiga klockor');
  ids.erikKept = await post('erik', 'samtal-1', ['mangfald'], 'Små föreningar behöver synas', { lang: 'sv' });
  ids.erikGone = await post('erik', 'samtal-1', ['mangfald'], 'Eriks hemliga tanke om grannen');
  ids.annaDup = await post('anna', 'samtal-1', ['mangfald'], 'Små föreningar ska synas');
  ids.plus = await post('bjorn', 'samtal-1', ['oppenhet'], '+46 ring oss @ kansliet');
  ids.table = await post('cecilia', 'samtal-1', ['oppenhet'], 'Öppna protokoll för alla', { onBehalf: { table: 3, people: 5 } });
  ids.paper = (await f('note:add', { roundId: 'samtal-1', topicIds: ['langsiktighet'], text: 'Treåriga avtal i stället för ettåriga', table: 2, people: 4 })).postId;
  await f('post:hide', { postId: ids.spam, hidden: true });
  await f('post:edit', { postId: ids.listen, text: 'Att lyssna på varandra på riktigt' });
  await f('post:merge', { postIds: [ids.listen, ids.listenDup] });
  await f('post:merge', { postIds: [ids.erikKept, ids.annaDup] });
  await f('post:pin', { postId: ids.listen, pinned: true });

  await phase('samtal-1', 'voting');
  for (const [who, postId] of [
    ['anna', ids.listen],
    ['bjorn', ids.listen],
    ['cecilia', ids.listen],
    ['erik', ids.listen],
    ['bjorn', ids.formula],
    ['anna', ids.erikKept],
    ['cecilia', ids.erikKept],
    ['anna', ids.plus],
    ['anna', ids.paper],
    ['bjorn', ids.paper]
  ] as const)
    await p(who, 'vote:cast', { postId });
  await phase('samtal-1', 'results');

  await phase('samtal-2', 'collecting');
  ids.act1 = await post('anna', 'samtal-2', ['dialog', 'oppenhet'], 'Årlig dialogdag med stadens förvaltningar');
  ids.act2 = await post('bjorn', 'samtal-2', ['dialog'], 'Gemensam kalender för föreningslivet');
  ids.act3 = await post('cecilia', 'samtal-2', ['mangfald', 'dialog'], 'Mentorskap mellan stora och små föreningar');
  ids.withdrawn = await post('cecilia', 'samtal-2', ['kvalitet'], 'Det här tar jag tillbaka');
  await p('cecilia', 'post:withdraw', { postId: ids.withdrawn });
  // The queue switched on mid-round: the next post waits for approval.
  const { snapshot } = await send(facilitator, 'sync:request', {});
  const setup = setupOfInfo(snapshot.info);
  await f('setup:update', { setup: { ...setup, settings: { ...setup.settings, moderationQueue: true } }, confirmRemoval: false });
  ids.pending = await post('bjorn', 'samtal-2', ['kvalitet'], 'Väntar på godkännande');
  await phase('samtal-2', 'voting');
  for (const [who, postId] of [
    ['anna', ids.act1],
    ['bjorn', ids.act1],
    ['cecilia', ids.act1],
    ['anna', ids.act3],
    ['bjorn', ids.act2]
  ] as const)
    await p(who, 'vote:cast', { postId });

  await p('anna', 'signup:set', { name: 'Anna Öberg', contact: 'anna.oberg@example.se', consent: true });
  await p('cecilia', 'signup:set', { name: 'Cecilia Ä.', contact: '070-123 45 67', consent: true });
  await p('erik', 'signup:set', { name: 'Erik Hemlig', contact: 'erik@hemlig.example', consent: true });

  await f('phase:set', { phase: { kind: 'evaluation' } });
  await p('anna', 'evaluation:answer', { scores: { lyssnad: 5, formen: 4 }, comment: 'Bra möte!' });
  await p('erik', 'evaluation:answer', { scores: { lyssnad: 2 }, comment: 'Eriks kommentar om chefen' });
  await p('erik', 'participant:erase', {});

  await f('summary:set', { text: 'Vi enades om att fortsätta.\n\n# Inte en rubrik' });
  await f('update:add', { date: '2026-12-01', text: { sv: 'Arbetsgruppen har haft sitt första möte.', en: 'The working group has held its first meeting.' } });
  await f('outcome:publish', { published: true });
  const rotated = await send(facilitator, 'facilitator:rotate-key', { commandId: cid() });
  expect(rotated.ok).toBe(true);

  return {
    created,
    key: rotated.key,
    facilitator,
    tokens,
    ids,
    contacts: ['anna.oberg@example.se', '070-123 45 67', 'erik@hemlig.example', 'Cecilia Ä.'],
    erased: ['Erik Hemlig', 'Eriks hemliga tanke', 'Raderade föreningen', 'Eriks kommentar']
  };
}

/** GET an export with the facilitator key in the Authorization header. */
export const download = (url: string, workshopId: string, file: string, key?: string) =>
  fetch(`${url}/api/workshops/${workshopId}/${file}`, key === undefined ? {} : { headers: { authorization: `Bearer ${key}` } });
