import type { WorkshopSetup } from '../../src/lib/domain/types.js';
import type { ClientEventName } from '../../src/lib/protocol/schemas.js';

/** What the example payloads refer to: one workshop, one participant and one post of theirs. */
export interface PayloadTargets {
  code: string;
  token: string;
  workshopId: string;
  key: string;
  postId: string;
  setup: WorkshopSetup;
}

/**
 * A well-formed payload for every client event, with every optional field given: the
 * fuzz tests break these one field at a time. The type makes a new event a compile error
 * here until it has an example.
 */
export function examplePayloads(t: PayloadTargets): Record<ClientEventName, Record<string, unknown>> {
  return {
    'participant:join': { code: t.code, token: t.token, name: 'Anna', association: 'IK', sector: 'idrott', table: 2, showName: false },
    'screen:join': { code: t.code },
    'workshop:preview': { code: t.code },
    'facilitator:join': { workshopId: t.workshopId, key: t.key },
    'sync:request': {},
    'posts:browse': { roundId: 'samtal-1', topicId: 'dialog', query: 'möten', after: 0 },
    'participant:update': { commandId: 'u1', name: 'Anna', association: 'IK', sector: 'kultur', table: 1, showName: true },
    'post:create': { commandId: 'c1', roundId: 'samtal-1', topicIds: ['dialog'], text: 'hej', onBehalf: { table: 2, people: 4 } },
    'post:withdraw': { commandId: 'w1', postId: t.postId },
    'vote:cast': { commandId: 'v1', postId: t.postId },
    'vote:retract': { commandId: 'r1', postId: t.postId },
    'signup:set': { commandId: 's1', name: 'Anna', contact: 'anna@example.org', consent: true },
    'signup:withdraw': { commandId: 's2' },
    'evaluation:answer': { commandId: 'e1', scores: { lyssnad: 4 }, comment: 'Bra' },
    'phase:set': { commandId: 'ph1', phase: { kind: 'round', roundId: 'samtal-1', stage: 'voting' } },
    'post:hide': { commandId: 'h1', postId: t.postId, hidden: true },
    'post:pin': { commandId: 'pi1', postId: t.postId, pinned: true },
    'post:edit': { commandId: 'ed1', postId: t.postId, text: 'Rättad' },
    'post:merge': { commandId: 'm1', postIds: [t.postId, 'p1'] },
    'post:approve': { commandId: 'a1', postIds: [t.postId] },
    'note:add': { commandId: 'n1', roundId: 'samtal-1', topicIds: ['dialog'], text: 'Från papper', table: 3, people: 5 },
    'setup:update': { commandId: 'su1', setup: t.setup, confirmRemoval: false },
    'agenda:current': { commandId: 'ag1', itemId: null },
    'timer:start': { commandId: 't1', durationMs: 60_000, closeWhenDone: true },
    'timer:pause': { commandId: 't2' },
    'timer:resume': { commandId: 't3' },
    'timer:extend': { commandId: 't4', ms: 60_000 },
    'timer:stop': { commandId: 't5' },
    'screen:mode': { commandId: 'sm1', mode: { view: 'wall', topicId: 'dialog' } },
    'screen:language': { commandId: 'sl1', language: 'ar' },
    'screen:page': { commandId: 'sp1', action: 'pause' },
    'participant:erase': { commandId: 'er1' },
    'facilitator:rotate-key': { commandId: 'rk1' },
    'workshop:delete': { commandId: 'wd1', confirm: true },
    'workshop:close': { commandId: 'wc1', closed: true },
    'summary:set': { commandId: 'sum1', text: 'Vi enades om att fortsätta.' },
    'outcome:publish': { commandId: 'pub1', published: true },
    'update:add': { commandId: 'up1', date: '2017-05-10', text: { sv: 'Arbetsgruppen har träffats.', en: 'The working group has met.' } },
    'update:remove': { commandId: 'up2', updateId: 'u1' },
    'post:carry': { commandId: 'pc1', roundId: 'samtal-1', topicIds: ['dialog'], text: 'Från förra mötet', from: { title: 'Möte 1', votes: 12 } }
  };
}
