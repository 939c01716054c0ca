import type { Message } from './format.js';
import { meetingSv } from './catalogue/meeting.sv.js';
import { moderationSv } from './catalogue/moderation.sv.js';
import { setupSv } from './catalogue/setup.sv.js';
import { screenSv } from './catalogue/screen.sv.js';
import { publishStaffSv } from './catalogue/publish-staff.sv.js';
import { a11yStatementSv } from './catalogue/a11y-statement.sv.js';
import { reportSv } from './catalogue/report.sv.js';
import { exportsSv } from './catalogue/exports.sv.js';
import { privacyStaffSv } from './catalogue/privacy-staff.sv.js';
import { seriesSv } from './catalogue/series.sv.js';
import { agreementFileSv } from './catalogue/agreement-file.sv.js';
import { agreementStaffSv } from './catalogue/agreement-staff.sv.js';

/**
 * The Swedish messages of the staff pages (console, projector, report, series): a chunk
 * of its own that those routes load before they render (`loadStaffMessages`), so that a
 * phone never downloads them. `en-staff.ts` must have exactly these keys. A new staff
 * area is one import and one spread here (and in en-staff.ts).
 */
export const svStaff = {
  's.pageTitle': 'Storbild – {code}',
  's.scan': 'Skanna QR-koden eller gå till',
  's.enterCode': 'och skriv koden',
  's.qrAlt': 'QR-kod som leder till {url}',
  's.joined': { one: '{count} deltagare har gått med', other: '{count} deltagare har gått med' },
  's.posts': { one: '{count} inlägg', other: '{count} inlägg' },
  's.votesCast': { one: '{count} röst lagd', other: '{count} röster lagda' },
  's.empty': 'Inga inlägg än',
  's.strip': 'Gå med på {url} med koden {code}',
  's.fullscreen': 'Helskärm',
  's.exitFullscreen': 'Lämna helskärm',
  's.thanks': 'Tack för idag!',
  's.waiting': 'Mötet börjar snart',
  'f.pageTitle': 'Styrpanel – {title}',
  'f.missingKey.heading': 'Nyckel saknas',
  'f.missingKey.body':
    'Styrpanelen kräver mötets hemliga nyckel. Öppna länken du fick när mötet skapades – den slutar med #key= följt av nyckeln.',
  'f.badKey.heading': 'Fel nyckel',
  'f.badKey.body': 'Nyckeln i länken gäller inte för det här mötet. Kontrollera att du har hela länken.',
  'f.notFound.heading': 'Mötet finns inte',
  'f.notFound.body': 'Det finns inget möte med den här adressen. Det kan ha tagits bort.',
  'f.keyNote': 'Spara adressen till den här sidan: den innehåller nyckeln som styr mötet. Dela den inte med deltagarna.',
  'f.share.heading': 'Bjud in',
  'f.code': 'Kod',
  'f.link': 'Länk för deltagare',
  'f.copy': 'Kopiera länken',
  'f.copied': 'Länken är kopierad.',
  'f.copyFailed': 'Kunde inte kopiera. Markera länken och kopiera den själv.',
  'f.openScreen': 'Öppna storbilden i en ny flik',
  'f.qrAlt': 'QR-kod till deltagarlänken {url}',
  'f.localhost':
    'Deltagarlänken pekar på {host}, som telefonerna i rummet inte kan nå. Starta servern med PUBLIC_URL satt till en adress som telefonerna når, till exempel http://192.168.1.20:3000.',
  'f.stats.heading': 'Just nu',
  'f.stats.joined': 'Deltagare',
  'f.stats.posts': 'Aktiva inlägg',
  'f.phase.heading': 'Styr mötet',
  'f.phase.hint': 'Välj vad deltagarna ska göra nu. Det som pågår är markerat.',
  'f.phase.current': 'pågår',
  'f.posts.heading': 'Inlägg',
  'f.posts.round': 'Visa inlägg från',
  'f.posts.none': 'Inga inlägg än.',
  'f.posts.hidden': 'Dold',
  'f.posts.anonymous': 'Anonym',
  'f.posts.count': { one: '{count} inlägg', other: '{count} inlägg' },
  'f.hide': 'Dölj',
  'f.hideLabel': 'Dölj: {text}',
  'f.unhide': 'Visa igen',
  'f.unhideLabel': 'Visa igen: {text}',
  ...meetingSv,
  ...moderationSv,
  ...setupSv,
  ...screenSv,
  ...publishStaffSv,
  ...a11yStatementSv,
  ...reportSv,
  ...exportsSv,
  ...privacyStaffSv,
  ...seriesSv,
  ...agreementFileSv,
  ...agreementStaffSv,
} as const satisfies Record<string, Message>;

export type StaffKey = keyof typeof svStaff;
