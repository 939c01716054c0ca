import type { Message } from './format.js';
import type { StaffKey } from './sv-staff.js';
import type { WorkshopKey } from './sv-workshop.js';
import type { AgreementKey } from './sv-agreement.js';
import { privacySv } from './catalogue/privacy.sv.js';
import { publishSv } from './catalogue/publish.sv.js';
import { a11ySv } from './catalogue/a11y.sv.js';
import { exportsHomeSv } from './catalogue/exports-home.sv.js';
import { seriesHomeSv } from './catalogue/series-home.sv.js';
import { participantJoinSv } from './catalogue/participant-join.sv.js';

/**
 * The Swedish messages every page loads: the layout, the home page and a phone's join
 * card (the first download after scanning the QR code, kept small). Swedish is the
 * product's first language; `en.ts` and `ar.ts` must have exactly these keys (the type
 * checker enforces it). Placeholders: `{name}`; plural messages pick their form from `{count}`.
 *
 * Everything else comes in packs, a chunk per language loaded before the views that
 * show it render (`loadMessages` in index.svelte.ts): `sv-workshop.ts`, a phone's views
 * once it has joined; `sv-staff.ts`, the console, projector, report, series and info
 * pages. A new area is one spread in the bundle of the pages that show it.
 */
export const sv = {
  'app.name': 'Samråd',
  'content.untranslated': 'inte översatt',
  'app.tagline': 'Dialogmöten mellan kommun och föreningsliv',
  'layout.skip': 'Hoppa till innehållet',
  'layout.home': 'Samråd – till startsidan',
  'layout.footer': 'Samråd är fri programvara för dialogmöten. Inga konton, inga spårare – allt stannar på mötets egen server.',
  'lang.label': 'Språk',

  'conn.connecting': 'Ansluter…',
  'conn.connected': 'Ansluten',
  'conn.reconnecting': 'Återansluter…',
  'conn.offline': 'Offline',
  'conn.unsent': {
    one: '{count} ändring är inte skickad än – den skickas när du är ansluten igen.',
    other: '{count} ändringar är inte skickade än – de skickas när du är ansluten igen.'
  },
  'conn.sending': { one: 'Skickar {count} ändring…', other: 'Skickar {count} ändringar…' },
  'error.page.heading': 'Sidan finns inte',
  'error.page.body': 'Adressen leder inte till någon sida i Samråd. Kontrollera länken eller gå till startsidan.',
  'error.page.other': 'Något gick fel när sidan skulle visas. Ladda om sidan eller gå till startsidan.',
  'error.page.home': 'Till startsidan',
  'error.dismiss': 'Stäng meddelandet',
  'error.refusedPost': 'Din text kom inte med. Här är den, så att du kan kopiera den:',

  'home.title': 'Välkommen till Samråd',
  'home.intro': 'Var med i ett dialogmöte från mobilen, eller skapa en workshop för ditt eget möte.',
  'home.join.heading': 'Gå med i ett möte',
  'home.join.label': 'Mötets kod',
  'home.join.hint': 'Sex tecken som visas på storbilden, till exempel K7M 4QX. En remiss har sju tecken.',
  'home.join.submit': 'Gå med',
  'home.join.empty': 'Skriv in koden som visas på storbilden.',
  'home.join.invalid': 'Koden ska vara sex tecken (sju för en remiss), bokstäver och siffror. Jämför med storbilden.',
  'home.create.heading': 'Skapa en workshop',
  'home.create.intro': 'För mötesledare. Du får en kod till deltagarna, en vy för projektorn och en styrpanel.',
  'home.create.template': 'Mall',
  'home.create.title': 'Titel (valfritt)',
  'home.create.titleHint': 'Visas för deltagarna. Lämna tomt för att använda mallens titel.',
  'home.create.submit': 'Skapa workshop',
  'home.create.busy': 'Skapar…',

  'round.short': 'Samtal {n}',
  'stage.collecting': 'Insamling',
  'stage.voting': 'Röstning',
  'stage.results': 'Resultat',
  'stage.closed': 'Avslutat',
  'phase.lobby': 'Lobby',

  'p.pageTitle': 'Delta – {code}',
  'join.heading': 'Gå med i mötet',
  'join.code': 'Kod {code}',
  'join.name': 'Ditt namn (valfritt)',
  'join.association': 'Förening (valfritt)',
  'join.submit': 'Gå med',
  'join.closed': 'Mötet tar inte emot nya deltagare längre. Har du redan gått med från den här telefonen kommer du tillbaka automatiskt.',
  'join.expired': 'Din tidigare anslutning känns inte igen längre. Gå med igen.',
  'unknown.heading': 'Okänd kod',
  'unknown.body': 'Det finns inget möte med koden {code}. Kontrollera koden på storbilden och försök igen.',
  'unknown.back': 'Ange en annan kod',

  'results.heading': 'Resultat',
  'results.votes': { one: '{count} röst', other: '{count} röster' },
  'results.rank': 'Plats {rank}',
  'results.none': 'Inga inlägg.',
  'results.waiting': 'Resultatet visas när mötesledaren visar det.',

  // The console's phase buttons' wording, also what a phone announces when the phase changes.
  'f.phase.button': '{round}: {stage}',
  'timer.label': 'Tid kvar',
  'timer.paused': 'Pausad',
  'timer.aria': 'Tid kvar: {time}',
  'timer.lastMinute': 'En minut kvar.',
  'timer.done': 'Tiden är ute.',
  'timer.closed': 'Stängt',
  ...privacySv,
  ...publishSv,
  ...a11ySv,
  ...exportsHomeSv,
  ...seriesHomeSv,
  ...participantJoinSv,
} as const satisfies Record<string, Message>;

/** The keys every page has. */
export type CommonKey = keyof typeof sv;

/** Every key, common or in a pack (workshop, staff, agreement): what `t()` accepts. */
export type MessageKey = CommonKey | WorkshopKey | StaffKey | AgreementKey;
