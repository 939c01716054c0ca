import express from 'express';

/** A storage that has not answered within this long counts as not answering. */
const STORAGE_TIMEOUT_MS = 2000;

export interface Readiness {
  /** From now on /readyz answers 503: the process is shutting down. */
  drain(): void;
  readonly draining: boolean;
  router: express.Router;
}

/**
 * GET /readyz: whether this process should get new clients — its storage answers and it is
 * not shutting down. /healthz (liveness) stays a constant answer; this one asks the storage.
 */
export function readiness(storageAnswers: () => Promise<unknown>): Readiness {
  let draining = false;
  const router = express.Router();
  router.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (draining) return void res.status(503).json({ ok: false, reason: 'shutting_down' });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), STORAGE_TIMEOUT_MS)));
    try {
      await Promise.race([storageAnswers(), timeout]);
      res.json({ ok: true });
    } catch {
      res.status(503).json({ ok: false, reason: 'storage_unavailable' });
    } finally {
      clearTimeout(timer);
    }
  });
  return {
    drain: () => void (draining = true),
    get draining() {
      return draining;
    },
    router
  };
}
