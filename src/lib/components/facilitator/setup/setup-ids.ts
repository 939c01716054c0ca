import type { WorkshopSetup } from '$lib/domain/types.js';

/** The lists of a setup whose items have ids, and the word their new ids fall back to. */
export const ID_PREFIX = { topics: 'topic', rounds: 'round', sectors: 'sector', evaluation: 'question' } as const;
export type ItemList = keyof typeof ID_PREFIX;

/** "Öppenhet och insyn" → "oppenhet-och-insyn": ASCII, URL-safe, at most 40 characters. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… : the first not yet taken (and then taken). */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A placeholder id for an item just added: `topic-3`, unique among `taken`. */
export function counterId(list: ItemList, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${ID_PREFIX[list]}-${n}`)) n++;
  return `${ID_PREFIX[list]}-${n}`;
}

const nameOf = (list: ItemList, item: WorkshopSetup[ItemList][number]): string =>
  'name' in item ? item.name.sv : 'text' in item ? item.text.sv : item.title.sv;

/**
 * Gives the items added in this edit their lasting ids, made from their names. Ids the
 * server already knew are never reused for a new item, not even ones removed in this
 * edit: a new "Dialog" must not inherit the posts of the "Dialog" just removed.
 * Returns old id → new id for the items that changed.
 */
export function settleNewIds(setup: WorkshopSetup, known: readonly WorkshopSetup[]): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const list of Object.keys(ID_PREFIX) as ItemList[]) {
    const before = new Set(known.flatMap((k) => k[list].map((item) => item.id)));
    const taken = new Set(before);
    for (const item of setup[list]) {
      if (before.has(item.id)) continue;
      const id = uniqueId(slug(nameOf(list, item)) || ID_PREFIX[list], taken);
      if (id !== item.id) renamed.set(item.id, id);
      item.id = id;
    }
  }
  return renamed;
}
