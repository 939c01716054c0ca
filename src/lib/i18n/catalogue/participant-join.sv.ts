/** Swedish messages of the participant area that the join card shows too (the profile fields); merged into ../sv.ts. The rest of the area comes with the workshop views: ../sv-workshop.ts. */
export const participantJoinSv = {
  'participant.profile.summary': 'Din profil',
  'participant.profile.anonymous': 'Du deltar anonymt om du inte fyller i något.',
  'participant.profile.private': 'Allt här är frivilligt och syns bara för mötesledaren.',
  'participant.profile.namesHint': 'Ditt namn visas på storbilden bara om du kryssar i rutan för det.',
  'participant.profile.sector': 'Verksamhetsområde (valfritt)',
  'participant.profile.sectorNone': 'Vill inte ange',
  'participant.profile.table': 'Bordsnummer (valfritt)',
  'participant.profile.tableInvalid': 'Skriv ett bordsnummer mellan 1 och {max}, eller lämna fältet tomt.',
  'participant.profile.showName': 'Mitt namn får visas på storbilden',
  'participant.profile.showNameHint': 'Gäller bara om du har skrivit ditt namn. Du kan ändra dig här när som helst.',
  'participant.profile.table.short': 'bord {table}',
  'participant.profile.saved': 'Din profil är sparad.',
} as const;
