import { appendFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntryDraft } from '../../src/lib/domain/types.js';
import { FileLog } from '../../server/log/file-log.js';
import { FileKeys } from '../../server/privacy/file-keys.js';
import { SealedLog } from '../../server/privacy/sealed-log.js';
import { ERASED_TEXT } from '../../server/privacy/sealing.js';
import { logContractSuite } from './log-contract.js';

const newStorage = () => mkdtemp(join(tmpdir(), 'samrad-sealed-'));
const open = async (dir: string) => new SealedLog(new FileLog(dir), new FileKeys(dir));

logContractSuite('SealedLog over FileLog', { newStorage, open });

const post = (participantId: string, n: number, text: string): EntryDraft => ({
  at: n,
  actor: { role: 'participant', participantId },
  commandId: `c${n}`,
  command: { type: 'post:create', roundId: 'samtal-1', topicIds: ['dialog'], text }
});

describe('SealedLog', () => {
  it('keeps the order of appends that wait for new keys, and stores no personal field in the clear', async () => {
    const dir = await newStorage();
    const log = await open(dir);
    const drafts = Array.from({ length: 30 }, (_, n) => post(`person${n % 7}`, n + 1, `Secret words ${n}`));
    const written = await Promise.all(drafts.map((d) => log.append('ws', d)));
    expect(written.map((e) => e.seq)).toEqual(drafts.map((_, i) => i + 1));
    expect(written.map((e) => e.command)).toEqual(drafts.map((d) => d.command));
    const raw = await readFile(join(dir, 'workshops', 'ws.jsonl'), 'utf8');
    expect(raw).not.toContain('Secret words');
    expect((await log.read('ws')).map((e) => e.command)).toEqual(drafts.map((d) => d.command));
    await log.close();
  });

  it('forgets with a participant the refused joins their phone made under other ids (same token)', async () => {
    const dir = await newStorage();
    const log = await open(dir);
    const join = (participantId: string, tokenHash: string, n: number): EntryDraft => ({
      at: n,
      actor: { role: 'participant', participantId },
      commandId: 'join',
      command: { type: 'participant:join', participantId, tokenHash, name: `Namn ${participantId}`, association: 'Förening' }
    });
    await log.append('ws', join('first-try', 'a'.repeat(64), 1));
    await log.append('ws', join('joined', 'a'.repeat(64), 2));
    await log.append('ws', join('neighbour', 'b'.repeat(64), 3));
    await log.read('ws');
    await log.forget('ws', 'joined', () => false);
    await log.close();
    const again = await open(dir);
    expect((await again.read('ws')).map((e) => (e.command.type === 'participant:join' ? e.command.name : ''))).toEqual(['', '', 'Namn neighbour']);
    await again.close();
  });

  it('cuts a torn last line of the keys file, so that a key appended after a crash is read back', async () => {
    const dir = await newStorage();
    const first = await open(dir);
    await first.append('ws', post('ann', 1, 'Anns ord'));
    await first.close();
    await appendFile(join(dir, 'keys', 'ws.jsonl'), '{"n":"bo","k":"AAAA');
    const second = await open(dir);
    await second.append('ws', post('cia', 2, 'Cias ord'));
    await second.close();
    const third = await open(dir);
    expect((await third.read('ws')).map((e) => (e.command.type === 'post:create' ? e.command.text : ''))).toEqual(['Anns ord', 'Cias ord']);
    await third.close();
  });

  it('reads stand-ins once a participant is forgotten, except the posts it was told to keep; blank and over-long texts stay as they were', async () => {
    const dir = await newStorage();
    const log = await open(dir);
    await log.append('ws', post('ann', 1, 'Kept words'));
    await log.append('ws', post('ann', 2, 'Gone words'));
    await log.append('ws', post('ann', 3, '   '));
    await log.append('ws', post('bo', 4, 'Bo stays'));
    await log.read('ws'); // the log learns which post is whose as it reads
    await log.forget('ws', 'ann', (postId) => postId === 'p1');
    await log.close();

    const reopened = await open(dir);
    const texts = (await reopened.read('ws')).map((e) => (e.command.type === 'post:create' ? e.command.text : ''));
    expect(texts).toEqual(['Kept words', ERASED_TEXT, '   ', 'Bo stays']);
    // What ann still sends after her erasure is never readable again.
    await reopened.append('ws', post('ann', 5, 'After the erasure'));
    await reopened.close();
    const third = await open(dir);
    expect((await third.read('ws')).at(-1)!.command).toMatchObject({ text: ERASED_TEXT });
    await third.close();
  });
});
