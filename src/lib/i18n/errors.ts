import type { ErrorCode, Language } from '../domain/types.js';

/** Failures that happen in the browser before the server could answer. */
export type ClientErrorCode = 'network' | 'http_error' | 'timeout';
export type AnyErrorCode = ErrorCode | ClientErrorCode;

/**
 * A human sentence for every error code the server can send (`Record` over the union:
 * a new code in the domain is a type error here until both languages explain it).
 */
const sv: Record<AnyErrorCode, string> = {
  invalid_payload: 'Något i förfrågan var fel. Ladda om sidan och försök igen.',
  unknown_event: 'Servern förstod inte förfrågan. Ladda om sidan.',
  payload_too_large: 'Det du skickade var för stort.',
  workshop_not_found: 'Mötet finns inte. Kontrollera koden.',
  unauthorized: 'Du har inte behörighet. Kontrollera länken eller nyckeln.',
  forbidden: 'Det här får bara mötesledaren göra.',
  not_joined: 'Du är inte med i mötet just nu. Vi ansluter igen…',
  text_empty: 'Texten är tom. Skriv något först.',
  text_too_long: 'Texten är för lång.',
  unknown_round: 'Samtalet finns inte.',
  unknown_topic: 'Principen finns inte.',
  wrong_topic_count: 'Välj rätt antal principer.',
  round_not_open: 'Samtalet är inte öppet just nu.',
  posting_closed: 'Det går inte att skriva inlägg just nu – insamlingen är stängd.',
  voting_closed: 'Röstningen är stängd.',
  budget_exhausted: 'Du har inga röster kvar här. Ta tillbaka en röst först.',
  already_voted: 'Du har redan röstat på det här.',
  not_voted: 'Du hade inte röstat på det här.',
  post_not_found: 'Inlägget finns inte längre.',
  not_author: 'Du kan bara dra tillbaka dina egna inlägg.',
  post_not_active: 'Inlägget är dolt eller borttaget.',
  withdraw_closed: 'Det går inte längre att dra tillbaka inlägg i det här samtalet.',
  already_exists: 'Det finns redan.',
  rate_limited: 'Lite för snabbt – vänta ett ögonblick.',
  unavailable: 'Servern är upptagen just nu. Vi försöker igen.',
  internal: 'Något gick fel på servern. Försök igen om en stund.',
  network: 'Ingen kontakt med servern. Kontrollera anslutningen och försök igen.',
  http_error: 'Servern svarade med ett fel. Försök igen om en stund.',
  timeout: 'Servern svarade inte i tid. Försök igen.'
};

const en: Record<AnyErrorCode, string> = {
  invalid_payload: 'Something in the request was wrong. Reload the page and try again.',
  unknown_event: 'The server did not understand the request. Reload the page.',
  payload_too_large: 'What you sent was too large.',
  workshop_not_found: 'The meeting does not exist. Check the code.',
  unauthorized: 'You are not allowed to do this. Check the link or the key.',
  forbidden: 'Only the facilitator can do this.',
  not_joined: 'You are not in the meeting right now. Reconnecting…',
  text_empty: 'The text is empty. Write something first.',
  text_too_long: 'The text is too long.',
  unknown_round: 'The conversation does not exist.',
  unknown_topic: 'The principle does not exist.',
  wrong_topic_count: 'Choose the right number of principles.',
  round_not_open: 'The conversation is not open right now.',
  posting_closed: 'You cannot post right now – collecting has ended.',
  voting_closed: 'Voting is closed.',
  budget_exhausted: 'You have no votes left here. Take one back first.',
  already_voted: 'You have already voted for this.',
  not_voted: 'You had not voted for this.',
  post_not_found: 'The post no longer exists.',
  not_author: 'You can only withdraw your own posts.',
  post_not_active: 'The post is hidden or removed.',
  withdraw_closed: 'Posts in this conversation can no longer be withdrawn.',
  already_exists: 'It already exists.',
  rate_limited: 'A little too fast – wait a moment.',
  unavailable: 'The server is busy right now. Trying again.',
  internal: 'Something went wrong on the server. Try again in a moment.',
  network: 'No contact with the server. Check your connection and try again.',
  http_error: 'The server answered with an error. Try again in a moment.',
  timeout: 'The server did not answer in time. Try again.'
};

export const errorCatalogues: Record<Language, Record<AnyErrorCode, string>> = { sv, en };

export function isErrorCode(value: unknown): value is AnyErrorCode {
  return typeof value === 'string' && Object.hasOwn(sv, value);
}
