import { describe, expect, it } from 'vitest';
import { REPORTS_PER_ADDRESS, type AccessibilityReportStore } from '../../server/feedback/report-store.js';
import type { AccessibilityReport } from '../../src/lib/protocol/accessibility-report.js';

/**
 * The behaviour every AccessibilityReportStore must have, run against each implementation.
 * `open` called again with the same storage must see what the first one stored (a restart).
 */
export interface ReportStoreHarness {
  newStorage(): Promise<string>;
  open(storage: string): Promise<AccessibilityReportStore>;
}

export const report = (id: string, receivedAt: number, extra: Partial<AccessibilityReport> = {}): AccessibilityReport => ({
  id,
  receivedAt,
  kind: 'problem',
  what: `Knappen ${id} går inte att nå med tangentbordet – åäö ✓`,
  where: '/w/ABC123',
  name: null,
  contact: null,
  language: 'sv',
  ...extra
});

export function reportStoreContractSuite(name: string, harness: ReportStoreHarness): void {
  describe(`AccessibilityReportStore contract: ${name}`, () => {
    it('starts empty', async () => {
      const store = await harness.open(await harness.newStorage());
      expect(await store.list()).toEqual([]);
      await store.close();
    });

    it('gives back what it stored, whole, the last stored first, and keeps it over a restart', async () => {
      const storage = await harness.newStorage();
      const store = await harness.open(storage);
      const withContact = report('b', 2, { kind: 'alternative', name: 'Anna', contact: 'anna@example.se', language: 'en', where: null });
      await store.add(report('a', 1));
      await store.add(withContact);
      await store.add(report('c', 3));
      expect(await store.list()).toEqual([report('c', 3), withContact, report('a', 1)]);
      expect(await store.list(2)).toEqual([report('c', 3), withContact]);
      expect(await store.list(0)).toEqual([]);
      await store.close();
      const again = await harness.open(storage);
      expect((await again.list()).map((r) => r.id)).toEqual(['c', 'b', 'a']);
      await again.close();
    });

    it('removes the reports picked (retention, the operator) and keeps the rest, across a restart', async () => {
      const storage = await harness.newStorage();
      const store = await harness.open(storage);
      for (const [id, at] of [['old1', 1], ['new', 10], ['old2', 2]] as const) await store.add(report(id, at, { contact: `${id}@example.se` }));
      expect(await store.remove((r) => r.receivedAt < 5)).toBe(2);
      expect(await store.remove((r) => r.receivedAt < 5)).toBe(0);
      await store.close();
      const again = await harness.open(storage);
      expect((await again.list()).map((r) => r.id)).toEqual(['new']);
      await again.close();
    });

    it('keeps every one of many reports stored at once', async () => {
      const store = await harness.open(await harness.newStorage());
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.add(report(`r${i}`, 100 + i))));
      const listed = await store.list();
      expect(listed.map((r) => r.id).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `r${i}`).sort());
      await store.close();
    });

    it('admits a limited number of reports per address, each address on its own', async () => {
      const store = await harness.open(await harness.newStorage());
      const admitted: boolean[] = [];
      for (let i = 0; i <= REPORTS_PER_ADDRESS.points; i++) admitted.push(await store.admit('198.51.100.1'));
      expect(admitted.filter(Boolean)).toHaveLength(REPORTS_PER_ADDRESS.points);
      expect(admitted.at(-1)).toBe(false);
      expect(await store.admit('198.51.100.2')).toBe(true);
      await store.close();
    });
  });
}
