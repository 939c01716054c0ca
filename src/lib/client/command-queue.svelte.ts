import { nanoid } from 'nanoid';
import { isQueuedCommand, type CommandInput, type QueuedCommand } from './commands.js';
import { readJson, writeJson, writeText } from './storage.js';

const isQueue = (value: unknown): value is QueuedCommand[] => Array.isArray(value) && value.every(isQueuedCommand);

/**
 * Commands not yet acknowledged, oldest first. Mirrored to localStorage so that a post
 * typed offline survives a reload and is still sent exactly once when the phone is back.
 * `$state.raw`: items are replaced, never mutated, and go to the socket as plain objects.
 */
export class CommandQueue {
  items = $state.raw<QueuedCommand[]>([]);
  readonly #storageKey: string | null;

  constructor(storageKey: string | null) {
    this.#storageKey = storageKey;
    if (storageKey) this.items = readJson(storageKey, isQueue) ?? [];
  }

  get head(): QueuedCommand | undefined {
    return this.items[0];
  }

  get size(): number {
    return this.items.length;
  }

  /** Queues a command with a fresh commandId and returns it. */
  add(input: CommandInput): QueuedCommand {
    const command = { event: input.event, payload: { ...input.payload, commandId: nanoid() }, queuedAt: Date.now() } as QueuedCommand;
    this.#set([...this.items, command]);
    return command;
  }

  remove(commandId: string): void {
    this.#set(this.items.filter((c) => c.payload.commandId !== commandId));
  }

  clear(): void {
    this.#set([]);
  }

  #set(items: QueuedCommand[]): void {
    this.items = items;
    if (!this.#storageKey) return;
    if (items.length) writeJson(this.#storageKey, items);
    else writeText(this.#storageKey, null);
  }
}
