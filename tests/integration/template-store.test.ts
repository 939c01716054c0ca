import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileTemplates } from '../../server/templates/file-templates.js';
import { RedisTemplates } from '../../server/templates/redis-templates.js';
import { newTemplateId } from '../../server/templates/template-store.js';
import { BLANK_TEMPLATE } from '../../src/lib/domain/template.js';
import { startRedis, type RedisServer } from './redis-server.js';
import { templateStoreContractSuite } from './template-store-contract.js';

const newDir = () => mkdtemp(join(tmpdir(), 'samrad-templates-'));

templateStoreContractSuite('FileTemplates', { newStorage: newDir, open: async (dir) => new FileTemplates(dir) });

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});
let prefixes = 0;
templateStoreContractSuite('RedisTemplates', { newStorage: async () => `t${++prefixes}`, open: (prefix) => RedisTemplates.connect(redis.url, prefix) });

describe('FileTemplates on disk', () => {
  it('leaves no temporary files behind and skips files that are not templates', async () => {
    const dir = await newDir();
    const store = new FileTemplates(dir);
    await store.save({ id: 'ok', name: 'Bra', savedAt: 1, shared: false, setup: structuredClone(BLANK_TEMPLATE.setup) });
    await writeFile(join(dir, 'templates', 'broken.json'), '{"id":"broken","na');
    await writeFile(join(dir, 'templates', 'other.json'), JSON.stringify({ id: 'ok', name: 'Kopia', savedAt: 2, setup: BLANK_TEMPLATE.setup }));
    expect(await readdir(join(dir, 'templates'))).toEqual(expect.arrayContaining(['ok.json']));
    expect((await readdir(join(dir, 'templates'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect((await store.list()).map((t) => t.id)).toEqual(['ok']);
    expect(await store.get('broken')).toBeUndefined();
    expect(await store.get('other')).toBeUndefined();
  });

  it('reads a template saved before sharing was a choice as not shared', async () => {
    const dir = await newDir();
    const store = new FileTemplates(dir);
    await store.save({ id: 'tidig', name: 'Tidig', savedAt: 1, shared: true, setup: structuredClone(BLANK_TEMPLATE.setup) });
    await writeFile(join(dir, 'templates', 'tidig.json'), JSON.stringify({ id: 'tidig', name: 'Tidig', savedAt: 1, setup: BLANK_TEMPLATE.setup }));
    expect(await store.list()).toEqual([{ id: 'tidig', name: 'Tidig', savedAt: 1, shared: false }]);
  });
});

describe('newTemplateId', () => {
  it('is a URL-safe slug of the name with a random suffix', () => {
    expect(newTemplateId('Höstmöte i Väster!')).toMatch(/^hostmote-i-vaster-[a-z2-9]{16}$/);
    expect(newTemplateId('🌱🌱')).toMatch(/^mall-[a-z2-9]{16}$/);
    expect(newTemplateId('x'.repeat(200)).length).toBeLessThanOrEqual(64);
    expect(newTemplateId('a')).not.toBe(newTemplateId('a'));
  });
});
