/**
 * The version of the rules: what `execute` and the commands it calls make of a log entry.
 * A workshop records the version it was created under (in its `workshop:create` entry; logs
 * from before versions were recorded are version 1) and is replayed under those rules for
 * the rest of its life, so a rule change never silently changes an old workshop after a
 * restart, nor makes its export files fail their digest.
 *
 * Changing a rule (docs/architecture.md, "Changing a rule"): when the change would give a
 * different state or outcome for entries an existing log may hold, bump this number and
 * keep the old behaviour for `state.rules` below the new version. A change that only
 * widens what is accepted (a new optional field, a new command) needs no bump.
 *
 * History:
 * 1 — the rules as first recorded (December 2026).
 */
export const RULES_VERSION = 1;

/** A log written under rules newer than this code knows: it must not be replayed under older ones. */
export class NewerRulesError extends Error {
  constructor(readonly rules: number) {
    super(`The log was written under rules version ${rules}; this code applies versions up to ${RULES_VERSION}`);
    this.name = 'NewerRulesError';
  }
}
