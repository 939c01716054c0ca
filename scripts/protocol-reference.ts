import { writeFileSync } from 'node:fs';
import { protocolReference } from '../src/lib/protocol/reference.js';

/** Writes docs/protocol-schemas.md from the schemas the server validates with. */
writeFileSync(new URL('../docs/protocol-schemas.md', import.meta.url), protocolReference());
console.log('docs/protocol-schemas.md written');
