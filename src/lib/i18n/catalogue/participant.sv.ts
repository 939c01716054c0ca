/**
 * Swedish messages of the participant area on a joined phone; merged into ../sv-workshop.ts
 * (loaded with those views). The profile fields the join card shows too: participant-join.sv.ts.
 */
export const participantSv = {
  'participant.phase.evaluation': 'Utvärdering',
  'participant.phase.timeUp': '{phase} – tiden är ute',
  'participant.now.heading': 'Just nu',

  'participant.compose.closed': 'Tiden är ute – insamlingen är stängd',
  'participant.compose.closedBody': 'Det går inte att skicka fler inlägg just nu. Mötesledaren berättar vad som händer sedan.',
  'participant.compose.draft': 'Det här hann du skriva, men det är inte skickat:',
  'participant.compose.sending': 'Skickar…',
  'participant.compose.received': 'Ditt inlägg har tagits emot. Skriv gärna fler!',
  'participant.compose.receivedQueue': 'Ditt inlägg har tagits emot. Andra ser det när mötesledaren har godkänt det.',
  'participant.scribe.toggle': 'Jag skriver för mitt bord',
  'participant.scribe.hint': 'Inlägget visas då som bordets, med hur många ni är.',
  'participant.scribe.table': 'Bordsnummer',
  'participant.scribe.people': 'Antal personer vid bordet',
  'participant.scribe.needTable': 'Skriv bordets nummer (1–{max}).',
  'participant.scribe.needPeople': 'Skriv hur många ni är vid bordet (1–{max}).',

  'participant.post.table': { one: 'Bord {table} ({count} person)', other: 'Bord {table} ({count} personer)' },
  'participant.post.tableOnly': 'Bord {table}',
  'participant.post.paper': 'Från papperslapp',
  'participant.post.edited': 'redigerad',
  'participant.post.pinned': 'Fäst av mötesledaren',
  'participant.mine.merged': 'sammanslaget med: {text}',
  'participant.mine.mergedElsewhere': 'sammanslaget med ett annat inlägg',
  'participant.mine.awaiting': 'Väntar på godkännande',

  'participant.vote.closed': 'Tiden är ute – röstningen är stängd',
  'participant.vote.closedBody': 'Dina röster är sparade. Resultatet visas när mötesledaren visar det.',
  'participant.vote.stackIntro': {
    one: 'Du kan lägga flera röster på samma inlägg, högst {count}.',
    other: 'Du kan lägga flera röster på samma inlägg, högst {count}.'
  },
  'participant.vote.mine': 'Dina röster: {count}',
  'participant.vote.max': { one: 'Högst {count} röst per inlägg.', other: 'Högst {count} röster per inlägg.' },
  'participant.vote.live': { one: '{count} röst hittills', other: '{count} röster hittills' },

  'participant.signup.heading': 'Intresseanmälan till arbetsgruppen',
  'participant.signup.intro': 'Vill du vara med i arbetsgruppen som arbetar vidare efter mötet? Lämna ditt namn och hur vi når dig.',
  'participant.signup.name': 'Namn',
  'participant.signup.contact': 'E-post eller telefon',
  'participant.signup.consent': 'Jag samtycker till att mötesledarna sparar mitt namn och min kontaktuppgift för att kontakta mig om arbetsgruppen.',
  'participant.signup.consentInfo':
    'Bara mötesledarna ser uppgifterna – inte storbilden och inte andra deltagare. De används bara för att kontakta dig om arbetsgruppen. Du kan ta tillbaka anmälan här när som helst, och uppgifterna raderas när mötet tas bort.',
  'participant.signup.submit': 'Anmäl intresse',
  'participant.signup.needName': 'Skriv ditt namn.',
  'participant.signup.needContact': 'Skriv en e-postadress eller ett telefonnummer.',
  'participant.signup.needConsent': 'Kryssa i rutan om samtycke för att anmäla intresse.',
  'participant.signup.current': 'Du har anmält intresse som {name} ({contact}).',
  'participant.signup.currentInfo': 'Bara mötesledarna ser det, och bara för att kontakta dig om arbetsgruppen.',
  'participant.signup.withdraw': 'Ta tillbaka anmälan',
  'participant.signup.saved': 'Din intresseanmälan är sparad.',
  'participant.signup.withdrawn': 'Din intresseanmälan är borttagen.',

  'participant.eval.heading': 'Utvärdering',
  'participant.eval.intro': 'Svara gärna på några korta frågor om mötet. Svaren visas bara sammanställda, utan namn.',
  'participant.eval.low': 'Inte alls',
  'participant.eval.high': 'Helt och hållet',
  'participant.eval.comment': 'Kommentar (valfritt)',
  'participant.eval.submit': 'Skicka svar',
  'participant.eval.needAnswer': 'Svara på minst en fråga eller skriv en kommentar.',
  'participant.eval.thanks': 'Tack!',
  'participant.eval.thanksBody': 'Dina svar är sparade. Du kan ändra dem så länge utvärderingen pågår.',
  'participant.eval.yourAnswer': 'Ditt svar: {score} av 5',
  'participant.eval.noAnswer': 'Inte besvarad',
  'participant.eval.yourComment': 'Din kommentar:',
  'participant.eval.change': 'Ändra svar'
} as const;
