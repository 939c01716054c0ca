import { fileURLToPath } from 'node:url';
import base from '../playwright.config.js';

/** Runs scripts/meeting-12.spec.ts (screenshots of a twelve-phone meeting) with the e2e settings, from the project's root. */
const root = fileURLToPath(new URL('..', import.meta.url));
export default { ...base, testDir: '.', testMatch: 'meeting-12.spec.ts', webServer: { ...base.webServer, cwd: root } };
