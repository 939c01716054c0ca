import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileReports } from '../../server/feedback/file-reports.js';
import { RedisReports } from '../../server/feedback/redis-reports.js';
import { startRedis, type RedisServer } from './redis-server.js';
import { report, reportStoreContractSuite } from './report-store-contract.js';

const newDir = () => mkdtemp(join(tmpdir(), 'samrad-reports-'));

reportStoreContractSuite('FileReports', { newStorage: newDir, open: async (dir) => new FileReports(dir) });

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});
let prefixes = 0;
reportStoreContractSuite('RedisReports', { newStorage: async () => `r${++prefixes}`, open: (prefix) => RedisReports.connect(redis.url, prefix) });

describe('FileReports on disk', () => {
  it('writes one JSON line per report, readable by the server only, and skips lines that are not reports', async () => {
    const dir = await newDir();
    const store = new FileReports(dir);
    await store.add(report('a', 1));
    const path = join(dir, 'accessibility-reports.jsonl');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    // A line cut short by a crash, and one edited by hand into something else.
    await writeFile(path, `${await readFile(path, 'utf8')}{"id":"x","receivedAt":2,"wh\n{"id":"y","receivedAt":3,"kind":"spam","what":"?","language":"sv"}\n`);
    await store.add(report('b', 4));
    expect((await store.list()).map((r) => r.id)).toEqual(['b', 'a']);
    expect((await readFile(path, 'utf8')).trim().split('\n')).toHaveLength(4);
  });
});
