import { io as connect } from 'socket.io-client';
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
});
