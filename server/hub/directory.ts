/**
 * Join code → workshop id. In the embedded mode it lives in memory (rebuilt from the logs
 * at start); with Redis it is shared by every process.
 */
export interface WorkshopDirectory {
  /** Claims a code for a workshop; false when the code is already taken. */
  claim(code: string, workshopId: string): Promise<boolean>;
  lookup(code: string): Promise<string | undefined>;
  /** Frees a deleted workshop's code (only if it still names that workshop). */
  remove(code: string, workshopId: string): Promise<void>;
  close(): Promise<void>;
}

export class MemoryDirectory implements WorkshopDirectory {
  readonly #codes = new Map<string, string>();

  async claim(code: string, workshopId: string): Promise<boolean> {
    if (this.#codes.has(code)) return this.#codes.get(code) === workshopId;
    this.#codes.set(code, workshopId);
    return true;
  }

  async lookup(code: string): Promise<string | undefined> {
    return this.#codes.get(code);
  }

  async remove(code: string, workshopId: string): Promise<void> {
    if (this.#codes.get(code) === workshopId) this.#codes.delete(code);
  }

  async close(): Promise<void> {}
}
