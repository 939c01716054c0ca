import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileLog } from '../../server/log/file-log.js';
import { MemoryLog } from '../../server/log/memory-log.js';
import { RedisLog } from '../../server/log/redis-log.js';
import { WorkshopGoneError, type WorkshopLog } from '../../server/log/workshop-log.js';
import type { EntryDraft } from '../../src/lib/domain/types.js';
import { startRedis, type RedisServer } from './redis-server.js';

/** Deleting a workshop's log and reading its last activity, for every WorkshopLog. */
let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

const draft = (at: number): EntryDraft => ({ at, actor: { role: 'system' }, commandId: `c${at}`, command: { type: 'timer:expire', timerId: at } });

let prefixes = 0;
const implementations: Array<[string, () => Promise<WorkshopLog>]> = [
  ['FileLog', async () => new FileLog(await mkdtemp(join(tmpdir(), 'samrad-delete-')))],
  ['RedisLog', () => RedisLog.connect(redis.url, `del${++prefixes}`)],
  ['MemoryLog', async () => new MemoryLog()]
];

for (const [name, open] of implementations) {
  describe(`${name}: delete and last activity`, () => {
    it('tells the log time of the last entry', async () => {
      const log = await open();
      expect(await log.lastActivity('ws')).toBeUndefined();
      await log.append('ws', draft(1_000));
      await log.append('ws', draft(5_000));
      expect(await log.lastActivity('ws')).toBe(5_000);
      await log.close();
    });

    it('removes one workshop for good and refuses appends to it; the others stay', async () => {
      const log = await open();
      for (let i = 1; i <= 3; i++) await log.append('gone', draft(i));
      await log.append('kept', draft(1));
      const seen: number[] = [];
      const unsubscribe = log.subscribe('gone', 0, (entry) => seen.push(entry.seq));
      await log.delete('gone');
      unsubscribe();
      expect(await log.list()).toEqual(['kept']);
      expect(await log.read('gone')).toEqual([]);
      expect(await log.lastActivity('gone')).toBeUndefined();
      await expect(log.append('gone', draft(4))).rejects.toBeInstanceOf(WorkshopGoneError);
      expect(await log.list()).toEqual(['kept']);
      expect((await log.read('kept')).map((e) => e.seq)).toEqual([1]);
      expect((await log.append('kept', draft(2))).seq).toBe(2);
      // Deleting what is not there is not an error.
      await log.delete('never');
      await log.close();
    });

    it('deletes while appends are in flight without tearing anything', async () => {
      const log = await open();
      await log.append('busy', draft(1));
      const inFlight = Array.from({ length: 20 }, (_, i) => log.append('busy', draft(i + 2)).then(() => 'ok', (error: Error) => error.name));
      await log.delete('busy');
      const outcomes = await Promise.all(inFlight);
      expect(outcomes.every((o) => o === 'ok' || o === 'WorkshopGoneError')).toBe(true);
      expect(await log.read('busy')).toEqual([]);
      expect(await log.list()).toEqual([]);
      await log.close();
    });
  });
}
