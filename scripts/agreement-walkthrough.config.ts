import { fileURLToPath } from 'node:url';
import base from '../playwright.config.js';

/** Runs scripts/agreement-walkthrough.spec.ts (screenshots of the agreement process) with the e2e settings, from the project's root. */
const root = fileURLToPath(new URL('..', import.meta.url));
export default { ...base, testDir: '.', testMatch: 'agreement-walkthrough.spec.ts', webServer: { ...base.webServer, cwd: root } };
