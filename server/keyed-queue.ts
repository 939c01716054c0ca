/**
 * Runs work one after another per key (a series, an agreement) in this process, so two
 * requests at once cannot each read the same thing and one overwrite the other's change.
 * Work for different keys runs side by side; a failed piece of work does not stop the next.
 */
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const run = (this.#tails.get(key) ?? Promise.resolve()).then(work, work);
    const settled = run.catch(() => undefined);
    this.#tails.set(key, settled);
    void settled.then(() => this.#tails.get(key) === settled && this.#tails.delete(key));
    return run;
  }
}
