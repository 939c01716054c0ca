import { request } from 'node:https';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { nginxInstalled, startNginx, type Nginx } from './nginx.js';
import { freePort, startServerProcess, type ServerProcess } from './process.js';

/**
 * Samråd over https through the shipped nginx file with a throwaway self-signed certificate:
 * the API, the participant link from PUBLIC_URL, HSTS, and a socket that starts on
 * long-polling, upgrades to WebSocket and passes the origin check as the https page's.
 * With SAMRAD_NGINX_TEST=1 and nginx installed; not part of the default run.
 */
const enabled = process.env.SAMRAD_NGINX_TEST === '1' && nginxInstalled();
let server: ServerProcess | undefined;
let nginx: Nginx | undefined;
const sockets: Socket[] = [];
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  server?.child.kill('SIGKILL');
  await nginx?.stop();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
function https(url: string, ca: string, method = 'GET', body?: object): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, ca, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.once('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

describe.runIf(enabled)('https through nginx', () => {
  it('serves the API, the join link from PUBLIC_URL and a socket that upgrades', { timeout: 60_000 }, async () => {
    const [port, publicPort] = [await freePort(), await freePort()];
    const publicUrl = `https://localhost:${publicPort}`;
    server = await startServerProcess({ PORT: String(port), PUBLIC_URL: publicUrl, TRUST_PROXY: '1' });
    // Three upstream entries in the shipped file; one process here.
    nginx = await startNginx([port, port, port], { tls: true, port: publicPort });
    expect(nginx.url).toBe(publicUrl);

    const created = await https(`${publicUrl}/api/workshops`, nginx.ca, 'POST', { templateId: 'lokal-overenskommelse' });
    expect(created.status).toBe(201);
    expect(created.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const workshop = JSON.parse(created.body) as { code: string; urls: { participant: string } };
    expect(workshop.urls.participant).toBe(`${publicUrl}/w/${workshop.code}`);
    const qr = await https(`${publicUrl}/api/codes/${workshop.code}/qr.svg`, nginx.ca);
    expect(qr.status).toBe(200);
    expect(qr.body).toContain('<svg');

    // As the https page's script would: its Origin, the browser's transports.
    const socket: Socket = connect(publicUrl, { ca: nginx.ca, extraHeaders: { origin: publicUrl }, reconnection: false });
    sockets.push(socket);
    // The transport it opened with, noted as it opens: on a busy machine the upgrade may be done before 'connect' is handled here.
    let opened = '';
    socket.io.once('open', () => (opened = socket.io.engine.transport.name));
    await new Promise<void>((resolve, reject) => (socket.once('connect', resolve), socket.once('connect_error', reject)));
    expect(opened).toBe('polling');
    if (socket.io.engine.transport.name !== 'websocket') await new Promise<void>((resolve) => socket.io.engine.once('upgrade', () => resolve()));
    expect(socket.io.engine.transport.name).toBe('websocket');
    const screen = await socket.timeout(10_000).emitWithAck('screen:join', { code: workshop.code });
    expect(screen.ok).toBe(true);
    expect(screen.joinUrl).toBe(workshop.urls.participant);

    // A page of another origin (plain http at the same host) is refused.
    const stranger: Socket = connect(publicUrl, { ca: nginx.ca, extraHeaders: { origin: `http://localhost:${publicPort}` }, reconnection: false });
    sockets.push(stranger);
    await expect(new Promise((resolve, reject) => (stranger.once('connect', () => resolve(true)), stranger.once('connect_error', reject)))).rejects.toThrow();
  });
});
