import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { serializeState } from '../../src/lib/domain/serialize.js';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import { cid, client, createWorkshop, send, sendUnchecked, type TestServer } from './helpers.js';

/**
 * A meeting in which one participant ("E") gives a distinctive marker in every personal
 * field, posts, withdraws, is corrected by the facilitator, answers the evaluation and signs
 * up, and then erases their data, while two others post and vote. Used against the file log
 * and the Redis log (tests/integration/erasure-*.test.ts).
 */
export const MARKERS = {
  name: 'MRKname-Eskil',
  association: 'MRKassoc Erasure FF',
  withdrawn: 'MRKpost withdrawn by Eskil',
  plain: 'MRKpost plain by Eskil',
  edit: 'MRKedit by the facilitator',
  comment: 'MRKcomment from Eskil',
  signupName: 'MRKsignup-Eskil',
  contact: 'MRKcontact-eskil@example.org'
};
/** E's post that a neighbour's duplicate is merged into: it stays, as the group's post. */
export const KEPT_TEXT = 'MRKkept: group post begun by Eskil';
/** The neighbour's spelling of E's association: the list keeps this one. */
export const NEIGHBOUR_ASSOCIATION = 'mrkassoc erasure ff';

export interface ErasureScenario {
  created: CreatedWorkshop;
  erasedId: string;
  /** Votes per post of everyone but E, as the console saw them before E's erasure. */
  othersTallies: Record<string, number>;
  keptPostId: string;
  /** Erases E from E's phone; resolves with the acknowledgement. */
  erase(): Promise<{ ok: boolean; error?: string }>;
  /** Erases E from the console (someone who asked another way); resolves with the answer. */
  eraseByFacilitator(): Promise<{ ok: boolean; error?: string }>;
}

export async function buildScenario(url: string): Promise<ErasureScenario> {
  const created = await createWorkshop(url);
  const facilitator = await client(url);
  expect((await send(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  const f = async (event: string, payload: object) => {
    const ack = await sendUnchecked(facilitator, event, { commandId: cid(), ...payload });
    expect(ack.ok, `${event} ${JSON.stringify(ack)}`).toBe(true);
    return ack;
  };
  const joined = async (profile: object) => {
    const socket = await client(url);
    const ack = await send(socket, 'participant:join', { code: created.code, ...profile });
    expect(ack.ok).toBe(true);
    const act = async (event: string, payload: object) => {
      // Any command by name (the scenario is a script of them): its answer as the tests read it.
      const answer = (await sendUnchecked(socket, event, { commandId: cid(), ...payload })) as { ok: boolean; error?: string; postId: string };
      expect(answer.ok, `${event} ${JSON.stringify(answer)}`).toBe(true);
      return answer;
    };
    const raw = (event: string, payload: object) => sendUnchecked(socket, event, { commandId: cid(), ...payload });
    return { id: ack.self.participantId as string, act, raw };
  };
  const post = async (who: { act: (e: string, p: object) => Promise<{ postId: string }> }, text: string, topic = 'dialog') =>
    (await who.act('post:create', { roundId: 'samtal-1', topicIds: [topic], text })).postId;

  await f('phase:set', { phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
  const e = await joined({ name: MARKERS.name, association: MARKERS.association, sector: 'kultur', table: 97 });
  const n = await joined({ name: 'Nora Granne', association: NEIGHBOUR_ASSOCIATION, sector: 'idrott' });
  const o = await joined({ name: 'Olle Annan', association: 'Annan förening' });

  const withdrawn = await post(e, MARKERS.withdrawn);
  await e.act('post:withdraw', { postId: withdrawn });
  const kept = await post(e, KEPT_TEXT);
  const plain = await post(e, MARKERS.plain, 'mangfald');
  const duplicate = await post(n, 'Nora skriver nästan samma sak');
  const noras = await post(n, 'Noras egen tolkning', 'kvalitet');
  const olles = await post(o, 'Olles tolkning', 'kvalitet');
  await f('post:merge', { postIds: [kept, duplicate] });
  await f('post:edit', { postId: plain, text: MARKERS.edit });

  await f('phase:set', { phase: { kind: 'round', roundId: 'samtal-1', stage: 'voting' } });
  await e.act('vote:cast', { postId: noras });
  await n.act('vote:cast', { postId: plain });
  await n.act('vote:cast', { postId: olles });
  await o.act('vote:cast', { postId: noras });
  await o.act('vote:cast', { postId: kept });

  await f('phase:set', { phase: { kind: 'evaluation' } });
  await e.act('evaluation:answer', { scores: { lyssnad: 4 }, comment: MARKERS.comment });
  await n.act('evaluation:answer', { scores: { lyssnad: 5 }, comment: 'Noras kommentar' });
  await e.act('signup:set', { name: MARKERS.signupName, contact: MARKERS.contact, consent: true });

  return {
    created,
    erasedId: e.id,
    keptPostId: kept,
    // Without E's vote (on Nora's post) and without E's plain post, which is withdrawn with its votes.
    othersTallies: { [kept]: 1, [noras]: 1, [olles]: 1 },
    erase: () => e.raw('participant:erase', {}),
    eraseByFacilitator: async () =>
      (
        await fetch(`${url}/api/workshops/${created.workshopId}/participants/${e.id}/erase`, {
          method: 'POST',
          headers: { authorization: `Bearer ${created.key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ commandId: cid() })
        })
      ).json()
  };
}

/** Every file under a folder, with its path. */
export async function filesUnder(dir: string): Promise<Array<{ path: string; bytes: Buffer }>> {
  const found: Array<{ path: string; bytes: Buffer }> = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found.push({ path, bytes: await readFile(path) });
  }
  return found;
}

/** Which of the needles (strings, or raw bytes) occur in which files. */
export function occurrences(files: Array<{ path: string; bytes: Buffer }>, needles: Array<string | Buffer>): string[] {
  return files.flatMap(({ path, bytes }) => needles.filter((needle) => bytes.includes(needle)).map((needle) => `${String(needle)} in ${path}`));
}

/** What the workshop became, and what everyone but E has in it, as a server holds it. */
export function workshopOf(server: Pick<TestServer, 'application'>, workshopId: string) {
  const state = server.application.hub.loaded(workshopId)!.state;
  const tallies = Object.fromEntries([...state.posts.values()].filter((p) => p.tally > 0).map((p) => [p.id, p.tally]));
  return { state, serialized: serializeState(state), tallies, text: JSON.stringify(serializeState(state)) };
}
