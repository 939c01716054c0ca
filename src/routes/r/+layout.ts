import { loadMessages } from '$lib/i18n/index.svelte.js';

// An agreement's public pages show the agreement messages, a chunk neither a meeting's
// phone nor the console downloads: loaded here, before the first render, so no raw keys flash.
export const load = () => loadMessages('agreement');
