import type { EvaluationQuestion, Round, Sector, Topic, WorkshopSetup } from '$lib/domain/types.js';
import type { WorkshopInfo } from '$lib/domain/views.js';
import { counterId, type ItemList } from './setup-ids.js';

/** The setup part of what the console receives, as a plain copy. */
export function setupOf(info: WorkshopInfo): WorkshopSetup {
  // Only these fields are read, so an effect calling this does not rerun on timer or phase changes.
  const { title, language, topics, rounds, agenda, sectors, evaluation, settings } = info;
  return $state.snapshot({ title, language, topics, rounds, agenda, sectors, evaluation, settings });
}

const same = (a: WorkshopSetup, b: WorkshopSetup) => JSON.stringify(a) === JSON.stringify(b);

const blankItem = {
  topics: (id: string): Topic => ({ id, name: { sv: '', en: '', ar: '' }, description: { sv: '', en: '', ar: '' } }),
  rounds: (id: string): Round => ({
    id,
    title: { sv: '', en: '', ar: '' },
    prompt: { sv: '', en: '', ar: '' },
    postNoun: { sv: 'inlägg', en: 'post', ar: 'مداخلة' },
    topicsPerPost: 'one',
    budget: { votes: 3, per: 'round' },
    maxVotesPerPost: 1,
    liveTallies: false
  }),
  sectors: (id: string): Sector => ({ id, name: { sv: '', en: '', ar: '' } }),
  evaluation: (id: string): EvaluationQuestion => ({ id, text: { sv: '', en: '', ar: '' } })
};

/**
 * The facilitator's edit of the setup. It follows the server's setup while untouched; once
 * edited it keeps the edit, and says so if the setup also changed elsewhere (another
 * console), instead of overwriting either silently.
 */
export class SetupDraft {
  /** The server's setup the edit started from. */
  base = $state.raw<WorkshopSetup>() as WorkshopSetup;
  draft = $state<WorkshopSetup>() as WorkshopSetup;
  /** The server's setup changed while this edit was open. */
  changedElsewhere = $state(false);
  /** Which principle and round cards are unfolded, by id. */
  open = $state<Record<string, boolean>>({});
  #latest: WorkshopSetup;

  constructor(server: WorkshopSetup) {
    this.#latest = server;
    this.reset(server);
  }

  get dirty(): boolean {
    return !same(this.base, $state.snapshot(this.draft));
  }

  /** Starts over from `setup` (the server's latest unless given). */
  reset(setup: WorkshopSetup = this.#latest): void {
    this.base = structuredClone(setup);
    this.draft = structuredClone(setup);
    this.changedElsewhere = false;
  }

  /** Called with every setup the server sends. */
  follow(server: WorkshopSetup): void {
    if (same(server, this.#latest)) return;
    this.#latest = server;
    if (!this.dirty) this.reset(server);
    else if (!same(server, this.base)) this.changedElsewhere = true;
  }

  /** The server accepted `sent`: it is the new starting point (its echo will follow). */
  saved(sent: WorkshopSetup): void {
    this.reset(sent);
  }

  /** Adds an empty item at the end; returns its (placeholder) id. */
  add(list: ItemList): string {
    const id = counterId(list, [...this.base[list], ...this.draft[list]].map((item) => item.id));
    (this.draft[list] as { id: string }[]).push(blankItem[list](id));
    return id;
  }

  remove(list: ItemList, index: number): void {
    this.draft[list].splice(index, 1);
  }

  move(list: ItemList, index: number, by: -1 | 1): void {
    const items = this.draft[list] as { id: string }[];
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    const [item] = items.splice(index, 1);
    items.splice(to, 0, item!);
  }
}
