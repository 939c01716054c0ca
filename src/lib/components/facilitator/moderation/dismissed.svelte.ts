/**
 * Suggestions the facilitator said are not duplicates. Kept for this browser session
 * only (sessionStorage): nobody else needs to know, and a new meeting starts afresh.
 * A group that gains a member has a new key, so it is suggested again.
 */
export class Dismissed {
  keys = $state<string[]>([]);
  readonly #storageKey: string;

  constructor(storageKey: string) {
    this.#storageKey = storageKey;
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '[]');
      if (Array.isArray(stored)) this.keys = stored.filter((k): k is string => typeof k === 'string');
    } catch {
      // No storage (privacy mode) or garbage in it: start with nothing dismissed.
    }
  }

  has(key: string): boolean {
    return this.keys.includes(key);
  }

  add(key: string): void {
    if (this.has(key)) return;
    this.keys = [...this.keys, key];
    try {
      sessionStorage.setItem(this.#storageKey, JSON.stringify(this.keys));
    } catch {
      // Memory still holds it for this visit.
    }
  }
}
