import type { ErrorCode } from '../domain/types.js';

/** Failures that happen in the browser before the server could answer. */
export type ClientErrorCode = 'network' | 'http_error' | 'timeout';
/**
 * Every code a meeting's server answer or the browser itself can give. The agreement process'
 * own codes are explained in its pages' lazy packs (`agr.refused.*`, `agreement.error.*`), so a
 * phone joining a meeting does not download them.
 */
export type AnyErrorCode = ErrorCode | ClientErrorCode;

/**
 * A human sentence for every error code the server can send (`Record` over the union:
 * a new code in the domain is a type error here until both languages explain it).
 */
export const svErrors: Record<AnyErrorCode, string> = {
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
  unknown_sector: 'Sektorn finns inte i listan.',
  unknown_agenda_item: 'Punkten finns inte på dagordningen.',
  unknown_question: 'Frågan finns inte i utvärderingen.',
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
  merge_invalid: 'Välj minst två inlägg från samma samtal (och samma princip i samtal 1) för att slå ihop.',
  topic_in_use: 'Principen har inlägg. Bekräfta att du vill ta bort den – inläggen döljs.',
  round_in_use: 'Samtalet har inlägg. Bekräfta att du vill ta bort det – inläggen döljs.',
  invalid_setup: 'Upplägget är inte giltigt. Kontrollera att alla namn är ifyllda och att inget id förekommer två gånger.',
  no_timer: 'Det finns ingen nedräkning att ändra.',
  joins_closed: 'Mötet tar inte emot nya deltagare längre. Fråga mötesledaren om du vill vara med.',
  evaluation_closed: 'Utvärderingen är inte öppen just nu.',
  already_exists: 'Det finns redan.',
  rate_limited: 'Lite för snabbt – vänta ett ögonblick.',
  unavailable: 'Servern är upptagen just nu. Vi försöker igen.',
  internal: 'Något gick fel på servern. Försök igen om en stund.',
  network: 'Ingen kontakt med servern. Kontrollera anslutningen och försök igen.',
  http_error: 'Servern svarade med ett fel. Försök igen om en stund.',
  timeout: 'Servern svarade inte i tid. Försök igen.'
};

export function isErrorCode(value: unknown): value is AnyErrorCode {
  return typeof value === 'string' && Object.hasOwn(svErrors, value);
}
