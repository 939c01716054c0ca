import type { WorkshopConnection } from '$lib/client/connection.svelte.js';
import type { WorkshopSetup } from '$lib/domain/types.js';
import type { AudienceSnapshot } from '$lib/domain/views.js';
import type { AnyErrorCode } from '$lib/i18n/index.svelte.js';
import { checkSetup, itemHasError, tidySetup, type FieldErrors } from './setup-check.js';
import { setupOf, type SetupDraft } from './setup-draft.svelte.js';
import { settleNewIds } from './setup-ids.js';
import { removalImpact, type Removal } from './removal-impact.js';

/**
 * Saving the draft: check it, send `setup:update`, and when the server answers that a
 * principle or round still has posts, hold the setup until the facilitator confirms.
 */
export class SetupSave {
  errors = $state<FieldErrors>({});
  /** After a refused save, the checks follow every edit, so a fixed field clears at once. */
  checking = $state(false);
  saving = $state(false);
  saved = $state(false);
  failure = $state<AnyErrorCode | null>(null);
  /** What a confirmed save would hide; null while nothing waits for confirmation. */
  removals = $state<Removal[] | null>(null);
  #awaiting: WorkshopSetup | null = null;
  readonly #conn: WorkshopConnection;
  readonly #draft: SetupDraft;
  readonly #snapshot: () => AudienceSnapshot;

  constructor(conn: WorkshopConnection, draft: SetupDraft, snapshot: () => AudienceSnapshot) {
    this.#conn = conn;
    this.#draft = draft;
    this.#snapshot = snapshot;
  }

  get errorCount(): number {
    return Object.keys(this.errors).length;
  }

  /** Re-checks after an edit, once a save has been tried. */
  recheck(): void {
    if (this.checking) this.errors = checkSetup(this.#draft.draft);
  }

  /** Checks and sends; false when the form has fields to fix (their cards are unfolded). */
  async submit(): Promise<boolean> {
    if (this.saving) return true;
    this.failure = null;
    this.errors = checkSetup($state.snapshot(this.#draft.draft));
    this.checking = true;
    if (this.errorCount) {
      const { topics, rounds } = this.#draft.draft;
      for (const topic of topics) if (itemHasError(this.errors, 'topic', topic.id)) this.#draft.open[topic.id] = true;
      for (const round of rounds) if (itemHasError(this.errors, 'round', round.id)) this.#draft.open[round.id] = true;
      return false;
    }
    const setup = tidySetup($state.snapshot(this.#draft.draft));
    settleNewIds(setup, [this.#draft.base, setupOf(this.#snapshot().info)]);
    await this.#send(setup, false);
    return true;
  }

  /** The facilitator's answer to the confirmation. */
  answer(confirmed: boolean): void {
    const setup = this.#awaiting;
    this.#awaiting = null;
    this.removals = null;
    if (confirmed && setup) void this.#send(setup, true);
  }

  async #send(setup: WorkshopSetup, confirmRemoval: boolean): Promise<void> {
    this.saving = true;
    const ack = await this.#conn.ask({ event: 'setup:update', payload: { setup, confirmRemoval } });
    this.saving = false;
    if (ack.ok) {
      this.#draft.saved(setup);
      this.checking = false;
      this.errors = {};
      this.saved = true;
    } else if ((ack.error === 'topic_in_use' || ack.error === 'round_in_use') && !confirmRemoval) {
      const snapshot = this.#snapshot();
      const removals = removalImpact(setupOf(snapshot.info), setup, snapshot.posts);
      // The server also counts posts hidden by an earlier removal, which still name what was
      // removed then: when no post anyone sees would change, there is nothing to ask.
      if (removals.length === 0) return this.#send(setup, true);
      this.#awaiting = setup;
      this.removals = removals;
    } else {
      this.failure = ack.error;
    }
  }
}
