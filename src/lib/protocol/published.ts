import type { OutcomeView } from '../domain/outcome-view.js';

/**
 * GET /api/codes/:code/outcome, no key: a published workshop's outcome, without personal
 * data (see outcomeView). Anything else (unknown or malformed code, not published, or
 * published and withdrawn) is one and the same 404 `{ error: 'not_published' }`; too many
 * unknown codes from one address are a 429 `{ error: 'rate_limited' }`, as on the sockets.
 */
export interface PublishedOutcomeResponse {
  outcome: OutcomeView;
}

export type PublishedOutcomeError = 'not_published' | 'rate_limited';
