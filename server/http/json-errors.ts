import type { NextFunction, Request, Response } from 'express';
import { WorkshopFailedError } from '../hub/failed-workshops.js';
import { LogUnavailableError } from '../log/workshop-log.js';
import { logger } from '../logger.js';

interface HttpError {
  status?: number;
  type?: string;
}

/**
 * The last handler of every API router: malformed JSON, oversized bodies and anything
 * unexpected become a JSON error, never a stack. A workshop that cannot be served now (its
 * storage is unavailable, or its log cannot be applied) is 503 `unavailable`: try later,
 * nothing is lost. `notJson` is the code for a body that is not JSON (the import has its own).
 */
export function jsonErrors(notJson = 'invalid_payload') {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    if (error instanceof WorkshopFailedError || error instanceof LogUnavailableError) {
      res.set('Retry-After', '30').status(503).json({ error: 'unavailable' });
      return;
    }
    const { status, type } = (error ?? {}) as HttpError;
    if (type === 'entity.too.large' || status === 413) return void res.status(413).json({ error: 'payload_too_large' });
    if (type === 'entity.parse.failed') return void res.status(400).json({ error: notJson });
    if (status && status >= 400 && status < 500) return void res.status(status).json({ error: 'invalid_payload' });
    logger.error('http_error', { error: String(error) });
    res.status(500).json({ error: 'internal' });
  };
}
