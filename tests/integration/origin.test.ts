import express from 'express';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect } from 'socket.io-client';
import { securityHeaders } from '../../server/app.js';
import { describe, expect, it } from 'vitest';
import { sameOrigin } from '../../server/edge/origin.js';
import { createWorkshop, send, useServer } from './helpers.js';

const server = useServer();

/** Opens a socket that presents an Origin header, as a browser page would. */
function socketFrom(origin: string) {
  const socket = connect(server.url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { origin } });
  return new Promise<'connected' | 'refused'>((resolve) => {
    socket.once('connect', () => (socket.disconnect(), resolve('connected')));
    socket.once('connect_error', () => resolve('refused'));
  });
}

describe('socket origin check', () => {
  it('accepts pages of its own origin and refuses pages of other sites', async () => {
    const own = new URL(server.url).origin;
    expect(await socketFrom(own)).toBe('connected');
    expect(await socketFrom('https://evil.example')).toBe('refused');
    expect(await socketFrom('null')).toBe('refused');
    // Scripts without an Origin header (no browser page involved) still work.
    const created = await createWorkshop(server.url);
    const plain = connect(server.url, { transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise<void>((resolve) => plain.once('connect', () => resolve()));
    expect(await send(plain as never, 'screen:join', { code: created.code })).toMatchObject({ ok: true });
    plain.disconnect();
  });

  it('trusts PUBLIC_URL and, behind a trusted proxy, the forwarded host', () => {
    const config = { publicUrl: 'https://samrad.example.se', trustProxy: 0 };
    expect(sameOrigin({ headers: { origin: 'https://samrad.example.se', host: '10.0.0.5:3000' } }, config)).toBe(true);
    expect(sameOrigin({ headers: { origin: 'https://other.example', host: '10.0.0.5:3000', 'x-forwarded-host': 'other.example' } }, config)).toBe(false);
    expect(sameOrigin({ headers: { origin: 'https://app.example', host: '10.0.0.5:3000', 'x-forwarded-host': 'app.example' } }, { publicUrl: '', trustProxy: 1 })).toBe(true);
  });

  it('compares the scheme as well as the host', () => {
    const plain = { publicUrl: '', trustProxy: 0 };
    expect(sameOrigin({ headers: { origin: 'http://10.0.0.5:3000', host: '10.0.0.5:3000' } }, plain)).toBe(true);
    expect(sameOrigin({ headers: { origin: 'https://10.0.0.5:3000', host: '10.0.0.5:3000' } }, plain)).toBe(false);
    expect(sameOrigin({ headers: { origin: 'https://10.0.0.5:3000', host: '10.0.0.5:3000' }, socket: { encrypted: true } }, plain)).toBe(true);
    expect(sameOrigin({ headers: { origin: 'http://samrad.example.se', host: '10.0.0.5:3000' } }, { publicUrl: 'https://samrad.example.se', trustProxy: 0 })).toBe(false);
    const proxied = { publicUrl: '', trustProxy: 1 };
    const headers = { host: '127.0.0.1:3000', 'x-forwarded-host': 'app.example', 'x-forwarded-proto': 'https' };
    expect(sameOrigin({ headers: { ...headers, origin: 'https://app.example' } }, proxied)).toBe(true);
    expect(sameOrigin({ headers: { ...headers, origin: 'http://app.example' } }, proxied)).toBe(false);
  });

  it('checks the Origin of a polling session’s upgrade to a WebSocket, not only of its handshake', async () => {
    // A handshake without an Origin (as a script makes), then upgrades from two pages.
    const open = await (await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`)).text();
    const sid = (JSON.parse(open.slice(open.indexOf('{'))) as { sid: string }).sid;
    const upgrade = (origin: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${server.url}/socket.io/?EIO=4&transport=websocket&sid=${sid}`, {
          headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': randomBytes(16).toString('base64'), origin }
        });
        req.on('upgrade', (res, socket) => (socket.destroy(), resolve(res.statusCode ?? 0)));
        req.on('response', (res) => (res.resume(), resolve(res.statusCode ?? 0)));
        req.on('error', reject);
        req.end();
      });
    expect(await upgrade('https://evil.example')).toBe(403);
    expect(await upgrade(new URL(server.url).origin)).toBe(101);
  });
});

describe('Strict-Transport-Security', () => {
  it('is sent when PUBLIC_URL is https, and not on a plain-http venue server', async () => {
    const headersFrom = async (publicUrl: string) => {
      const app = express().use(securityHeaders({ publicUrl }), (_req, res) => void res.send('ok'));
      const listening = app.listen(0, '127.0.0.1');
      await new Promise((resolve) => listening.once('listening', resolve));
      const { port } = listening.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`);
      listening.close();
      return response.headers;
    };
    expect((await headersFrom('https://samrad.example.se')).get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
    expect((await headersFrom('')).get('strict-transport-security')).toBeNull();
    expect((await headersFrom('http://192.168.1.20:3000')).get('strict-transport-security')).toBeNull();
  });
});
