import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMAND_RULES } from '../domain/command-registry.js';
import type { CommandType } from '../domain/types.js';
import { COMMANDS, EDGE_COMMANDS, type CommandEntry, type SentCommand } from './commands.js';
import type { AckData } from './events.js';
import { CLIENT_EVENTS, FACILITATOR_EVENTS, SESSION_EVENTS } from './schemas.js';

type Registry = { [K in SentCommand]: CommandEntry<K> };

describe('the command registry', () => {
  it('has one entry for every command a client sends, and the log keeps every other one from the server', () => {
    const sent = Object.keys(COMMANDS);
    const serverMade = (Object.keys(COMMAND_RULES) as CommandType[]).filter((type) => !sent.includes(type));
    expect(serverMade.sort()).toEqual(['key:rotate', 'participant:join', 'timer:expire', 'workshop:create']);
    expect(CLIENT_EVENTS.filter((e) => !SESSION_EVENTS.has(e)).sort()).toEqual([...sent, ...Object.keys(EDGE_COMMANDS)].sort());
  });

  it('takes who may send a command from its domain rule', () => {
    for (const type of Object.keys(COMMANDS) as SentCommand[]) expect(FACILITATOR_EVENTS.has(type)).toBe(COMMAND_RULES[type].role === 'facilitator');
    expect(FACILITATOR_EVENTS.has('facilitator:rotate-key') && FACILITATOR_EVENTS.has('workshop:delete')).toBe(true);
  });

  it('gives a stored shape wherever the payload cleans or fills in (an import must check the log, never change it)', () => {
    for (const [type, entry] of Object.entries(COMMANDS) as [SentCommand, CommandEntry<SentCommand>][]) {
      if (!entry.stored) expect(changesValues(z.strictObject(entry.payload)), type).toBe(false);
      else expect(changesValues(z.strictObject(entry.stored)), type).toBe(false);
    }
    expect(changesValues(z.strictObject(COMMANDS['post:edit'].payload))).toBe(true);
    expect(changesValues(z.strictObject(COMMANDS['participant:update'].payload))).toBe(true);
  });

  it('makes a missing or mismatched piece a compile error', () => {
    const { 'vote:cast': _dropped, ...withoutVote } = COMMANDS;
    // @ts-expect-error: a command the domain says a participant may send, without its entry.
    withoutVote satisfies Registry;
    // @ts-expect-error: a field the domain command does not have.
    ({ ...COMMANDS, 'vote:cast': { payload: { postId: z.string(), weight: z.number() } } }) satisfies Registry;
    // @ts-expect-error: a field of the wrong type.
    ({ ...COMMANDS, 'vote:cast': { payload: { postId: z.number() } } }) satisfies Registry;
    // @ts-expect-error: a field the domain command needs, missing.
    ({ ...COMMANDS, 'post:hide': { payload: { postId: z.string() } } }) satisfies Registry;
    // @ts-expect-error: an entry for no command of the domain.
    ({ ...COMMANDS, 'vote:double': { payload: {} } }) satisfies Registry;

    // Acknowledgements come from what the domain's apply answers.
    const created: AckData['post:create'] = { postId: 'p1' };
    // @ts-expect-error: a post's acknowledgement carries its id.
    const missingId: AckData['post:create'] = {};
    // @ts-expect-error: an event that does not exist has no acknowledgement.
    type Unknown = AckData['post:like'];
    expect([created, missingId, null as unknown as Unknown]).toHaveLength(3);
  });
});

/** Whether a schema can give back something other than what it was given: a transform, a pipe's output, a default. */
function changesValues(schema: z.core.$ZodType, seen = new Set<unknown>()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if (['transform', 'pipe', 'default', 'prefault'].includes(def.type as string)) return true;
  const inner = (value: unknown): boolean =>
    value instanceof z.core.$ZodType ? changesValues(value, seen) : Array.isArray(value) ? value.some(inner) : typeof value === 'object' && value !== null && !('_zod' in value) ? Object.values(value).some(inner) : false;
  return Object.entries(def).some(([key, value]) => key !== 'checks' && inner(value));
}
