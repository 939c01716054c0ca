/** Swedish messages of the series area that the home page shows (its form for a new series); merged into ../sv.ts. The rest of the area is in series.sv.ts, a staff chunk. */
export const seriesHomeSv = {
  // Home page
  'series.create.heading': 'Skapa en serie',
  'series.create.intro': 'Flera dialogmöten som hör ihop? Samla dem i en serie och se resultaten tillsammans.',
  'series.create.title': 'Seriens namn',
  'series.create.titleHint': 'Till exempel ”Dialogmöten våren 2017”.',
  'series.create.empty': 'Skriv ett namn på serien.',
  'series.create.submit': 'Skapa serie',
  'series.create.busy': 'Skapar…',
} as const;
