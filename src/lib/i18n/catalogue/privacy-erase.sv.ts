/** Swedish messages of the privacy area on a joined phone (deleting one's own data); merged into ../sv-workshop.ts. */
export const privacyEraseSv = {
  'privacy.access.hint': 'Allt mötet har sparat om dig – profil, inlägg, röster, anmälan och utvärdering – som en fil.',
  'privacy.access.download': 'Ladda ner mina uppgifter',
  'privacy.erase.summary': 'Radera mina uppgifter',
  'privacy.erase.deleted': 'Det här raderas direkt:',
  'privacy.erase.item.profile': 'din profil: namn, förening, verksamhetsområde och bord',
  'privacy.erase.item.signup': 'din anmälan till arbetsgruppen med kontaktuppgift',
  'privacy.erase.item.evaluation': 'ditt svar på utvärderingen',
  'privacy.erase.item.votes': 'dina röster',
  'privacy.erase.item.posts': 'dina inlägg – de dras tillbaka och texten tas bort (ett inlägg som andra har slagits ihop med blir kvar, utan koppling till dig)',
  'privacy.erase.kept': 'Det här raderas inte direkt:',
  'privacy.erase.keptLog': {
    one: 'Mötets logg på servern behåller dina röster och betyg, utan namn, tills hela workshopen raderas – senast {count} dag efter mötets senaste ändring. Det du skrev och kallades går inte längre att läsa.',
    other:
      'Mötets logg på servern behåller dina röster och betyg, utan namn, tills hela workshopen raderas – senast {count} dagar efter mötets senaste ändring. Det du skrev och kallades går inte längre att läsa.'
  },
  'privacy.erase.keptLogNoDays':
    'Mötets logg på servern behåller dina röster och betyg, utan namn, tills hela workshopen raderas – automatiskt en viss tid efter mötets senaste ändring. Det du skrev och kallades går inte längre att läsa.',
  'privacy.erase.yes': 'Ja, radera mina uppgifter',
  'privacy.erase.busy': 'Raderar…',
  'privacy.erase.waiting': 'Raderas så snart telefonen är ansluten igen.',
} as const;
