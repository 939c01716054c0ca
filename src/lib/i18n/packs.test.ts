import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { svAgreement } from './sv-agreement.js';
import { svStaff } from './sv-staff.js';
import { svWorkshop } from './sv-workshop.js';
import { sv } from './sv.js';

/**
 * The messages are split so that a phone's first download stays small: `sv.ts` (every
 * page), `sv-workshop.ts` (a phone's views once joined) and `sv-staff.ts` (console,
 * projector, report, series, info pages), the packs loaded before their views render.
 * A view that uses a key from a pack its page has not loaded shows the raw key, which the
 * type checker cannot see: this reads the sources and checks every key a file names.
 */
type Bundle = 'common' | 'workshop' | 'staff' | 'agreement';
const bundles: Record<Bundle, ReadonlySet<string>> = {
  common: new Set(Object.keys(sv)),
  workshop: new Set(Object.keys(svWorkshop)),
  staff: new Set(Object.keys(svStaff)),
  agreement: new Set(Object.keys(svAgreement))
};
const allKeys = [...bundles.common, ...bundles.workshop, ...bundles.staff, ...bundles.agreement];

const root = join(import.meta.dirname, '../../..');
// The participant page before joining (and the published outcome it may show instead):
// only the common messages are there.
const joinCard = ['JoinCard', 'ProfileFields', 'UnknownCode', 'ParticipantEntry', 'ParticipantView', 'PublishedPage'].map(
  (name) => `src/lib/components/participant/${name}.svelte`
);
const commonOnly = [...joinCard, 'src/lib/components/common/', 'src/lib/components/home/', 'src/lib/components/outcome/', 'src/routes/+'];
const workshopViews = ['src/lib/components/participant/'];
const phoneRoute = 'src/routes/w/[code]/+';
// An agreement's public pages (/r/…) load the agreement pack, never the staff one.
const agreementViews = ['src/lib/components/agreement/', 'src/routes/r/'];

/** The bundles a file's views can rely on. */
function allowed(path: string, source: string): Bundle[] {
  const own: Bundle[] = [];
  // A view may load a pack itself before it shows those texts (the home page's saved templates).
  if (/loadStaffMessages\(|loadMessages\('staff'\)/.test(source)) own.push('staff');
  if (/loadMessages\('workshop'\)/.test(source)) own.push('workshop');
  if (commonOnly.some((prefix) => path.startsWith(prefix)) || path.startsWith(phoneRoute)) return ['common', ...own];
  if (workshopViews.some((prefix) => path.startsWith(prefix))) return ['common', 'workshop', ...own];
  if (agreementViews.some((prefix) => path.startsWith(prefix))) return ['common', 'agreement', ...own];
  return ['common', 'staff', ...own];
}

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return /\.(svelte|ts)$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

/** Keys a source names: whole string literals that are keys, and `prefix.${…}` templates. */
function namedKeys(source: string): string[] {
  const named = new Set<string>();
  for (const match of source.matchAll(/(['"`])([a-zA-Z0-9.]+)\1/g)) if (allKeys.includes(match[2]!)) named.add(match[2]!);
  for (const match of source.matchAll(/t\(\s*`([a-zA-Z0-9.]+)\$\{/g)) {
    const prefix = match[1]!;
    for (const key of allKeys) if (key.startsWith(prefix)) named.add(key);
  }
  return [...named];
}

describe('message packs', () => {
  const files = [...sources('src/lib/components'), ...sources('src/routes')];

  it('finds the views', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const path of joinCard) expect(files).toContain(path);
  });

  it.each(files.map((path) => [relative(root, join(root, path))]))('%s names only keys its page has loaded', (path) => {
    const source = readFileSync(join(root, path), 'utf8');
    const ok = allowed(path, source);
    const missing = namedKeys(source).filter((key) => !ok.some((bundle) => bundles[bundle].has(key)));
    expect(missing, `${path} may use ${ok.join(' + ')}`).toEqual([]);
  });

  it('keeps each key in one bundle', () => {
    const seen = new Map<string, Bundle>();
    for (const [bundle, keys] of Object.entries(bundles) as [Bundle, ReadonlySet<string>][])
      for (const key of keys) {
        expect(seen.get(key), `${key} in ${bundle}`).toBeUndefined();
        seen.set(key, bundle);
      }
  });
});
