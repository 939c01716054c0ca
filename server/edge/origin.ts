import type { IncomingMessage } from 'node:http';
import type { Config } from '../config.js';

/**
 * Whether a socket connection may come from the page that opened it. Browsers send an
 * Origin header with every WebSocket and polling request, and WebSockets are not bound by
 * CORS: without this check a page on another site could open a socket to Samråd in a
 * visitor's browser. Requests without an Origin (phones' own pages always send one;
 * scripts and tests do not) are not browser pages on another site, so they pass.
 */
export function sameOrigin(req: Pick<IncomingMessage, 'headers'>, config: Pick<Config, 'publicUrl' | 'trustProxy'>): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (config.publicUrl && host === new URL(config.publicUrl).host) return true;
  const forwarded = config.trustProxy > 0 ? String(req.headers['x-forwarded-host'] ?? '').split(',')[0]?.trim() : '';
  return host === req.headers.host || (!!forwarded && host === forwarded);
}
