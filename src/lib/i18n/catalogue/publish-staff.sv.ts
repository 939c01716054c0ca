/**
 * Swedish messages for publishing the outcome from the console ("Återkoppling") and the
 * projector's updates view; merged in ../sv-staff.ts (staff pages only). What phones
 * show of the published outcome is in ./publish.sv.ts.
 */
export const publishStaffSv = {
  'publish.console.heading': 'Återkoppling till deltagarna',
  'publish.console.intro': 'Berätta för deltagarna vad som kom ut av mötet – och vad som har hänt sedan.',
  'publish.console.publishHeading': 'Publicera resultatet',
  'publish.console.state.published': 'Publicerat {date}',
  'publish.console.state.draft': 'Inte publicerat',
  'publish.console.what':
    'När resultatet är publicerat visar deltagarlänken och QR-koden det för alla som har länken: tolkningarna och aktiviteterna rangordnade efter röster, mötet i siffror, din avslutande sammanfattning och uppdateringarna nedan. Inga namn, föreningsnamn, kontaktuppgifter eller utvärderingssvar visas, och dolda eller sammanslagna inlägg räknas inte.',
  'publish.console.noSummary': 'Ingen avslutande sammanfattning är skriven än. Sidan visas utan den tills du skriver en under Rapport.',
  'publish.console.publish': 'Publicera resultatet',
  'publish.console.withdraw': 'Ta tillbaka publiceringen',
  'publish.console.busy': 'Skickar…',
  'publish.console.withdrawNote':
    'Tar du tillbaka publiceringen visar länken genast mötet igen i stället för resultatet. Du kan publicera igen när du vill.',
  'publish.console.open': 'Öppna den publicerade sidan (ny flik)',

  'publish.updates.consoleHeading': 'Vad har hänt sedan mötet?',
  'publish.updates.consoleHint':
    'Daterade uppdateringar visas nyast först på den publicerade sidan och på storbilden (”Vad har hänt sedan sist?”).',
  'publish.updates.date': 'Datum',
  'publish.updates.text': 'Vad har hänt?',
  'publish.updates.textHint': 'Till exempel: Kommunstyrelsen antog överenskommelsen.',
  'publish.updates.add': 'Lägg till uppdateringen',
  'publish.updates.needText': 'Skriv vad som har hänt.',
  'publish.updates.needDate': 'Välj ett datum.',
  'publish.updates.added': 'Uppdateringen är tillagd.',
  'publish.updates.removed': 'Uppdateringen är borttagen.',
  'publish.updates.none': 'Inga uppdateringar än.',
  'publish.updates.full': 'Det får finnas högst {count} uppdateringar. Ta bort en för att lägga till en ny.',
  'publish.updates.listHeading': { one: '{count} uppdatering', other: '{count} uppdateringar' },
  'publish.updates.remove': 'Ta bort',
  'publish.updates.removeLabel': 'Ta bort uppdateringen från {date}: {text}',
  'publish.updates.confirm': 'Ta bort uppdateringen från {date}?',
  'publish.updates.confirmYes': 'Ja, ta bort',
  'publish.updates.cancel': 'Avbryt',

  'publish.screen.label': 'Uppdateringar, nyast först',
  'publish.screen.empty': 'Inga uppdateringar än.'
} as const;
