import { describe, expect, it } from 'vitest';
import { BLANK_TEMPLATE, HELSINGBORG_TEMPLATE } from '../../src/lib/domain/template.js';
import type { SavedTemplate, TemplateStore } from '../../server/templates/template-store.js';

/**
 * The behaviour every TemplateStore must have, run against each implementation. `open`
 * called again with the same storage must see what the first one saved (a restart).
 */
export interface TemplateStoreHarness {
  newStorage(): Promise<string>;
  open(storage: string): Promise<TemplateStore>;
}

const template = (id: string, savedAt: number, setup = HELSINGBORG_TEMPLATE.setup): SavedTemplate => ({
  id,
  name: `Mall ${id} – åäö`,
  savedAt,
  shared: savedAt % 2 === 0,
  setup: structuredClone(setup)
});

export function templateStoreContractSuite(name: string, harness: TemplateStoreHarness): void {
  describe(`TemplateStore contract: ${name}`, () => {
    it('starts empty and knows no id', async () => {
      const store = await harness.open(await harness.newStorage());
      expect(await store.list()).toEqual([]);
      expect(await store.get('nothing-here')).toBeUndefined();
      expect(await store.get('../etc/passwd')).toBeUndefined();
      await store.close();
    });

    it('gives back what it saved, whole, and lists newest first', async () => {
      const store = await harness.open(await harness.newStorage());
      await store.save(template('a', 1));
      await store.save(template('b', 3, BLANK_TEMPLATE.setup));
      await store.save(template('c', 2));
      expect((await store.list()).map((t) => t.id)).toEqual(['b', 'c', 'a']);
      expect(await store.get('b')).toEqual(template('b', 3, BLANK_TEMPLATE.setup));
      await store.close();
    });

    it('deletes a template for good, across a restart', async () => {
      const storage = await harness.newStorage();
      const store = await harness.open(storage);
      await store.save(template('a', 1));
      await store.save(template('b', 2));
      await store.delete('a');
      await store.delete('never-was');
      await store.close();
      const again = await harness.open(storage);
      expect((await again.list()).map((t) => t.id)).toEqual(['b']);
      expect(await again.get('a')).toBeUndefined();
      await again.close();
    });

    it('replaces a template saved again under its id', async () => {
      const store = await harness.open(await harness.newStorage());
      await store.save(template('a', 1));
      await store.save({ ...template('a', 5), name: 'Nytt namn' });
      expect(await store.list()).toEqual([{ id: 'a', name: 'Nytt namn', savedAt: 5, shared: false }]);
      await store.close();
    });

    it('keeps templates across a restart', async () => {
      const storage = await harness.newStorage();
      const first = await harness.open(storage);
      await first.save(template('kept', 1));
      await first.close();
      const second = await harness.open(storage);
      expect((await second.get('kept'))?.setup).toEqual(HELSINGBORG_TEMPLATE.setup);
      await second.close();
    });

    it('refuses to save under an id that is not URL-safe', async () => {
      const store = await harness.open(await harness.newStorage());
      await expect(store.save(template('../x', 1))).rejects.toThrow();
      await store.close();
    });
  });
}
