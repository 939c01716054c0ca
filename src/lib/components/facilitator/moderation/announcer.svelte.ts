import type { CommandFailure } from '$lib/client/connection.svelte.js';
import type { QueuedCommand } from '$lib/client/commands.js';

interface Waiting {
  commandId: string;
  event: QueuedCommand['event'];
  sentAt: number;
  message: string;
}

/**
 * One short sentence per moderation act, read out politely once the server has accepted
 * it (not when it is merely queued, and not at all when refused: the error notice speaks
 * then). Votes and new posts are never announced: that would never stop talking.
 */
export class Announcer {
  message = $state('');
  /** Bumped on every announcement so the same sentence twice is read twice. */
  serial = $state(0);
  #waiting: Waiting[] = [];

  track(command: QueuedCommand, message: string): void {
    this.#waiting.push({ commandId: command.payload.commandId, event: command.event, sentAt: command.queuedAt, message });
  }

  /** Call whenever the queue or the last failure changes. */
  settle(queue: readonly QueuedCommand[], failure: CommandFailure | null): void {
    if (this.#waiting.length === 0) return;
    const queued = new Set(queue.map((c) => c.payload.commandId));
    const done = this.#waiting.filter((w) => !queued.has(w.commandId));
    if (done.length === 0) return;
    this.#waiting = this.#waiting.filter((w) => queued.has(w.commandId));
    // The connection keeps only the last failure, without its commandId: a failure of the
    // same kind since the command was queued is taken to be this one.
    const accepted = done.filter((w) => !(failure && failure.event === w.event && failure.at >= w.sentAt));
    const last = accepted.at(-1);
    if (last) this.say(last.message);
  }

  say(message: string): void {
    this.message = message;
    this.serial++;
  }
}
