import { loadStaffMessages } from '$lib/i18n/index.svelte.js';

// The console and every page under it (report, series…) show the staff messages, a chunk
// a phone never downloads: loaded here, before the first render, so no raw keys flash.
export const load = () => loadStaffMessages();
