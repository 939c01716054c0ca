import { loadStaffMessages } from '$lib/i18n/index.svelte.js';

// The statement's texts travel in the staff chunk, so phones download them only here.
export const load = () => loadStaffMessages();
