import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, FACILITATOR_COMMANDS } from './event-names.js';
import { CLIENT_EVENTS, FACILITATOR_EVENTS, SESSION_EVENTS } from './schemas.js';

describe('event names', () => {
  it('name every client event that is not a session event as a command, once', () => {
    const commands = CLIENT_EVENTS.filter((event) => !SESSION_EVENTS.has(event));
    expect([...COMMAND_NAMES].sort()).toEqual(commands.sort());
    expect(new Set(COMMAND_NAMES).size).toBe(COMMAND_NAMES.length);
  });

  it('give the server the same facilitator commands the list names', () => {
    expect([...FACILITATOR_EVENTS].sort()).toEqual([...FACILITATOR_COMMANDS].sort());
  });
});
