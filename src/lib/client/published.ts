import type { OutcomeView } from '../domain/outcome-view.js';
import type { PublishedOutcomeResponse } from '../protocol/published.js';

export type PublishedResult =
  | { kind: 'published'; outcome: OutcomeView }
  /** Not published, withdrawn, or no such workshop: the live participant page takes over. */
  | { kind: 'none' }
  /** The server could not be asked (offline, slow, refused): the live page too, it copes on its own. */
  | { kind: 'unavailable' };

const isOutcome = (value: unknown): value is PublishedOutcomeResponse => {
  const outcome = (value as Partial<PublishedOutcomeResponse> | null)?.outcome;
  return !!outcome && typeof outcome.title?.sv === 'string' && Array.isArray(outcome.rounds) && Array.isArray(outcome.updates);
};

/**
 * Asks whether a workshop's outcome is published (GET /api/codes/:code/outcome). Gives up
 * after `timeoutMs`: a phone on a slow venue network must not wait for it to join.
 */
export async function loadPublishedOutcome(code: string, timeoutMs = 4000): Promise<PublishedResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(`/api/codes/${encodeURIComponent(code)}/outcome`, { headers: { accept: 'application/json' }, signal: controller.signal, cache: 'no-store' });
    if (response.status === 404) return { kind: 'none' };
    const body: unknown = response.ok ? await response.json() : null;
    return isOutcome(body) ? { kind: 'published', outcome: body.outcome } : { kind: 'unavailable' };
  } catch {
    return { kind: 'unavailable' };
  } finally {
    clearTimeout(timer);
  }
}
