import { describe, expect, it } from 'vitest';
import { COMMAND_RULES, type CommandAck, type CommandRule, type CommandsOf, type RoleOf } from './command-registry.js';
import { FACILITATOR, SYSTEM, asParticipant, helsingborgWorkshop, join, run } from './test-helpers.js';
import type { Actor, Command, CommandType } from './types.js';

type Rules = { [K in CommandType]: CommandRule<K> };
const TYPES = Object.keys(COMMAND_RULES) as CommandType[];

describe('the command rules', () => {
  it('refuse every command from anyone but its role, before its apply reads a field', () => {
    const actors: Record<string, Actor> = { participant: asParticipant('anna'), stranger: asParticipant('okand'), facilitator: FACILITATOR, system: SYSTEM };
    for (const type of TYPES) {
      const role = COMMAND_RULES[type].role;
      for (const [name, actor] of Object.entries(actors)) {
        const sameRole = role === actor.role || (role === 'newcomer' && actor.role === 'participant');
        const expected = role === 'nobody' ? 'already_exists' : !sameRole ? 'forbidden' : role === 'participant' && name === 'stranger' ? 'not_joined' : undefined;
        if (!expected) continue;
        const w = helsingborgWorkshop();
        join(w, 'anna');
        // Only the type: a wrong sender is refused before its fields are looked at.
        expect(run(w, actor, { type } as Command).outcome, `${type} from ${name}`).toEqual({ ok: false, error: expected });
      }
    }
  });

  it('make a missing rule, a rule for no command, or a wrong acknowledgement a compile error', () => {
    const { 'vote:cast': _dropped, ...withoutVote } = COMMAND_RULES;
    // @ts-expect-error: a command type of the union without its rule.
    withoutVote satisfies Rules;
    // @ts-expect-error: a rule for a command the union does not have.
    ({ ...COMMAND_RULES, 'vote:double': { role: 'participant', apply: () => ({ ok: true }) } }) satisfies Rules;
    // @ts-expect-error: a role that is not one.
    ({ ...COMMAND_RULES, 'vote:cast': { role: 'anyone', apply: () => ({ ok: true }) } }) satisfies Rules;

    const created: CommandAck<'post:create'> = { postId: 'p1' };
    // @ts-expect-error: a new post is acknowledged with its id.
    const withoutId: CommandAck<'post:create'> = {};
    const role: RoleOf<'timer:expire'> = 'system';
    // @ts-expect-error: a facilitator never sends the timer's expiry.
    const expiring: CommandsOf<'facilitator'> = 'timer:expire';
    expect([created, withoutId, role, expiring]).toHaveLength(4);
  });
});
