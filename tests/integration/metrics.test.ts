import { describe, expect, it } from 'vitest';
import { cid, client, createWorkshop, send, useServer } from './helpers.js';

const TOKEN = 'metrics-token-for-tests-0123456789';
const scrape = (url: string, authorization?: string) => fetch(`${url}/metrics`, { headers: authorization ? { authorization } : {} });

/** The value of one sample line, e.g. `samrad_commands_total{event="post:create",outcome="ok"}`; 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('without METRICS_TOKEN', () => {
  const server = useServer();

  it('has no /metrics, but answers /readyz', async () => {
    expect((await scrape(server.url)).status).toBe(404);
    expect((await scrape(server.url, `Bearer ${TOKEN}`)).status).toBe(404);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true });
  });
});

describe('with METRICS_TOKEN', () => {
  const server = useServer(undefined, { METRICS_TOKEN: TOKEN });

  it('refuses a missing or wrong token', async () => {
    expect((await scrape(server.url)).status).toBe(401);
    expect((await scrape(server.url, `Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await scrape(server.url, `Basic ${TOKEN}`)).status).toBe(401);
  });

  it('counts commands by event and outcome, sockets by audience, without personal data', async () => {
    const okPosts = 'samrad_commands_total{event="post:create",outcome="ok"}';
    const before = await (await scrape(server.url, `Bearer ${TOKEN}`)).text();
    const created = await createWorkshop(server.url);
    const facilitator = await client(server.url);
    await send(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
    await send(facilitator, 'phase:set', { commandId: cid(), phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });
    const phone = await client(server.url);
    const joined = await send(phone, 'participant:join', { code: created.code, name: 'Märta Persdotter', association: 'Rosengårdens schackklubb' });
    expect(joined.ok).toBe(true);
    const text = 'Hemlig tolkning av dialog xyzzy';
    expect((await send(phone, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text })).ok).toBe(true);
    // A refusal is counted under its code.
    await send(phone, 'post:create', { commandId: cid(), roundId: 'samtal-1', topicIds: ['dialog'], text: '' });

    const response = await scrape(server.url, `Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const after = await response.text();
    for (const name of ['samrad_commands_total', 'samrad_log_append_seconds', 'samrad_sockets_connected', 'samrad_workshops_loaded', 'samrad_delta_bytes_total', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes']) {
      expect(after).toContain(`# TYPE ${name} `);
    }
    expect(sample(after, okPosts)).toBe(sample(before, okPosts) + 1);
    expect(after).toMatch(/samrad_commands_total\{event="post:create",outcome="text_empty"\} 1/);
    expect(sample(after, 'samrad_sockets_connected{audience="participant"}')).toBe(1);
    expect(sample(after, 'samrad_sockets_connected{audience="facilitator"}')).toBe(1);
    expect(sample(after, 'samrad_workshops_loaded')).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'samrad_log_append_seconds_count')).toBeGreaterThanOrEqual(3);
    for (const secret of [text, 'Märta', 'Rosengård', created.workshopId, created.code, created.key, joined.token]) expect(after).not.toContain(secret);
  });

  it('is ready while the storage answers, and not once draining', async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    server.application.readiness.drain();
    const draining = await fetch(`${server.url}/readyz`);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ ok: false, reason: 'shutting_down' });
    // Liveness is not readiness: the process is alive while it drains.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
