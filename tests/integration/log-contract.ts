import { describe, expect, it } from 'vitest';
import type { EntryDraft, LogEntry } from '../../src/lib/domain/types.js';
import type { WorkshopLog } from '../../server/log/workshop-log.js';

/**
 * The behaviour every WorkshopLog must have, run against each implementation.
 * `open` returns a log over a given storage; calling it again with the same storage
 * must see what the first one made durable (a restart).
 */
export interface LogHarness {
  /** A fresh, empty storage. */
  newStorage(): Promise<string>;
  open(storage: string): Promise<WorkshopLog>;
}

const draft = (n: number, commandId = `c${n}`): EntryDraft => ({
  at: 1_700_000_000_000 + n,
  actor: { role: 'participant', participantId: 'p1' },
  commandId,
  command: { type: 'post:create', roundId: 'samtal-1', topicIds: ['dialog'], text: `Text ${n} – åäö 🌱` }
});

function collect(log: WorkshopLog, workshopId: string, afterSeq = 0) {
  const seen: LogEntry[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const unsubscribe = log.subscribe(workshopId, afterSeq, (entry) => {
    seen.push(entry);
    for (const w of waiters.filter((w) => seen.length >= w.count)) w.resolve();
  });
  const until = (count: number) =>
    seen.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve }));
  return { seen, until, unsubscribe };
}

export function logContractSuite(name: string, harness: LogHarness): void {
  describe(`WorkshopLog contract: ${name}`, () => {
    it('assigns consecutive seqs in append order, per workshop', async () => {
      const log = await harness.open(await harness.newStorage());
      const a = await Promise.all([1, 2, 3, 4, 5].map((n) => log.append('wsA', draft(n))));
      const b = await log.append('wsB', draft(9));
      expect(a.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(b.seq).toBe(1);
      expect((await log.read('wsA')).map((e) => e.commandId)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
      expect(await log.list()).toEqual(['wsA', 'wsB']);
      await log.close();
    });

    it('keeps the entry exactly as appended, Unicode included', async () => {
      const log = await harness.open(await harness.newStorage());
      const appended = await log.append('ws', draft(1));
      const [read] = await log.read('ws');
      expect(read).toEqual(appended);
      expect(read?.command).toEqual(draft(1).command);
      await log.close();
    });

    it('reads only entries after a given seq', async () => {
      const log = await harness.open(await harness.newStorage());
      for (let n = 1; n <= 4; n++) await log.append('ws', draft(n));
      expect((await log.read('ws', 2)).map((e) => e.seq)).toEqual([3, 4]);
      expect(await log.read('unknown')).toEqual([]);
      await log.close();
    });

    it('tells the seq of the last durable entry, also to a log opened later', async () => {
      const storage = await harness.newStorage();
      const log = await harness.open(storage);
      expect(await log.lastSeq('ws')).toBe(0);
      await Promise.all([1, 2, 3].map((n) => log.append('ws', draft(n))));
      expect(await log.lastSeq('ws')).toBe(3);
      expect(await log.lastSeq('other')).toBe(0);
      const other = await harness.open(storage);
      expect(await other.lastSeq('ws')).toBe(3);
      await Promise.all([log.close(), other.close()]);
    });

    it('keeps every acknowledged entry after it is closed and opened again', async () => {
      const storage = await harness.newStorage();
      const first = await harness.open(storage);
      const acked = await Promise.all(Array.from({ length: 50 }, (_, i) => first.append('ws', draft(i + 1))));
      await first.close();
      const second = await harness.open(storage);
      expect(await second.read('ws')).toEqual(acked);
      const next = await second.append('ws', draft(51));
      expect(next.seq).toBe(51);
      await second.close();
    });

    it('delivers each entry to subscribers once, in order, including those already there', async () => {
      const log = await harness.open(await harness.newStorage());
      await log.append('ws', draft(1));
      await log.append('ws', draft(2));
      const late = collect(log, 'ws', 1);
      const all = collect(log, 'ws', 0);
      await Promise.all([3, 4, 5, 6].map((n) => log.append('ws', draft(n))));
      await Promise.all([late.until(5), all.until(6)]);
      expect(late.seen.map((e) => e.seq)).toEqual([2, 3, 4, 5, 6]);
      expect(all.seen.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
      all.unsubscribe();
      await log.append('ws', draft(7));
      await late.until(6);
      expect(all.seen).toHaveLength(6);
      late.unsubscribe();
      await log.close();
    });

    it('ends only the subscription whose listener throws: appends settle, others get every entry, the failure is told once', async () => {
      const storage = await harness.newStorage();
      const log = await harness.open(storage);
      const failures: Array<{ message: string; seq: number }> = [];
      const failed = new Promise<void>((resolve) => {
        log.subscribe(
          'ws',
          0,
          (entry) => {
            if (entry.seq === 2) throw new Error('cannot apply 2');
          },
          (error, entry) => {
            failures.push({ message: error.message, seq: entry.seq });
            resolve();
          }
        );
      });
      const healthy = collect(log, 'ws', 0);
      const other = collect(log, 'other', 0);
      // Every append resolves: the entries are durable whatever a listener does with them.
      const appended = await Promise.all([1, 2, 3, 4].map((n) => log.append('ws', draft(n))));
      expect(appended.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      await failed;
      await log.append('ws', draft(5));
      await log.append('other', draft(1));
      await Promise.all([healthy.until(5), other.until(1)]);
      expect(healthy.seen.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(failures).toEqual([{ message: 'cannot apply 2', seq: 2 }]);
      expect((await log.read('ws')).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      healthy.unsubscribe();
      other.unsubscribe();
      await log.close();
      // And after a restart the entries are all there to read.
      const reopened = await harness.open(storage);
      expect(await reopened.lastSeq('ws')).toBe(5);
      await reopened.close();
    });

    it('stores a re-sent command id as its own entry: idempotency is decided when applying', async () => {
      // The log orders and keeps; execute() returns the first outcome for a repeated id.
      const log = await harness.open(await harness.newStorage());
      const first = await log.append('ws', draft(1, 'same'));
      const again = await log.append('ws', draft(1, 'same'));
      expect([first.seq, again.seq]).toEqual([1, 2]);
      expect((await log.read('ws')).map((e) => e.commandId)).toEqual(['same', 'same']);
      await log.close();
    });

    it('refuses appends after close', async () => {
      const log = await harness.open(await harness.newStorage());
      await log.close();
      await expect(log.append('ws', draft(1))).rejects.toThrow();
    });
  });
}
