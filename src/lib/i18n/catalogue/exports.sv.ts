/** Swedish messages of the console's "Resultat och export" panel; merged into ../sv-staff.ts. */
export const exportsSv = {
  'exports.heading': 'Resultat och export',
  'exports.intro': 'Ladda ner mötets resultat för att arbeta vidare i kalkylark och dokument.',
  'exports.xlsx': 'Excel (.xlsx)',
  'exports.xlsxHint': 'Sammanfattning, ett blad per samtal, deltagande per förening och ett utkast till aktivitetsplan.',
  'exports.csv': 'CSV för svenskt Excel (semikolon)',
  'exports.csvHint': 'Ett inlägg per rad. Öppnas i rätt kolumner i Excel på svenska.',
  'exports.csvComma': 'CSV med kommatecken',
  'exports.csvCommaHint': 'Samma innehåll, för andra program och Excel på engelska.',
  'exports.md': 'Sammanfattning som text (.md)',
  'exports.mdHint': 'Siffrorna och de rangordnade listorna per princip, att klistra in i protokoll och rapporter.',
  'exports.json': 'Hela workshopen (.json)',
  'exports.jsonHint':
    'För arkivet, eller för att importera workshopen på startsidan i en annan Samråd. Med deltagarnas namn och föreningar, utan kontaktuppgifter och nycklar.',
  'exports.signups.heading': 'Intresseanmälningar till arbetsgruppen',
  'exports.signups.note':
    'Kontaktuppgifterna finns bara i den här filen – inte i någon av filerna ovan. Dela den bara med dem som ska kontakta arbetsgruppen, och radera den när den inte behövs längre.',
  'exports.signups.download': 'Anmälningar med kontaktuppgifter (.csv)',
  'exports.signups.count': { one: '{count} person har anmält sig.', other: '{count} personer har anmält sig.' },
  'exports.signups.none': 'Ingen har anmält sig än.',
  'exports.busy': 'Hämtar…',
  'exports.done': '{file} är nedladdad.',
  'exports.failed': 'Filen kunde inte hämtas. {reason}',
  'exports.outside':
    'En nedladdad fil ligger utanför serverns kontroll: gallring, deltagares radering och ”Radera workshopen” når den inte. Den som laddar ner ansvarar för var filen sparas och för att den raderas.',
  'exports.person.heading': 'Uppgifter om en deltagare',
  'exports.person.hint': 'Om någon ber att få veta vad mötet har sparat om dem: välj dem här och ladda ner samma fil som deras telefon ger dem. Anonyma deltagare kan bara ladda ner sina egna uppgifter från telefonen.',
  'exports.person.list': 'Visa deltagare med namn eller förening',
  'exports.person.none': 'Ingen deltagare har angett namn eller förening.',
  'exports.person.choose': 'Deltagare',
  'exports.person.noName': '(inget namn)',
  'exports.person.table': 'bord {table}',
  'exports.person.download': 'Ladda ner deltagarens uppgifter (JSON)',
  'exports.person.erase': 'Radera deltagarens uppgifter',
  'exports.person.eraseConfirm': 'Ja, radera – det går inte att ångra',
  'exports.person.erased': '{who} är raderad: profil, anmälan, utvärderingssvar och röster är borta och inläggen tillbakadragna.',
  'exports.noKey': 'Nyckeln saknas. Öppna styrpanelen med länken som slutar med #key= och försök igen.'
} as const;
