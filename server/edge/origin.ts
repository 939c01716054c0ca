import type { IncomingMessage } from 'node:http';
import type { Config } from '../config.js';

/**
 * Whether a socket connection may come from the page that opened it. Browsers send an
 * Origin header with every WebSocket and polling request, and WebSockets are not bound by
 * CORS: without this check a page on another site could open a socket to Samråd in a
 * visitor's browser. Requests without an Origin (phones' own pages always send one;
 * scripts and tests do not) are not browser pages on another site, so they pass. The
 * scheme counts as well as the host (PUBLIC_URL, or the request's own, or behind a trusted
 * proxy X-Forwarded-Proto).
 */
export function sameOrigin(
  req: { headers: IncomingMessage['headers']; socket?: unknown },
  config: Pick<Config, 'publicUrl' | 'trustProxy'>
): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  let page: URL;
  try {
    page = new URL(origin);
  } catch {
    return false;
  }
  if (config.publicUrl && page.origin === new URL(config.publicUrl).origin) return true;
  const first = (header: string | string[] | undefined) => String(header ?? '').split(',')[0]?.trim() ?? '';
  const forwarded = config.trustProxy > 0 ? first(req.headers['x-forwarded-host']) : '';
  if (page.host !== req.headers.host && !(forwarded && page.host === forwarded)) return false;
  // The scheme too: an https page is not the same origin as a plain-http server at that host.
  // Behind a trusted proxy that does not say which scheme it was asked in, either passes.
  const tls = (req.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  const scheme = config.trustProxy > 0 ? first(req.headers['x-forwarded-proto']) : tls ? 'https' : 'http';
  return !scheme || page.protocol === `${scheme}:`;
}
