/** Swedish messages of one area of the interface; merged into the catalogue in ../sv.ts. */
export const screenSv = {
  'screen.agenda': 'Nu: {title}',
  'screen.announce': '{heading}: {figure}',

  'screen.lobby.stats': 'Deltagande just nu',
  'screen.lobby.joined': { one: 'deltagare har gått med', other: 'deltagare har gått med' },
  'screen.lobby.online': 'är uppkopplade nu',
  'screen.lobby.associations': { one: 'förening', other: 'olika föreningar' },
  'screen.lobby.signups': { one: 'anmäld till arbetsgruppen', other: 'anmälda till arbetsgruppen' },
  'screen.lobby.evaluation': 'Svara på utvärderingen i mobilen!',
  'screen.updates.heading': 'Vad har hänt sedan sist?',

  'screen.post.pinned': 'Fäst',
  'screen.post.table': 'Bord {n}',
  'screen.post.people': { one: '{count} person', other: '{count} personer' },
  'screen.post.paper': 'Papperslapp',
  'screen.post.author': '– {name}',

  'screen.ranking.heading': 'Resultat',
  'screen.ranking.topic': 'Resultat: {topic}',
  'screen.ranking.leader': 'Flest röster i {topic}: {text}',

  'screen.overview.heading': 'Översikt – {round}',
  'screen.overview.posts': { one: 'inlägg', other: 'inlägg' },
  'screen.overview.top': 'Flest röster',

  'screen.vote.prompt.topic': { one: 'Rösta nu i mobilen – {count} röst per princip', other: 'Rösta nu i mobilen – {count} röster per princip' },
  'screen.vote.prompt.round': { one: 'Rösta nu i mobilen – {count} röst för hela samtalet', other: 'Rösta nu i mobilen – {count} röster för hela samtalet' },
  'screen.vote.voters': { one: '{count} av {joined} har röstat', other: '{count} av {joined} har röstat' },
  'screen.page': 'Sida {page} av {pages}',
  'screen.paused': 'pausad',
  'screen.continued': '{name}, forts.',
  'screen.ranking.overall': 'Hela samtalet',
  'screen.ranking.shared': 'delad plats',
  'screen.overview.shared': 'Delad förstaplats',

  'screen.words.heading': 'Ord som återkommer: {topic}',
  'screen.words.legend': 'Siffran visar i hur många inlägg ordet finns.',
  'screen.words.uses': { one: 'i {count} inlägg', other: 'i {count} inlägg' },
  'screen.words.none': 'Inga ord att visa än.',

  'screen.eval.heading': 'Utvärdering',
  'screen.eval.responses': { one: '{count} svar', other: '{count} svar' },
  'screen.eval.mean': 'Medel {mean}',
  'screen.eval.noMean': 'Inga svar än',
  'screen.eval.scale': 'Skala 1–5: 1 = inte alls, 5 = helt och hållet',
  'screen.eval.bar': { one: '{score}: {count} svar', other: '{score}: {count} svar' }
} as const;
