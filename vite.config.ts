import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { samradDevServer } from './server/dev/vite-plugin.js';

export default defineConfig({
  // samradDevServer only applies to `vite dev`: the built app is served by server/index.ts.
  plugins: [sveltekit(), samradDevServer()],
  // Same-origin only, as in production (Vite's dev default would answer other local origins).
  server: { cors: false },
  test: {
    include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    // The servers the tests start log nothing unless asked (LOG_LEVEL=info npx vitest …):
    // their lines would be mixed into the test report.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
    testTimeout: 30_000,
    hookTimeout: 60_000
  }
});
