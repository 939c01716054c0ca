import { describe, expect, it } from 'vitest';
import { execute } from './execute.js';
import { FORGED_KINDS, forgedLog } from './test-forged-logs.js';
import { invariantViolations } from './test-factories.js';
import type { LogEntry, WorkshopState } from './types.js';
import { createWorkshopState, isCreateEntry } from './workshop.js';

/** A Map that counts every element handed out by iterating it: the work a scan does. */
class CountingMap<K, V> extends Map<K, V> {
  visited = 0;
  override *entries(): MapIterator<[K, V]> {
    for (const entry of super.entries()) (this.visited++, yield entry);
  }
  override *values(): MapIterator<V> {
    for (const value of super.values()) (this.visited++, yield value);
  }
  override *keys(): MapIterator<K> {
    for (const key of super.keys()) (this.visited++, yield key);
  }
  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

/** Replays a log with counting maps for the posts and the participants; returns how many elements all scans visited. */
function replayCounting(log: LogEntry[]): { state: WorkshopState; visited: number } {
  const [first, ...rest] = log;
  if (!first || !isCreateEntry(first)) throw new Error('no workshop:create');
  const state = createWorkshopState(first);
  const posts = (state.posts = new CountingMap());
  const participants = (state.participants = new CountingMap());
  for (const entry of rest) execute(state, entry);
  return { state, visited: posts.visited + participants.visited };
}

describe('replaying a forged log costs work linear in its length', () => {
  // Each kind is n posts and then one command per post that a scanning handler would answer
  // by visiting every post: n² visits. The handlers look up indexes instead.
  it.each(FORGED_KINDS)('%s: no command visits every post', (kind) => {
    const small = replayCounting(forgedLog(kind, 500));
    const large = replayCounting(forgedLog(kind, 4000));
    expect(invariantViolations(large.state)).toEqual([]);
    // Linear: eight times the log, at most eight times the visits (here: none at all).
    expect(large.visited).toBeLessThanOrEqual(8 * small.visited + 8);
    expect(large.visited).toBeLessThan(4000);
  });

  it('the indexes give what the scans gave: withdrawals, erasures and merges', () => {
    const withdrawn = replayCounting(forgedLog('withdrawals', 50)).state;
    expect([...withdrawn.posts.values()].every((p) => p.withdrawn)).toBe(true);

    const erased = replayCounting(forgedLog('erasures', 50)).state;
    expect(erased.participants.size).toBe(0);
    expect([...erased.posts.values()].every((p) => p.withdrawn && p.text === '' && p.authorId === '')).toBe(true);

    // Every odd post was merged into the one before; withdrawing those kept posts is refused.
    const merged = replayCounting(forgedLog('merges', 50)).state;
    const kept = [...merged.posts.values()].filter((p) => !p.mergedInto);
    expect(kept).toHaveLength(25);
    expect(kept.every((p) => !p.withdrawn)).toBe(true);
    expect(merged.mergedFrom.size).toBe(25);
  });
});
