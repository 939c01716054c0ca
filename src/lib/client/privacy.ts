/**
 * How many days this server keeps a workshop after its last change (RETENTION_DAYS), as
 * GET /api/privacy tells; asked once per page load. Null when the server cannot be asked:
 * the texts then speak of "a number of days" instead of guessing.
 */
let asked: Promise<number | null> | null = null;

export function loadRetentionDays(): Promise<number | null> {
  asked ??= fetch('/api/privacy', { headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((body: unknown) => {
      const days = (body as { retentionDays?: unknown } | null)?.retentionDays;
      return typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : null;
    })
    .catch(() => {
      asked = null; // a later page may try again
      return null;
    });
  return asked;
}
