import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileReports } from '../../server/feedback/file-reports.js';
import { DAY_MS } from '../../server/retention/retention.js';
import { hashSecret } from '../../server/secrets.js';
import { FileSeries } from '../../server/series/file-series.js';
import type { Series } from '../../server/series/series-store.js';
import { FileTemplates } from '../../server/templates/file-templates.js';
import { HELSINGBORG_TEMPLATE } from '../../src/lib/domain/template.js';
import { agreementApi } from './agreement-api.js';
import { createWorkshop, startServer, type TestServer } from './helpers.js';
import { report } from './report-store-contract.js';

/**
 * Every store beside the workshops has an end date: the retention sweep that deletes
 * workshops RETENTION_DAYS after their last change deletes series (after their last change),
 * saved templates (after saving) and accessibility reports (after receiving) too; and a
 * deleted workshop leaves every series it was in. Real server, real files.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());

const DAYS = 180;
const aSeries = (id: string, change: Partial<Series>): Series => ({ id, title: `Serie ${id}`, keyHash: hashSecret(id), workshopIds: [], keyProofs: {}, updates: [], createdAt: 0, ...change });

describe('retention of the other stores', () => {
  it('deletes series, saved templates and accessibility reports past RETENTION_DAYS, and keeps the newer', async () => {
    const now = Date.now();
    const old = now - (DAYS + 1) * DAY_MS;
    const series = new FileSeries(server.dataDir);
    const templates = new FileTemplates(server.dataDir);
    const reports = new FileReports(server.dataDir);
    await series.save(aSeries('oldseries', { createdAt: old, updatedAt: old }));
    // Made long ago, but an update was added since: counts from its last change.
    await series.save(aSeries('oldupdated', { createdAt: old, updates: [{ id: 'u1', date: '2026-12-01', text: { sv: 'Nytt' }, at: now - DAY_MS }] }));
    await series.save(aSeries('fresh', { createdAt: now, updatedAt: now }));
    await templates.save({ id: 'oldtemplate', name: 'Gammal', savedAt: old, shared: false, setup: structuredClone(HELSINGBORG_TEMPLATE.setup) });
    await templates.save({ id: 'newtemplate', name: 'Ny', savedAt: now, shared: false, setup: structuredClone(HELSINGBORG_TEMPLATE.setup) });
    await reports.add(report('oldreport', old, { contact: 'gammal@example.se' }));
    await reports.add(report('newreport', now));
    await reports.close();

    await server.application.retention.sweep(now);

    expect((await series.ids()).sort()).toEqual(['fresh', 'oldupdated']);
    expect((await templates.list()).map((t) => t.id)).toEqual(['newtemplate']);
    expect((await new FileReports(server.dataDir).list()).map((r) => r.id)).toEqual(['newreport']);
    expect(await readdir(join(server.dataDir, 'series'))).not.toContain('oldseries.json');
    expect(await readdir(join(server.dataDir, 'templates'))).not.toContain('oldtemplate.json');
  });

  it('takes a deleted workshop out of every series it was in, without postponing their retention', async () => {
    const kept = await createWorkshop(server.url);
    const deleted = await createWorkshop(server.url);
    const series = new FileSeries(server.dataDir);
    const proofs = { [kept.workshopId]: 'a'.repeat(64), [deleted.workshopId]: 'b'.repeat(64) };
    await series.save(aSeries('one', { createdAt: 5, updatedAt: 5, workshopIds: [kept.workshopId, deleted.workshopId], keyProofs: proofs }));
    await series.save(aSeries('two', { createdAt: 5, updatedAt: 5, workshopIds: [deleted.workshopId], keyProofs: { [deleted.workshopId]: 'b'.repeat(64) } }));
    await series.save(aSeries('other', { createdAt: 5, updatedAt: 5, workshopIds: [kept.workshopId] }));

    expect(await server.application.deleter.delete(deleted.workshopId, 'facilitator')).toBe(true);

    expect(await series.get('one')).toMatchObject({ workshopIds: [kept.workshopId], keyProofs: { [kept.workshopId]: 'a'.repeat(64) }, updatedAt: 5 });
    expect(await series.get('two')).toMatchObject({ workshopIds: [], keyProofs: {}, updatedAt: 5 });
    expect(await series.get('other')).toMatchObject({ workshopIds: [kept.workshopId] });
  });

  it('keeps a series while its agreement process is active, and deletes the agreement’s log with the series', async () => {
    const created = (await agreementApi(server.url, '/series', { body: { title: 'Serie med överenskommelse' } })).json as { id: string; key: string };
    const code: string = (await agreementApi(server.url, `/series/${created.id}/agreement`, { key: created.key, body: {} })).json.code;
    const files = new FileSeries(server.dataDir);
    const now = Date.now();
    // The series itself last changed long ago; its agreement was written to just now.
    await files.save({ ...(await files.get(created.id))!, updatedAt: now - (DAYS + 1) * DAY_MS });
    await server.application.retention.sweep(now);
    expect(await files.get(created.id)).toBeDefined();
    expect(await readdir(join(server.dataDir, 'agreements'))).toContain(`${code}.jsonl`);

    await server.application.retention.sweep(now + (DAYS + 1) * DAY_MS);
    expect(await files.get(created.id)).toBeUndefined();
    expect(await readdir(join(server.dataDir, 'agreements'))).not.toContain(`${code}.jsonl`);
    expect((await agreementApi(server.url, `/agreements/${code}`)).status).toBe(404);
  });
});
