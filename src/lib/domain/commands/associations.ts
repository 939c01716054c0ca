import type { Changes } from '../changes.js';
import type { AssociationCount, WorkshopState } from '../types.js';

/** The key two spellings of one association share: case, spacing and punctuation aside. */
export const associationKey = (name: string) =>
  name
    .toLocaleLowerCase('sv')
    .replace(/[\s.,;:'"()\-–]+/g, ' ')
    .trim();

/**
 * The spelling an association is listed under. From rules 2 on: the one most participants
 * gave now, ties to the one that sorts first (by code unit). It depends only on who is in
 * the workshop now, never on who came first: after an erasure the list holds no spelling
 * that only the erased participant gave, and a replay of a log whose erased fields can no
 * longer be read (docs/architecture.md, "Erasure") lists the same spelling as the live
 * workshop did. Rules 1 kept the first spelling ever given.
 */
function listedSpelling(known: AssociationCount): string {
  let best = '';
  let most = 0;
  for (const [spelling, count] of known.spellings) {
    if (count > most || (count === most && spelling < best)) (best = spelling), (most = count);
  }
  return best;
}

/** One more (or one fewer) participant gave this association, in this spelling. */
export function countAssociation(state: WorkshopState, name: string, delta: 1 | -1, changes: Changes): void {
  const key = associationKey(name);
  if (!key) return;
  const spelling = name.trim();
  let known = state.associations.get(key);
  if (delta === 1) {
    if (!known) state.associations.set(key, (known = { name: spelling, count: 0, spellings: new Map() })), (changes.associations = true);
    known.count++;
    known.spellings.set(spelling, (known.spellings.get(spelling) ?? 0) + 1);
  } else {
    if (!known) return;
    const left = (known.spellings.get(spelling) ?? 1) - 1;
    if (left > 0) known.spellings.set(spelling, left);
    else known.spellings.delete(spelling);
    if (--known.count === 0) return void (state.associations.delete(key), (changes.associations = true));
  }
  if (state.rules < 2) return;
  const listed = listedSpelling(known);
  if (listed !== known.name) (known.name = listed), (changes.associations = true);
}
