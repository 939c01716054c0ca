/** Swedish messages of the privacy area on staff pages: the console's safety panel and the privacy page (/integritet); merged into ../sv-staff.ts. */
export const privacyStaffSv = {
  'privacy.console.heading': 'Uppgifter och säkerhet',
  'privacy.console.deleteAt': 'Raderas automatiskt {date}',
  'privacy.console.deleteAtHint': {
    one: 'Det är {count} dag efter den senaste ändringen. Varje ändring i workshopen skjuter fram datumet.',
    other: 'Det är {count} dagar efter den senaste ändringen. Varje ändring i workshopen skjuter fram datumet.'
  },
  'privacy.console.pageLink': 'Så hanteras deltagarnas uppgifter (öppnas i en ny flik)',
  'privacy.close.heading': 'Nya deltagare',
  'privacy.close.open': 'Mötet tar emot nya deltagare.',
  'privacy.close.closed': 'Mötet tar inte emot nya deltagare. De som redan gått med kan komma tillbaka.',
  'privacy.close.label': 'Stäng för nya deltagare',
  'privacy.close.hint': 'Koden fungerar då bara för dem som redan har gått med, till exempel efter mötet eller om koden har spridits utanför rummet.',
  'privacy.rotate.heading': 'Nyckeln till styrpanelen',
  'privacy.rotate.info':
    'Byt nyckel om länken till styrpanelen kan ha hamnat hos fel person. Den gamla länken slutar då fungera direkt, och andra öppna styrpaneler loggas ut. Du får en ny länk här.',
  'privacy.rotate.button': 'Byt nyckel',
  'privacy.rotate.busy': 'Byter nyckel…',
  'privacy.rotate.question': 'Byta nyckel nu? Den gamla länken slutar fungera, och andra styrpaneler loggas ut.',
  'privacy.rotate.yes': 'Ja, byt nyckel',
  'privacy.rotate.done': 'Nyckeln är bytt. Spara den nya länken – den gamla fungerar inte längre.',
  'privacy.rotate.newLink': 'Ny länk till styrpanelen',
  'privacy.rotate.copy': 'Kopiera den nya länken',
  'privacy.rotate.copied': 'Den nya länken är kopierad.',
  'privacy.rotate.copyFailed': 'Kunde inte kopiera. Markera länken och kopiera den själv.',
  'privacy.delete.heading': 'Radera workshopen',
  'privacy.delete.info': 'Tar bort allt i workshopen på en gång, utan att vänta på den automatiska raderingen. Det går inte att ångra.',
  'privacy.delete.button': 'Radera workshopen nu',
  'privacy.delete.dialogHeading': 'Radera workshopen för alltid?',
  'privacy.delete.what':
    'Allt i workshopen raderas direkt från servern: inlägg, röster, profiler, anmälningar till arbetsgruppen med kontaktuppgifter och utvärderingssvar. Det går inte att ångra.',
  'privacy.delete.others': 'Deltagarnas telefoner, storbilden och andra öppna styrpaneler visar att workshopen är raderad.',
  'privacy.delete.typeCode': 'Skriv mötets kod, {code}, för att bekräfta',
  'privacy.delete.wrongCode': 'Koden stämmer inte. Skriv {code}.',
  'privacy.delete.yes': 'Radera för alltid',
  'privacy.delete.busy': 'Raderar…',
  'privacy.page.title': 'Integritet',
  'privacy.page.heading': 'Så hanteras dina uppgifter i Samråd',
  'privacy.page.intro': 'Samråd samlar så lite som möjligt. Du behöver inget konto och kan delta helt anonymt.',
  'privacy.page.stored.heading': 'Vad som sparas',
  'privacy.page.stored.posts': 'Dina inlägg – tolkningar och aktiviteter – och vilka principer de hör till.',
  'privacy.page.stored.votes': 'Dina röster.',
  'privacy.page.stored.profile': 'Om du vill: namn, förening, verksamhetsområde och bordsnummer. Allt är frivilligt.',
  'privacy.page.stored.signup':
    'Om du anmäler intresse för arbetsgruppen: namn och kontaktuppgift, bara med ditt samtycke. Du kan ta tillbaka anmälan när som helst.',
  'privacy.page.stored.evaluation': 'Dina svar på utvärderingen, med en kommentar om du skriver en.',
  'privacy.page.stored.device':
    'Inga konton, inga spårare och inga kakor (cookies). Webbläsaren sparar bara det enheten behöver (i localStorage): en slumpad nyckel som gör att du är samma deltagare om du laddar om sidan, det du har skickat men som inte har kommit fram än, och ditt språkval. Mötesledarens webbläsare sparar också nyckeln till styrpanelen.',
  'privacy.page.stored.address':
    'Din IP-adress finns bara i serverns minne i högst en minut, för att stoppa missbruk som att gissa koder. Den sparas inte i mötet och skrivs inte i serverns loggar.',
  'privacy.page.why.heading': 'Varför',
  'privacy.page.why.body':
    'Uppgifterna används bara för mötet: för att visa och rösta på inläggen, för att mötesledaren ska se vilka föreningar och verksamhetsområden som är med, för att kontakta dem som anmält intresse för arbetsgruppen och för att följa upp mötet med utvärderingen. Samråd använder dem inte till något annat och lämnar inte ut dem.',
  'privacy.page.howLong.heading': 'Hur länge',
  'privacy.page.howLong.days': {
    one: 'En workshop raderas automatiskt, med allt som finns i den, {count} dag efter sin senaste ändring.',
    other: 'En workshop raderas automatiskt, med allt som finns i den, {count} dagar efter sin senaste ändring.'
  },
  'privacy.page.howLong.default':
    'En workshop raderas automatiskt, med allt som finns i den, en viss tid efter sin senaste ändring: 180 dagar, om den som driver servern inte har valt något annat.',
  'privacy.page.howLong.early': 'Mötesledaren kan radera workshopen tidigare, direkt från styrpanelen. Då försvinner allt på en gång.',
  'privacy.page.who.heading': 'Vem ser vad',
  'privacy.page.who.col.who': 'Vem',
  'privacy.page.who.col.sees': 'Ser',
  'privacy.page.who.participants': 'Andra deltagare',
  'privacy.page.who.participantsSees':
    'Inläggen, utan namn, och resultatet när mötesledaren visar det. Föreningsnamn som har angetts föreslås när andra skriver sin förening, utan koppling till vem som angav dem. Inte vem som skrev eller röstade på vad, anmälningar eller utvärderingssvar.',
  'privacy.page.who.screen': 'Storbilden',
  'privacy.page.who.screenSees':
    'Inläggen, hur många som är med och från vilka verksamhetsområden, röster och resultat när mötesledaren visar dem, och en sammanställning av utvärderingen. Ditt namn bara om du har kryssat i att det får visas och mötesledaren har slagit på det.',
  'privacy.page.who.facilitators': 'Mötesledarna',
  'privacy.page.who.facilitatorsSees':
    'Det storbilden visar, och dessutom: namn, förening, verksamhetsområde och bord för den som skrev ett inlägg (om du angav dem), dolda inlägg och inlägg som väntar på godkännande, anmälningar till arbetsgruppen med kontaktuppgifter och utvärderingens kommentarer. Inte vem som röstade på vad.',
  'privacy.page.who.operator': 'Den som driver servern',
  'privacy.page.who.operatorSees': 'Allt som sparas på servern, tills workshopen raderas – utom det du har raderat: det går inte längre att läsa.',
  'privacy.page.rights.heading': 'Dina rättigheter',
  'privacy.page.rights.change': 'Du kan ändra din profil och ta tillbaka inlägg, röster och anmälan när som helst från telefonen.',
  'privacy.page.rights.erase':
    'Du kan radera dina uppgifter med ”Radera mina uppgifter” på mötets sida i telefonen. Då tas din profil, din anmälan, ditt utvärderingssvar och dina röster bort, och dina inlägg dras tillbaka. I mötets logg på servern sparas det du skrev och kallades låst med en egen nyckel; nyckeln förstörs innan telefonen säger att det är klart, så det går aldrig att läsa igen. Filer som mötesledaren laddade ner innan dess når raderingen inte.',
  'privacy.page.rights.contact':
    'Vill du veta vad som finns sparat om dig, få ut det eller få det raderat på annat sätt: kontakta den som bjöd in till mötet.',
  'privacy.page.operator.heading': 'Vem som ansvarar',
  'privacy.page.operator.body':
    'Samråd är fri programvara som körs på en server som mötets arrangör har valt, ofta kommunens egen. Arrangören ansvarar för uppgifterna och är den du vänder dig till. Samråd skickar inget vidare: sidorna hämtar ingenting från andra webbplatser.'
} as const;
