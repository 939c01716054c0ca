/**
 * A fixed pseudo-random order: the same for every process and every screen, and not tied
 * to who wrote first or to the alphabet. Used where an order must not favour anyone: the
 * posts on the projector while people vote, and which equally frequent words a limit keeps.
 */

/** FNV-1a (32 bit) of a text: a cheap, well-spread number per text. */
export function lot(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Items in the order of their lot under `seed`. A new item takes its own place without
 * moving the others relative to each other, so a list being read does not reshuffle.
 */
export function lotOrder<T extends { id: string }>(items: Iterable<T>, seed: string): T[] {
  return [...items]
    .map((item) => ({ item, lot: lot(`${seed}:${item.id}`) }))
    .sort((a, b) => a.lot - b.lot || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0))
    .map(({ item }) => item);
}
