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
 * 2 — erasable storage (December 2026): a join or profile change naming a sector the setup
 *     does not list keeps no sector instead of being refused, and an association is listed
 *     under the spelling most of its participants gave now instead of the first one ever
 *     given. Both so that what a workshop becomes never depends on fields that erasure makes
 *     unreadable in the log (docs/architecture.md, "Erasure").
 */
export const RULES_VERSION = 2;

/** A log written under rules newer than this code knows: it must not be replayed under older ones. */
export class NewerRulesError extends Error {
  constructor(readonly rules: number) {
    super(`The log was written under rules version ${rules}; this code applies versions up to ${RULES_VERSION}`);
    this.name = 'NewerRulesError';
  }
}
