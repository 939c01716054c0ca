/**
 * The posts ticked for a merge, in the order they were ticked, and which one is kept.
 * The first ticked is kept unless the facilitator picks another: the order the server
 * needs (kept post first) is `ordered`.
 */
export class MergeSelection {
  ids = $state<string[]>([]);
  #keep = $state<string | null>(null);
  /** The post ticked last, so the list can offer a way back to the merge controls from there. */
  last = $state<string | null>(null);

  has(id: string): boolean {
    return this.ids.includes(id);
  }

  set(id: string, on: boolean): void {
    if (on && !this.has(id)) {
      this.ids = [...this.ids, id];
      this.last = id;
    } else if (!on) {
      this.ids = this.ids.filter((x) => x !== id);
      if (this.last === id) this.last = null;
    }
  }

  /** Drops ids that can no longer be merged (merged, hidden from the list, gone). */
  keepOnly(valid: ReadonlySet<string>): void {
    if (this.ids.every((id) => valid.has(id))) return;
    this.ids = this.ids.filter((id) => valid.has(id));
    if (this.last && !valid.has(this.last)) this.last = null;
  }

  get kept(): string | null {
    return this.#keep && this.ids.includes(this.#keep) ? this.#keep : (this.ids[0] ?? null);
  }

  set kept(id: string | null) {
    this.#keep = id;
  }

  /** Kept post first, then the others in the order they were ticked. */
  get ordered(): string[] {
    const kept = this.kept;
    return kept ? [kept, ...this.ids.filter((id) => id !== kept)] : [];
  }

  clear(): void {
    this.ids = [];
    this.#keep = null;
    this.last = null;
  }
}
