import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { protocolReference } from './reference.js';
import { CLIENT_EVENTS } from './schemas.js';

describe('the generated protocol reference', () => {
  it('is what the schemas give (run `npm run docs:protocol` after changing a payload)', () => {
    const file = readFileSync(new URL('../../../docs/protocol-schemas.md', import.meta.url), 'utf8');
    expect(file).toBe(protocolReference());
  });

  it('lists every client event, and protocol.md explains each of them', () => {
    const reference = protocolReference();
    const prose = readFileSync(new URL('../../../docs/protocol.md', import.meta.url), 'utf8');
    for (const event of CLIENT_EVENTS) {
      expect(reference).toContain(`### \`${event}\``);
      expect(prose, event).toContain(`\`${event}\``);
    }
  });
});
