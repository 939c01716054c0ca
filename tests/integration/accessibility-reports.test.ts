import { mkdtemp, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, type Application } from '../../server/app.js';
import { readConfig } from '../../server/config.js';
import { REPORTS_PER_ADDRESS } from '../../server/feedback/report-store.js';
import { openStorage } from '../../server/storage.js';
import type { AccessibilityReport, OperatorInfo } from '../../src/lib/protocol/accessibility-report.js';

/** A real server with the given environment (OPERATOR_*), on a random port, in a fresh directory. */
function useServerWith(env: Record<string, string>) {
  let application: Application | undefined;
  let url = '';
  let dataDir = '';
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'samrad-a11y-'));
    process.env.SAMRAD_QUIET = '1';
    const config = readConfig({ DATA_DIR: dataDir, PORT: '0', ...env });
    application = await createApplication({ config, storage: await openStorage(config) });
    await new Promise<void>((resolve) => application!.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(application.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await application?.close();
  });
  return {
    get url() {
      return url;
    },
    get dataDir() {
      return dataDir;
    }
  };
}

const KEY = 'operator-key-for-tests-0123456789';

const postReport = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/accessibility-reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  });
const listReports = (url: string, authorization?: string) =>
  fetch(`${url}/api/accessibility-reports`, { headers: authorization ? { authorization } : {} });

describe('accessibility statement API with an operator configured', () => {
  const server = useServerWith({ OPERATOR_NAME: 'Helsingborgs stad', OPERATOR_EMAIL: 'samrad@helsingborg.example', OPERATOR_PHONE: '042-10 50 00', OPERATOR_KEY: KEY });

  it('tells who runs the server', async () => {
    const response = await fetch(`${server.url}/api/operator`);
    expect(response.status).toBe(200);
    expect((await response.json()) as OperatorInfo).toEqual({ name: 'Helsingborgs stad', email: 'samrad@helsingborg.example', phone: '042-10 50 00' });
  });

  it('stores a report, cleaned, and lists it for the operator with the key only', async () => {
    const created = await postReport(server.url, {
      kind: 'problem',
      what: '  Röstknappen\u0007 läses upp som ”knapp” utan namn i TalkBack.  ',
      where: '/w/ABC123',
      name: 'Omar',
      contact: 'omar@example.se',
      consent: true,
      language: 'sv'
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);

    expect((await listReports(server.url)).status).toBe(401);
    expect(await (await listReports(server.url, 'Bearer wrong-key-wrong-key-wrong')).json()).toEqual({ error: 'unauthorized' });
    expect((await listReports(server.url, KEY)).status).toBe(401); // not a Bearer header
    const listed = await listReports(server.url, `Bearer ${KEY}`);
    expect(listed.status).toBe(200);
    expect(listed.headers.get('cache-control')).toBe('no-store');
    const { reports } = (await listed.json()) as { reports: AccessibilityReport[] };
    expect(reports[0]).toEqual({
      id,
      receivedAt: expect.any(Number),
      kind: 'problem',
      what: 'Röstknappen läses upp som ”knapp” utan namn i TalkBack.',
      where: '/w/ABC123',
      name: 'Omar',
      contact: 'omar@example.se',
      language: 'sv'
    });
    // On disk, one line each, in DATA_DIR.
    const lines = (await readFile(join(server.dataDir, 'accessibility-reports.jsonl'), 'utf8')).trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ id, contact: 'omar@example.se' });
  });

  it('takes a report without contact details, and a request for an accessible alternative', async () => {
    const response = await postReport(server.url, { kind: 'alternative', what: 'Jag vill ha resultatet som en textfil.', language: 'en' });
    expect(response.status).toBe(201);
    const { reports } = (await (await listReports(server.url, `Bearer ${KEY}`)).json()) as { reports: AccessibilityReport[] };
    expect(reports[0]).toMatchObject({ kind: 'alternative', where: null, name: null, contact: null, language: 'en' });
  });

  it('refuses what is not a report', async () => {
    const refused = async (body: unknown) => {
      const response = await postReport(server.url, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      return ((await response.json()) as { error: string }).error;
    };
    expect(await refused({ what: '   ' })).toBe('text_empty');
    expect(await refused({})).toBe('invalid_payload');
    expect(await refused({ what: 'x'.repeat(4001) })).toBe('invalid_payload');
    expect(await refused({ what: 'Hej', kind: 'spam' })).toBe('invalid_payload');
    expect(await refused({ what: 'Hej', extra: 1 })).toBe('invalid_payload');
    // Contact details without the consent box ticked are not kept: refused outright.
    expect(await refused({ what: 'Hej', contact: 'a@b.se' })).toBe('invalid_payload');
    expect(await refused({ what: 'Hej', contact: 'a@b.se', consent: false })).toBe('invalid_payload');
    expect(await refused('{"what":')).toBe('invalid_payload');
    const big = await postReport(server.url, { what: 'x'.repeat(40_000) });
    expect(big.status).toBe(413);
  });

  it('leaves the rest of the API alone', async () => {
    expect((await fetch(`${server.url}/api/privacy`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/api/nothing-here`)).json()).toEqual({ error: 'not_found' });
  });
});

describe('reports per address', () => {
  const server = useServerWith({});

  it('admits a few reports from one address an hour, then says rate_limited', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= REPORTS_PER_ADDRESS.points; i++) statuses.push((await postReport(server.url, { what: `Rapport ${i}` })).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(REPORTS_PER_ADDRESS.points);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('without OPERATOR_KEY', () => {
  const server = useServerWith({});

  it('switches the list off, says so, and gives an operator with no details', async () => {
    const response = await listReports(server.url, `Bearer ${KEY}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'listing_disabled' });
    expect(await (await fetch(`${server.url}/api/operator`)).json()).toEqual({ name: null, email: null, phone: null });
  });

  it('refuses an OPERATOR_KEY too short to be safe', () => {
    expect(() => readConfig({ OPERATOR_KEY: 'short' })).toThrow(/OPERATOR_KEY/);
    expect(readConfig({ OPERATOR_KEY: ` ${KEY} ` }).operatorKey).toBe(KEY);
  });
});
