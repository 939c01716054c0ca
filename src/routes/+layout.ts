import { i18n } from '$lib/i18n/index.svelte.js';

// The pages are a client-rendered app around a live socket; there is nothing useful to
// render on the server, and client-only rendering keeps the language choice (stored in
// the browser) from flashing Swedish first.
export const ssr = false;
export const prerender = false;

// A visitor who chose English or Arabic gets that catalogue before the first paint (one
// small chunk), instead of a flash of Swedish left-to-right that then flips.
export const load = async () => {
  await i18n.ready;
};
