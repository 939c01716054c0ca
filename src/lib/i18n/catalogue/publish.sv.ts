/**
 * Swedish messages of the published outcome (the participant link once the facilitator
 * publishes: "Resultat från mötet"); merged in ../sv.ts, since phones show them. The
 * console's and projector's publishing messages are in ./publish-staff.sv.ts.
 */
export const publishSv = {
  'publish.outcome.kicker': 'Resultat från mötet',
  'publish.outcome.published': 'Publicerat {date}',
  'publish.outcome.privacy':
    'Sidan visar vad mötet kom fram till – inga namn och inget om vem som skrev eller röstade på vad. Alla som har länken kan se den.',
  'publish.summary.heading': 'Sammanfattning',
  'publish.updates.heading': 'Vad har hänt sedan mötet?',
  'publish.figures.heading': 'Mötet i siffror',
  'publish.figures.participants': { one: 'deltagare', other: 'deltagare' },
  'publish.figures.associations': { one: 'förening', other: 'föreningar' },
  'publish.figures.posts': { one: 'inlägg', other: 'inlägg' },
  'publish.figures.votes': { one: 'röst', other: 'röster' },
  'publish.figures.signups': { one: 'anmäld till arbetsgruppen', other: 'anmälda till arbetsgruppen' },
  'publish.round.posts': { one: '{count} inlägg', other: '{count} inlägg' },
  'publish.rounds.none': 'Inga inlägg att visa.',
  'publish.row.rank': 'Plats {rank}',
  'publish.row.carried': { one: 'Från {title}, där den fick {count} röst', other: 'Från {title}, där den fick {count} röster' },
  'publish.row.paper': 'Från en papperslapp',
  'publish.row.table': 'Bord {table}',
  'publish.row.people': { one: 'för {count} person', other: 'för {count} personer' },
  'publish.topic.showAll': { one: 'Visa alla {count}', other: 'Visa alla {count}' },
  'publish.topic.showFewer': 'Visa färre',

  'publish.page.title': 'Resultat – {title}',
  'publish.page.loading': 'Hämtar mötet…',
  'publish.page.join.question': 'Är du på mötet just nu?',
  'publish.page.join.button': 'Gå med i mötet',
  'publish.page.return.text': 'Du var med i mötet. Dina inlägg och uppgifter finns på din sida.',
  'publish.page.return.button': 'Till din sida i mötet',
  'publish.notice.text': 'Resultatet från mötet är publicerat.',
  'publish.notice.show': 'Visa resultatet'
} as const;
