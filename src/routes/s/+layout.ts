import { loadStaffMessages } from '$lib/i18n/index.svelte.js';

// A series' page shows the staff messages (the series area is in that chunk, which a
// phone never downloads): loaded here, before the first render, so no raw keys flash.
export const load = () => loadStaffMessages();
