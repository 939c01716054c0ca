import { loadStaffMessages } from '$lib/i18n/index.svelte.js';

// The privacy page's own texts travel in the staff chunk (with the console's), so a
// phone downloads them only when it opens this page: loaded before the first render.
export const load = () => loadStaffMessages();
