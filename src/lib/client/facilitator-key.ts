import { keys, readText, writeText } from './storage.js';

/**
 * The facilitator key travels in the URL fragment (never sent to the server, so never in
 * its logs) and is kept in localStorage, so a reload without the fragment still works.
 * A key from the fragment is kept only once the server has accepted it (the connection
 * calls `rememberFacilitatorKey`): an old link opened after a key change must not
 * overwrite the new key this browser holds.
 * When it came from storage, `restoreHash` puts it back in the address bar so the URL
 * stays the bookmarkable console link (the caller passes SvelteKit's replaceState, which
 * keeps the router's history in step).
 */
export function resolveFacilitatorKey(workshopId: string, hash: string, restoreHash: (hash: string) => void): string | null {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  if (fromHash) return fromHash;
  const stored = readText(keys.facilitatorKey(workshopId));
  if (stored) restoreHash(`#key=${encodeURIComponent(stored)}`);
  return stored;
}

export const rememberFacilitatorKey = (workshopId: string, key: string) => writeText(keys.facilitatorKey(workshopId), key);
/** Forgets the stored key; with `onlyIf`, only when that is the key stored (so a refused old key does not take a newer one with it). */
export function forgetFacilitatorKey(workshopId: string, onlyIf?: string): void {
  if (onlyIf === undefined || readText(keys.facilitatorKey(workshopId)) === onlyIf) writeText(keys.facilitatorKey(workshopId), null);
}

/** The console's address with this key, as the URL fragment carries it. */
export const consoleUrl = (workshopId: string, key: string, origin = location.origin) => `${origin}/f/${workshopId}#key=${encodeURIComponent(key)}`;
