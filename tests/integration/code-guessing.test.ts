import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { QR_CACHE_ENTRIES } from '../../server/http/qr-codes.js';
import { client, createWorkshop, send, useServer } from './helpers.js';

/**
 * Every way to a workshop by its join code counts wrong codes against one allowance per
 * address — the QR code and the published page as well as the sockets — and the allowance
 * is taken before the lookup, so a burst of guesses cannot slip past it.
 */
const WRONG_CODES = 5;

const get = (url: string, host?: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(url, { headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });

describe('join-code guessing over HTTP and sockets', () => {
  const server = useServer({ wrongCodesPerAddress: { points: WRONG_CODES, duration: 60 }, wrongCodesPerSocket: { points: 100, duration: 60 } });

  it('looks up no more wrong codes than the allowance, however many arrive at once, on every route', async () => {
    const created = await createWorkshop(server.url);
    // Right codes give their point back: the QR code of a real workshop never runs out.
    for (let i = 0; i < WRONG_CODES * 3; i++) expect((await get(`${server.url}/api/codes/${created.code}/qr.svg`)).status).toBe(200);

    const guesses = await Promise.all(Array.from({ length: 40 }, (_, i) => get(`${server.url}/api/codes/QQQQ${String(i % 10).replace(/[01]/, 'X')}Q/qr.svg`)));
    expect(guesses.filter((g) => g.status === 404)).toHaveLength(WRONG_CODES);
    expect(guesses.filter((g) => g.status === 429)).toHaveLength(40 - WRONG_CODES);

    // Past the allowance nothing is looked up at all: a right code is refused like a wrong one,
    // on the QR code, the published page and the socket alike.
    expect((await get(`${server.url}/api/codes/${created.code}/qr.svg`)).status).toBe(429);
    expect((await get(`${server.url}/api/codes/${created.code}/outcome`)).status).toBe(429);
    const phone = await client(server.url);
    expect(await send(phone, 'participant:join', { code: created.code })).toEqual({ ok: false, error: 'rate_limited' });
  });
});

describe('the QR code cache', () => {
  const server = useServer();

  it('stays within its bound whatever Host headers arrive, and refuses hosts that are not host names', async () => {
    const created = await createWorkshop(server.url);
    const port = new URL(server.url).port;
    const hosts = Array.from({ length: QR_CACHE_ENTRIES + 50 }, (_, i) => `h${i}.example.org:${port}`);
    for (let i = 0; i < hosts.length; i += 50) {
      const answers = await Promise.all(hosts.slice(i, i + 50).map((host) => get(`${server.url}/api/codes/${created.code}/qr.svg`, host)));
      expect(answers.every((a) => a.status === 200)).toBe(true);
    }
    expect(server.application.qrCodes.size).toBe(QR_CACHE_ENTRIES);
    const odd = await get(`${server.url}/api/codes/${created.code}/qr.svg`, 'evil.example.org/x?y');
    expect(odd.status).toBe(400);
    expect(server.application.qrCodes.size).toBe(QR_CACHE_ENTRIES);
  });
});
