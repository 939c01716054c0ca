import { nanoid } from 'nanoid';
import { actorKeyOf, applyAgreementEntry, createAgreement, replayAgreement, trialCopy } from '../../src/lib/domain/agreement/rules.js';
import { templateSections } from '../../src/lib/domain/agreement/template.js';
import type { AgreementActor, AgreementCommand, AgreementCommandOf, AgreementEntry, AgreementResult, AgreementState } from '../../src/lib/domain/agreement/types.js';
import type { Localized } from '../../src/lib/domain/types.js';
import { KeyedQueue } from '../keyed-queue.js';
import { logger } from '../logger.js';
import { newAgreementCode } from '../secrets.js';
import type { AgreementLog } from './agreement-log.js';

/** What a command's sender is told: the rule's answer, and the seq it was applied at when it was. */
export type Answered = AgreementResult<Record<string, unknown>> & { seq?: number };

/**
 * The agreements this process serves, each kept as the state its log gives. Every command
 * goes through the log: it is tried on a copy of the state first (a command the rules
 * refuse is answered without being written), then appended, and answered with what the
 * rules made of it once this process has applied every entry up to it. Commands to one
 * agreement run one after another in this process; other processes' entries are read from
 * the log before each (Redis mode), so every process answers from the whole log.
 */
export class Agreements {
  readonly #log: AgreementLog;
  readonly #states = new Map<string, AgreementState>();
  readonly #queue = new KeyedQueue();
  readonly #now: () => number;

  constructor(log: AgreementLog, now: () => number = Date.now) {
    this.#log = log;
    this.#now = now;
  }

  #serially = <T>(code: string, work: () => Promise<T>): Promise<T> => this.#queue.run(code, work);

  /** The state with every durable entry applied; undefined when the agreement has no log. */
  async #current(code: string): Promise<AgreementState | undefined> {
    const state = this.#states.get(code);
    const last = await this.#log.lastSeq(code);
    if (last === 0) {
      this.#states.delete(code);
      return undefined;
    }
    if (state && state.seq >= last) return state;
    if (!state) {
      const fresh = replayAgreement(code, await this.#log.read(code));
      this.#states.set(code, fresh);
      return fresh;
    }
    for (const entry of await this.#log.read(code, state.seq)) applyAgreementEntry(state, entry);
    return state;
  }

  /** The agreement as it stands, read through the queue so it never shows half a command. */
  get(code: string): Promise<AgreementState | undefined> {
    return this.#serially(code, () => this.#current(code));
  }

  /** Makes a series' agreement from the template, under a new code; resolves with the code. */
  async create(seriesId: string, title: Localized): Promise<string> {
    for (;;) {
      const code = newAgreementCode();
      // Codes are drawn from 6 billion: one already taken is drawn again.
      if ((await this.#log.lastSeq(code)) > 0) continue;
      const command: AgreementCommandOf<'agreement:create'> = { type: 'agreement:create', seriesId, code, title, sections: templateSections() };
      const entry = await this.#log.append(code, { at: this.#now(), actor: { role: 'system' }, commandId: `create-${nanoid(10)}`, command });
      this.#states.set(code, createAgreement(code, entry as AgreementEntry & { command: typeof command }));
      logger.info('agreement_created', { seriesId, code });
      return code;
    }
  }

  /**
   * Runs one command and answers it once durable and applied. `afterApply` runs in the
   * queue once the entry is applied and before the answer (the erasure's key goes there).
   */
  run(code: string, actor: AgreementActor, commandId: string, command: AgreementCommand, afterApply?: (state: AgreementState, answered: Answered) => Promise<void>): Promise<Answered | undefined> {
    return this.#serially(code, async () => {
      const state = await this.#current(code);
      if (!state) return undefined;
      // A re-send of a command already applied: its first answer, nothing written.
      const earlier = state.outcomes.get(actorKeyOf(actor))?.get(commandId);
      if (earlier) return earlier;
      const at = this.#now();
      const draft = { at, actor, commandId, command };
      const trial = applyAgreementEntry(trialCopy(state, actor), { ...draft, seq: state.seq + 1 });
      if (!trial.ok) return trial;
      const written = await this.#log.append(code, draft);
      let answered: Answered | undefined;
      // Apply whatever came before ours (other processes'), then ours: its answer is the rules' on the whole log.
      // When nothing came between (always, with the file log and one process), ours as written: the file
      // log reads back by parsing the whole file, which made every command cost the size of the log.
      const entries = written.seq === state.seq + 1 ? [written] : await this.#log.read(code, state.seq);
      for (const entry of entries) {
        const outcome = applyAgreementEntry(state, entry);
        // A re-send already applied from another process is answered with the first's outcome and seq.
        if (entry.seq === written.seq) answered = { ...(outcome.ok ? { seq: entry.seq } : {}), ...(outcome as AgreementResult<Record<string, unknown>>) };
      }
      answered ??= { ok: false, error: 'invalid_payload' };
      if (afterApply) await afterApply(state, answered);
      return answered;
    });
  }

  /** Erases a sender: the command on the log, then their key, durable before the answer. */
  erase(code: string, actor: AgreementActor, commandId: string, authorId: string): Promise<Answered | undefined> {
    const command: AgreementCommand = actor.role === 'organiser' ? { type: 'author:erase', authorId } : { type: 'author:erase' };
    return this.run(code, actor, commandId, command, async (_state, answered) => {
      if (answered.ok) await this.#log.forget(code, authorId);
    });
  }

  lastActivity(code: string): Promise<number | undefined> {
    return this.#log.lastActivity(code);
  }

  async delete(code: string): Promise<void> {
    await this.#serially(code, async () => {
      this.#states.delete(code);
      await this.#log.delete(code);
      logger.info('agreement_deleted', { code });
    });
  }
}
