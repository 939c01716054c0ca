/**
 * Swedish texts of the accessibility statement (/tillganglighet), its report form and the
 * operator's list of reports; merged into ../sv-staff.ts, which those pages load.
 */
export const a11yStatementSv = {
  // The statement, following the structure of Digg's model for a tillgänglighetsredogörelse.
  'a11y.page.title': 'Tillgänglighetsredogörelse',
  'a11y.page.heading': 'Tillgänglighets\u00ADredogörelse för Samråd',
  'a11y.page.operatorFallback': 'Den organisation som driver den här servern',
  'a11y.page.intro':
    '{operator} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur Samråd uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem till oss så att vi kan åtgärda dem.',
  'a11y.page.scope':
    'Redogörelsen gäller Samråd på {host}: sidan där deltagare går med och skriver från mobilen, storbilden för projektorn, mötesledarens styrpanel och de här sidorna.',

  'a11y.page.how.heading': 'Hur tillgänglig är webbplatsen?',
  'a11y.page.how.body':
    'Vi vet att delar av webbplatsen inte är helt tillgängliga. Bristerna står under ”Innehåll som inte är tillgängligt” längre ned. Det här fungerar:',
  'a11y.page.how.keyboard': 'Allt går att göra med bara tangentbordet, och det syns var du befinner dig.',
  'a11y.page.how.screenReader': 'Knappar och fält har namn för skärmläsare, och nya resultat, tidsvarningar och tappad anslutning läses upp.',
  'a11y.page.how.zoom': 'Sidorna går att förstora till 200 procent och fungerar på skärmar som är 320 pixlar breda.',
  'a11y.page.how.motion': 'Sidorna rör sig inte om du har valt minskad rörelse i telefonen eller datorn.',
  'a11y.page.how.language': 'Allt finns på svenska, engelska och arabiska, och du kan byta språk när som helst.',
  'a11y.page.how.paper':
    'Du kan alltid lämna dina synpunkter muntligt eller på papper till mötesledaren, som kan skriva in dem i Samråd så att de kommer med i röstningen.',

  'a11y.page.help.heading': 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
  'a11y.page.help.body':
    'Om du behöver innehåll från Samråd i ett annat format, till exempel ett mötes resultat som vanlig text, kan du kontakta oss. Du kan också använda formuläret nedan och välja ”Jag vill ha innehåll i ett annat format”.',
  'a11y.page.help.none': 'Fråga mötesledaren på plats, eller använd formuläret nedan.',
  'a11y.page.contact.email': 'E-post',
  'a11y.page.contact.phone': 'Telefon',

  'a11y.page.report.heading': 'Rapportera brister i webbplatsens tillgänglighet',
  'a11y.page.report.body':
    'Vi försöker hela tiden göra Samråd bättre. Om du hittar problem som inte står på den här sidan, eller om du tycker att vi inte uppfyller lagens krav, berätta det för oss så att vi vet att problemet finns.',

  'a11y.page.enforcement.heading': 'Tillsynsmyndighet',
  'a11y.page.enforcement.body':
    'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn av lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
  'a11y.page.enforcement.link': 'Anmäl bristande tillgänglighet till Digg',
  'a11y.page.enforcement.contact': 'Digg: e-post {email}, telefon {phone}, post {address}.',

  'a11y.page.technical.heading': 'Teknisk information om webbplatsens tillgänglighet',
  'a11y.page.technical.body':
    'Den här webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',

  'a11y.page.gaps.heading': 'Innehåll som inte är tillgängligt',
  'a11y.page.gaps.intro': 'Det här innehållet uppfyller inte lagens krav eller har inte testats tillräckligt:',
  'a11y.page.gaps.language':
    'Inläggen är inte märkta med det språk de är skrivna på. En skärmläsare läser därför ett engelskt eller arabiskt inlägg med sidans språk. Texten visas i rätt riktning. (WCAG 3.1.2)',
  'a11y.page.gaps.timer':
    'Mötesledaren kan sätta en tid för att skriva och rösta. Du kan inte själv förlänga tiden, eftersom alla i rummet gör samma sak samtidigt. Be mötesledaren om mer tid, eller lämna dina synpunkter på papper. (WCAG 2.2.1, undantaget för händelser i realtid)',
  'a11y.page.gaps.projector':
    'Storbilden är gjord för att läsas på avstånd i ett rum. Den uppdateras hela tiden och ska inte användas med skärmläsare: samma innehåll finns på deltagarsidan.',
  'a11y.page.gaps.console':
    'Mötesledarens styrpanel är gjord för en dator. Den fungerar med tangentbord och skärmläsare, men på en smal mobilskärm blir den lång och svår att överblicka.',
  'a11y.page.gaps.assistive':
    'Vi har testat med automatiska verktyg och med tangentbord, men ännu inte tillsammans med personer som använder skärmläsare, förstoring eller röststyrning varje dag.',

  'a11y.page.tested.heading': 'Hur vi testat webbplatsen',
  'a11y.page.tested.body':
    'Vi har gjort en självskattning (intern testning) mot WCAG 2.2 nivå AA, som innehåller kraven i WCAG 2.1 nivå AA som lagen hänvisar till (EN 301 549). Automatiska tester körs vid varje ändring av programmet: axe-granskning av alla sidor och lägen, ett flöde med bara tangentbord, skärmbredd 320 pixlar, 200 procents förstoring, storleken på knappar och länkar, minskad rörelse och kontrasten på storbilden.',
  'a11y.page.tested.assessed': 'Senaste bedömningen gjordes den {date}.',
  'a11y.page.tested.updated': 'Redogörelsen uppdaterades senast den {date}.',

  // The "report a problem" form.
  'a11y.form.heading': 'Skicka en rapport',
  'a11y.form.kind': 'Vad gäller det?',
  'a11y.form.kind.problem': 'Ett problem med tillgängligheten',
  'a11y.form.kind.alternative': 'Jag vill ha innehåll i ett annat format',
  'a11y.form.what': 'Vad hände?',
  'a11y.form.whatHint':
    'Berätta vad du försökte göra och vad som hände. Skriv gärna vilket hjälpmedel, vilken webbläsare och vilken telefon eller dator du använder.',
  'a11y.form.where': 'Sida eller adress (valfritt)',
  'a11y.form.whereHint': 'Till exempel ”storbilden” eller adressen till sidan.',
  'a11y.form.contact.legend': 'Vill du ha svar? (valfritt)',
  'a11y.form.name': 'Namn',
  'a11y.form.contact': 'E-post eller telefon',
  'a11y.form.consent': 'Jag samtycker till att {operator} sparar mina kontaktuppgifter för att kunna svara mig.',
  'a11y.form.consentGeneric': 'Jag samtycker till att den som driver servern sparar mina kontaktuppgifter för att kunna svara mig.',
  'a11y.form.consentInfo': 'Uppgifterna används bara för att svara på den här rapporten. Utan kontaktuppgifter är rapporten anonym.',
  'a11y.form.submit': 'Skicka rapporten',
  'a11y.form.sending': 'Skickar…',
  'a11y.form.needWhat': 'Skriv vad som hände.',
  'a11y.form.needConsent': 'Kryssa i rutan om samtycke, eller töm fälten för namn och kontakt.',
  'a11y.form.sent': 'Tack! Din rapport har kommit fram.',
  'a11y.form.sentContact': 'Vi svarar dig så snart vi kan.',
  'a11y.form.rateLimited': 'Många rapporter har skickats härifrån på kort tid. Försök igen om en stund, eller kontakta oss på annat sätt.',
  'a11y.form.failed': 'Rapporten kunde inte skickas. Kontrollera anslutningen och försök igen.',

  // The operator's list of reports.
  'a11y.reports.title': 'Tillgänglighetsrapporter',
  // A soft hyphen: the long word breaks at its seam on a narrow phone, not mid-syllable.
  'a11y.reports.heading': 'Tillgänglighets\u00ADrapporter',
  'a11y.reports.intro':
    'För den som driver servern. Ange operatörsnyckeln (OPERATOR_KEY i serverns inställningar) för att läsa de rapporter som skickats från tillgänglighetsredogörelsen.',
  'a11y.reports.key': 'Operatörsnyckel',
  'a11y.reports.show': 'Visa rapporter',
  'a11y.reports.loading': 'Hämtar…',
  'a11y.reports.needKey': 'Skriv nyckeln först.',
  'a11y.reports.wrongKey': 'Nyckeln stämmer inte. Kontrollera OPERATOR_KEY i serverns inställningar.',
  'a11y.reports.disabled':
    'Listan är avstängd på den här servern eftersom ingen operatörsnyckel är satt. Sätt OPERATOR_KEY (minst 16 tecken) i serverns miljö och starta om servern. Rapporterna sparas ändå.',
  'a11y.reports.failed': 'Rapporterna kunde inte hämtas. Försök igen.',
  'a11y.reports.count': { one: '{count} rapport', other: '{count} rapporter' },
  'a11y.reports.none': 'Inga rapporter än.',
  'a11y.reports.received': 'Mottagen {date}',
  'a11y.reports.where': 'Sida',
  'a11y.reports.from': 'Kontakt',
  'a11y.reports.anonymous': 'Anonym – inga kontaktuppgifter',
  'a11y.reports.language': 'Språk',
  'a11y.reports.back': 'Till tillgänglighetsredogörelsen'
} as const;
