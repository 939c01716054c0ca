/**
 * localStorage, tolerant of browsers that refuse it (private mode, full quota, disabled
 * cookies): the app keeps working in memory, it just forgets on reload.
 */
function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readText(key: string): string | null {
  try {
    return store()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeText(key: string, value: string | null): void {
  try {
    if (value === null) store()?.removeItem(key);
    else store()?.setItem(key, value);
  } catch {
    // Quota or privacy mode: memory still holds the value for this visit.
  }
}

export function readJson<T>(key: string, isValid: (value: unknown) => value is T): T | null {
  const text = readText(key);
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isValid(value) ? value : null;
  } catch {
    return null;
  }
}

export const writeJson = (key: string, value: unknown) => writeText(key, JSON.stringify(value));

/** Every key the app uses, in one place, so nothing collides. */
export const keys = {
  language: 'samrad:lang',
  participantToken: (code: string) => `samrad:token:${code}`,
  /** A reader of an agreement's public page: one random token per agreement, so two agreements cannot link their readers. */
  readerToken: (code: string) => `samrad:reader:${code}`,
  facilitatorKey: (workshopId: string) => `samrad:key:${workshopId}`,
  /** Ids of templates saved from this browser: the key to those not shared with everyone. */
  savedTemplates: 'samrad:templates',
  queue: (role: string, id: string) => `samrad:queue:${role}:${id}`
};
