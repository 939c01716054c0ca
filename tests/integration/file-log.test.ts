import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLog } from '../../server/log/file-log.js';
import { logContractSuite } from './log-contract.js';

const newStorage = () => mkdtemp(join(tmpdir(), 'samrad-filelog-'));

logContractSuite('FileLog', { newStorage, open: async (dir) => new FileLog(dir) });

describe('FileLog on disk', () => {
  const entry = (seq: number) => ({ seq, at: seq, actor: { role: 'system' }, commandId: `c${seq}`, command: { type: 'post:hide', postId: 'p1', hidden: true } });

  it('cuts a torn last line (a crash mid-write) and appends after the last whole entry', async () => {
    const dir = await newStorage();
    const log = new FileLog(dir);
    await log.append('ws', entry(1) as never);
    await log.close();
    const path = join(dir, 'workshops', 'ws.jsonl');
    await appendFile(path, '{"seq":2,"at":2,"act');
    const reopened = new FileLog(dir);
    expect((await reopened.read('ws')).map((e) => e.seq)).toEqual([1]);
    const next = await reopened.append('ws', entry(2) as never);
    expect(next.seq).toBe(2);
    await reopened.close();
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).seq)).toEqual([1, 2]);
  });

  it('refuses a log whose middle is corrupt instead of silently dropping entries', async () => {
    const dir = await newStorage();
    const log = new FileLog(dir);
    await log.append('ws', entry(1) as never);
    await log.close();
    const path = join(dir, 'workshops', 'ws.jsonl');
    await writeFile(path, 'not json\n' + JSON.stringify(entry(1)) + '\n');
    await expect(new FileLog(dir).read('ws')).rejects.toThrow(/Corrupt/);
  });
});
