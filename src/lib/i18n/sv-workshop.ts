import type { Message } from './format.js';
import { participantSv } from './catalogue/participant.sv.js';
import { phoneSv } from './catalogue/phone.sv.js';
import { privacyEraseSv } from './catalogue/privacy-erase.sv.js';

/**
 * The Swedish messages of a phone's views once it has joined (lobby, writing, voting,
 * its own posts, sign-up, evaluation): a chunk fetched with those views when joining
 * starts (`loadMessages('workshop')`), so the join card that a phone downloads after
 * scanning the QR code stays small. en-workshop.ts and ar-workshop.ts must have exactly
 * these keys. Texts the console or projector also show (results.*) are in sv.ts.
 */
export const svWorkshop = {
  'lobby.heading': 'Du är med!',
  'lobby.body': 'Vänta tills mötesledaren startar samtalet. Sidan uppdateras av sig själv.',
  'profile.anonymous': 'Du deltar anonymt.',
  'profile.as': 'Du deltar som {who}.',
  'profile.save': 'Spara',
  'compose.heading': 'Ny {noun}',
  'compose.pickOne': 'Vilken princip gäller det?',
  'compose.pickMany': 'Vilka principer hör det till? Välj en eller flera.',
  'compose.text': 'Din {noun}',
  'compose.counter': '{used} av {max} tecken',
  'compose.over': { one: '{count} tecken för mycket', other: '{count} tecken för mycket' },
  'compose.submit': 'Skicka',
  'compose.needTopic': 'Välj en princip först.',
  'compose.needTopics': 'Välj minst en princip.',
  'compose.needText': 'Skriv något först.',
  'compose.savedOffline': 'Sparat på telefonen – skickas när du är ansluten igen.',
  'collect.count': { one: '{count} inlägg hittills i samtalet', other: '{count} inlägg hittills i samtalet' },
  'collect.countMany': { one: 'Över {count} inlägg i samtalet – din telefon visar ett urval', other: 'Över {count} inlägg i samtalet – din telefon visar ett urval' },
  'browse.heading': 'Fler inlägg',
  'browse.intro': 'Samtalet har många inlägg, så din telefon visar ett urval. Sök eller bläddra bland alla.',
  'browse.search': 'Sök bland alla inlägg',
  'browse.find': 'Sök',
  'browse.more': 'Visa fler inlägg',
  'browse.showing': { one: '{shown} av {count} inlägg hämtade.', other: '{shown} av {count} inlägg hämtade.' },
  'browse.matches': { one: '{count} inlägg hittades.', other: '{count} inlägg hittades.' },
  'browse.listed': { one: '{count} av dem finns redan i listorna ovan.', other: '{count} av dem finns redan i listorna ovan.' },
  'browse.offline': 'Inte ansluten just nu – försök igen om en stund.',
  'mine.heading': 'Dina inlägg',
  'mine.none': 'Du har inte skrivit något än.',
  'mine.pending': 'Inte skickat än',
  'post.yours': 'Ditt inlägg',
  'post.topics': 'Principer',
  'post.withdraw': 'Dra tillbaka',
  'post.withdrawLabel': 'Dra tillbaka inlägg: {text}',
  'post.withdrawConfirm': 'Dra tillbaka inlägget? Röster på det försvinner.',
  'post.withdrawYes': 'Ja, dra tillbaka',
  'post.withdrawNo': 'Avbryt',
  'vote.heading': 'Rösta',
  'vote.intro.topic': { one: 'Du har {count} röst per princip.', other: 'Du har {count} röster per princip.' },
  'vote.intro.round': { one: 'Du har {count} röst i det här samtalet.', other: 'Du har {count} röster i det här samtalet.' },
  'vote.left': '{left} av {total} röster kvar',
  'vote.cast': 'Rösta',
  'vote.castLabel': 'Rösta på: {text}',
  'vote.retract': 'Ta tillbaka röst',
  'vote.retractLabel': 'Ta tillbaka röst: {text}',
  'vote.yours': 'Din röst',
  'vote.pending': 'skickas…',
  'vote.exhausted.topic': 'Dina röster för {topic} är slut. Ta tillbaka en röst för att rösta på något annat.',
  'vote.exhausted.round': 'Dina röster i det här samtalet är slut. Ta tillbaka en röst för att rösta på något annat.',
  'vote.none': 'Inga inlägg här.',
  'vote.jump': 'Hoppa till princip',
  'closed.heading': 'Samtalet är avslutat',
  'closed.body': 'Tack för dina bidrag!',
  ...participantSv,
  ...phoneSv,
  ...privacyEraseSv,
} as const satisfies Record<string, Message>;

export type WorkshopKey = keyof typeof svWorkshop;
