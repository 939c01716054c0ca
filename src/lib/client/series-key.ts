import { readText, writeText } from './storage.js';

/**
 * The series key, like a console's: in the URL fragment (never sent to the server) and
 * kept in localStorage once the server accepted it, so a reload or a bookmark without the
 * fragment still opens the page. Its own prefix beside the keys in storage.ts.
 */
const storageKey = (seriesId: string) => `samrad:series-key:${seriesId}`;

export function resolveSeriesKey(seriesId: string, hash: string): { key: string | null; fromHash: boolean } {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  if (fromHash) return { key: fromHash, fromHash: true };
  return { key: storedSeriesKey(seriesId), fromHash: false };
}

/** The key this browser holds for the series, if any. */
export const storedSeriesKey = (seriesId: string) => readText(storageKey(seriesId));

export const rememberSeriesKey = (seriesId: string, key: string) => writeText(storageKey(seriesId), key);

/** Forgets the stored key only if it is the one refused (a newer one stays). */
export function forgetSeriesKey(seriesId: string, refused: string): void {
  if (readText(storageKey(seriesId)) === refused) writeText(storageKey(seriesId), null);
}

/** The page's address with its key, as the organiser should save it. */
export const seriesUrl = (seriesId: string, key: string, origin = location.origin) => `${origin}/s/${seriesId}#key=${encodeURIComponent(key)}`;
