import { readText, writeText } from './storage.js';
import { storedSeriesKey } from './series-key.js';

/**
 * The key the agreement workspace opens with: from `#key=` (an organiser's series link, or
 * a working-group invitation), else the one this browser kept for the workspace, else the
 * series key it holds. Kept apart from the series key: a working-group key must never
 * stand in for the series key on the series page.
 */
const storageKey = (seriesId: string) => `samrad:agreement-key:${seriesId}`;

export function resolveAgreementKey(seriesId: string, hash: string): { key: string | null; fromHash: boolean } {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  if (fromHash) return { key: fromHash, fromHash: true };
  return { key: readText(storageKey(seriesId)) ?? storedSeriesKey(seriesId), fromHash: false };
}

export const rememberAgreementKey = (seriesId: string, key: string) => writeText(storageKey(seriesId), key);

export function forgetAgreementKey(seriesId: string, refused: string): void {
  if (readText(storageKey(seriesId)) === refused) writeText(storageKey(seriesId), null);
}

export const agreementUrl = (seriesId: string, origin = location.origin) => `${origin}/s/${seriesId}/overenskommelse`;
