import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cid, client, createWorkshop, send, useServer } from './helpers.js';

/**
 * A refused command is answered but not appended: anyone with the join code can send
 * commands the workshop refuses, and each used to cost a log entry, memory and a later
 * retention date; a refused join kept the stranger's name.
 */
const server = useServer();

const logOf = (workshopId: string) => readFile(join(server.dataDir, 'workshops', `${workshopId}.jsonl`));

describe('refused commands', () => {
  it('leave the log byte for byte as it was, and the last change where it was', async () => {
    const created = await createWorkshop(server.url);
    const console_ = await client(server.url);
    expect((await send(console_, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
    const phone = await client(server.url);
    expect((await send(phone, 'participant:join', { code: created.code, name: 'Vera' })).ok).toBe(true);
    const hub = server.application.hub;
    const before = await logOf(created.workshopId);
    const lastChange = await hub.lastActivity(created.workshopId);

    // The lobby: nothing to post or vote on yet. Each refusal, many times over.
    const refusals = await Promise.all(
      Array.from({ length: 10 }, () => [
        send(phone, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: 'För tidigt' }),
        send(phone, 'vote:cast', { commandId: cid(), postId: 'p404' }),
        send(phone, 'post:withdraw', { commandId: cid(), postId: 'p404' }),
        send(console_, 'post:hide', { commandId: cid(), postId: 'p404', hidden: true }),
        send(console_, 'agenda:current', { commandId: cid(), itemId: 'okand' })
      ]).flat()
    );
    expect(new Set(refusals.map((ack: { ok: boolean; error?: string }) => `${ack.ok}:${ack.error}`))).toEqual(
      new Set(['false:posting_closed', 'false:post_not_found', 'false:unknown_agenda_item'])
    );
    expect((await logOf(created.workshopId)).equals(before)).toBe(true);
    expect(await hub.lastActivity(created.workshopId)).toBe(lastChange);

    // An accepted command still goes to the log, and a refusal re-sent with its id is refused again.
    expect((await send(console_, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } })).ok).toBe(true);
    expect((await logOf(created.workshopId)).length).toBeGreaterThan(before.length);
  });

  it('a refused join stores nothing of the person who tried', async () => {
    const created = await createWorkshop(server.url);
    const console_ = await client(server.url);
    expect((await send(console_, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
    expect((await send(console_, 'workshop:close', { commandId: cid(), closed: true })).ok).toBe(true);
    const before = await logOf(created.workshopId);

    const stranger = await client(server.url);
    const refused = await send(stranger, 'participant:join', { code: created.code, name: 'Hemlig Främling', association: 'Okänd förening' });
    expect(refused).toEqual({ ok: false, error: 'joins_closed' });
    const after = await logOf(created.workshopId);
    expect(after.equals(before)).toBe(true);
    expect(after.toString('utf8')).not.toContain('Främling');
    const runtime = server.application.hub.loaded(created.workshopId)!;
    expect(runtime.state.participants.size).toBe(0);
    expect([...runtime.state.outcomes.keys()].some((key) => key.startsWith('p:'))).toBe(false);
  });

  it('a post of nothing visible (zero-width characters, fillers) is refused as empty', async () => {
    const created = await createWorkshop(server.url);
    const console_ = await client(server.url);
    expect((await send(console_, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
    expect((await send(console_, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } })).ok).toBe(true);
    const phone = await client(server.url);
    expect((await send(phone, 'participant:join', { code: created.code })).ok).toBe(true);
    const before = await logOf(created.workshopId);
    for (const text of ['\u200B\u200D\u2060', '\u3164\u3164', '\u2800 \u115F']) {
      expect(await send(phone, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text })).toEqual({ ok: false, error: 'text_empty' });
    }
    expect((await logOf(created.workshopId)).equals(before)).toBe(true);
    expect(await send(phone, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: '🤝' })).toMatchObject({ ok: true });
  });
});
