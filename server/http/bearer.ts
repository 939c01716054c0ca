import type { Request } from 'express';

/** Keys the server makes (facilitator and series keys): URL-safe, as `newSecret` writes them. */
const SERVER_KEY = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * The key from `Authorization: Bearer <key>` (the scheme in any case, as HTTP allows), or
 * null. Keys travel in this header, never in URLs, which end up in access logs. `shape` is
 * what a key may look like: the server's own by default; the operator's key is theirs to choose.
 */
export function bearerKey(req: Request, shape: RegExp = SERVER_KEY): string | null {
  const key = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
  return key && shape.test(key) ? key : null;
}
