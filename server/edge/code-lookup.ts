import type { Request } from 'express';
import { isJoinCode, normalizeJoinCode } from '../../src/lib/domain/code.js';
import type { Hub } from '../hub/hub.js';
import type { WorkshopRuntime } from '../hub/workshop-runtime.js';
import { clientAddress, type RateLimits } from './rate-limits.js';

/**
 * A join code as someone typed it (spaces, lower case), looked up within the caller's
 * wrong-code allowance; malformed codes are not looked up but still count. Every way to
 * a workshop by its code goes through here — joining, the projector, the preview, the
 * published outcome, the QR code — so none of them can be used to guess codes.
 */
export function lookUpTypedCode(hub: Hub, limits: RateLimits, caller: { id: string; address: string }, typed: string): Promise<WorkshopRuntime | undefined | 'rate_limited'> {
  const code = normalizeJoinCode(typed);
  return limits.lookUpCode(caller.id, caller.address, async () => (isJoinCode(code) ? await hub.findByCode(code) : undefined));
}

/**
 * The caller of a plain HTTP request: one "socket" per address, so an address gets the
 * per-socket allowance on top of (and counted in) its per-address one.
 */
export function httpCaller(req: Request, trustProxy: number): { id: string; address: string } {
  const address = clientAddress({ address: req.socket.remoteAddress ?? '', headers: req.headers }, trustProxy);
  return { id: `http:${address}`, address };
}
