/**
 * A list Svelte's `$state` leaves as it is. `$state` wraps only plain arrays and objects in
 * its deep proxy, so an array of this class keeps its items unwrapped: reading 2,000 posts
 * then costs one dependency, not a signal per post and field (measured: a third of the
 * console's and the projector's first drawing with 2,000 posts). The list is replaced as a
 * whole whenever a post changes (see `applyDelta`), so nothing needs the finer signals.
 */
class RawList<T> extends Array<T> {
  // filter, map, slice… give plain arrays, which a component may keep in its own state.
  static get [Symbol.species]() {
    return Array;
  }
}

export function rawList<T>(items: readonly T[]): T[] {
  const list = new RawList<T>();
  for (const item of items) list.push(item);
  return list;
}
