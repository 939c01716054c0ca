import { keys, readText, writeText } from './storage.js';

/**
 * The facilitator key travels in the URL fragment (never sent to the server, so never in
 * its logs) and is kept in localStorage, so a reload without the fragment still works.
 * When it came from storage, `restoreHash` puts it back in the address bar so the URL
 * stays the bookmarkable console link (the caller passes SvelteKit's replaceState, which
 * keeps the router's history in step).
 */
export function resolveFacilitatorKey(workshopId: string, hash: string, restoreHash: (hash: string) => void): string | null {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  if (fromHash) {
    rememberFacilitatorKey(workshopId, fromHash);
    return fromHash;
  }
  const stored = readText(keys.facilitatorKey(workshopId));
  if (stored) restoreHash(`#key=${encodeURIComponent(stored)}`);
  return stored;
}

export const rememberFacilitatorKey = (workshopId: string, key: string) => writeText(keys.facilitatorKey(workshopId), key);
export const forgetFacilitatorKey = (workshopId: string) => writeText(keys.facilitatorKey(workshopId), null);
