import { getContext, setContext } from 'svelte';

/**
 * How the live participant page, deep inside, asks the entry page (ParticipantEntry) to
 * show the published outcome instead. Absent outside the entry page: nothing is offered.
 */
const KEY = Symbol('show-published-outcome');

export const provideOutcomeSwitch = (show: () => void): void => void setContext(KEY, show);

export const outcomeSwitch = (): (() => void) | undefined => getContext<(() => void) | undefined>(KEY);
