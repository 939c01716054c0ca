import { loadStaffMessages } from '$lib/i18n/index.svelte.js';

// The projector shows the staff messages, a chunk the phones on /w/CODE never download:
// loaded here, before the first render, so no raw keys flash.
export const load = () => loadStaffMessages();
