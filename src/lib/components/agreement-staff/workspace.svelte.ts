import { nanoid } from 'nanoid';
import { forgetAgreementKey, rememberAgreementKey } from '$lib/client/agreement-key.js';
import { loadAgreement, sendCommand, type AgreementErrorCode, type AgreementResult, type CommandAnswer } from '$lib/client/agreement-staff-api.js';
import type { StaffView } from '$lib/domain/agreement/views.js';
import type { StaffCommandRequest } from '$lib/protocol/agreement.js';

/**
 * The workspace's state: the key it opened with, the staff view as last fetched, and why it
 * cannot be shown. Every command is sent with its own id and the view is fetched again
 * after it, so what is on screen is what the log holds (the working group may be editing
 * too).
 */
export class AgreementWorkspaceState {
  readonly seriesId: string;
  readonly key: string | null;
  view = $state<StaffView | null>(null);
  problem = $state<'missingKey' | 'badKey' | 'notCreated' | null>(null);
  error = $state<AgreementErrorCode | null>(null);
  loading = $state(false);

  constructor(seriesId: string, key: string | null) {
    this.seriesId = seriesId;
    this.key = key;
    if (!key) this.problem = 'missingKey';
  }

  get organiser(): boolean {
    return this.view?.audience === 'organiser';
  }

  async load(): Promise<void> {
    if (!this.key) return;
    this.loading = true;
    const result = await loadAgreement(this.seriesId, this.key);
    this.loading = false;
    if (result.ok) {
      this.view = result.body;
      this.error = null;
      this.problem = null;
      rememberAgreementKey(this.seriesId, this.key);
    } else if (result.status === 401) {
      forgetAgreementKey(this.seriesId, this.key);
      this.problem = 'badKey';
    } else if (result.status === 404) this.problem = 'notCreated';
    else this.error = result.error;
  }

  /** Sends one command (one user action, one id) and fetches the view again when it was taken. */
  async run(command: StaffCommandRequest, commandId = nanoid()): Promise<AgreementResult<CommandAnswer>> {
    if (!this.key) return { ok: false, status: 401, error: 'unauthorized' };
    const result = await sendCommand(this.seriesId, this.key, command, commandId);
    if (result.ok || result.status === 409) await this.load();
    return result;
  }
}
