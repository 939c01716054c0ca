import { describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../../server/edge/rate-limits.js';
import { cid, client, createWorkshop, send, sendUnchecked, useServer } from './helpers.js';

const server = useServer();

describe('rate limits', () => {
  it('slows down a flooding socket without touching anyone else', async () => {
    const created = await createWorkshop(server.url);
    const flooder = await client(server.url);
    const calm = await client(server.url);
    await send(calm, 'participant:join', { code: created.code });
    const flood = await Promise.all(Array.from({ length: RATE_LIMITS.eventsPerSocket.points + 20 }, () => send(flooder, 'sync:request', {})));
    const limited = flood.filter((ack) => !ack.ok && ack.error === 'rate_limited');
    expect(limited).toHaveLength(20);
    // The flooder is still connected, and the others are not slowed down or refused.
    expect(flooder.connected).toBe(true);
    expect(await send(calm, 'sync:request', {})).toMatchObject({ ok: true });
    expect(await send(calm, 'participant:update', { commandId: cid(), name: 'Lugn', association: '' })).toEqual({ ok: true });
  });

  it('counts unknown events against the same allowance', async () => {
    const noisy = await client(server.url);
    const acks = await Promise.all(Array.from({ length: RATE_LIMITS.eventsPerSocket.points + 5 }, () => sendUnchecked(noisy, 'no:such-event', {})));
    expect(acks.filter((ack) => ack.error === 'unknown_event')).toHaveLength(RATE_LIMITS.eventsPerSocket.points);
    expect(acks.filter((ack) => ack.error === 'rate_limited')).toHaveLength(5);
  });

  it('stops looking up codes for a socket that keeps guessing, even a right one', async () => {
    const created = await createWorkshop(server.url);
    const guesser = await client(server.url);
    for (let i = 0; i < RATE_LIMITS.wrongCodesPerSocket.points; i++) {
      expect(await send(guesser, 'participant:join', { code: `WRONG${i}` })).toEqual({ ok: false, error: 'workshop_not_found' });
    }
    expect(await send(guesser, 'screen:join', { code: 'QQQQQQ' })).toEqual({ ok: false, error: 'rate_limited' });
    expect(await send(guesser, 'participant:join', { code: created.code })).toEqual({ ok: false, error: 'rate_limited' });
    // Someone else at the same address still gets in: the address allowance is larger.
    const neighbour = await client(server.url);
    expect(await send(neighbour, 'participant:join', { code: created.code })).toMatchObject({ ok: true });
  });
});
