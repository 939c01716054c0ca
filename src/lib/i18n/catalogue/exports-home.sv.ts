/** Swedish messages of the start page's "Importera en workshop" form; merged into ../sv.ts. */
export const exportsHomeSv = {
  'exports.import.heading': 'Importera en workshop',
  'exports.import.intro': 'Har du en export av en hel workshop (.json) från Samråd? Den blir en ny workshop med egen kod och egen nyckel.',
  'exports.import.file': 'Exportfil (.json)',
  'exports.import.submit': 'Importera',
  'exports.import.busy': 'Importerar…',
  'exports.import.noFile': 'Välj en exportfil först.',
  'exports.import.error.import_not_json': 'Filen är inte JSON. Välj filen som slutar på .json från Samråds export. Inget har importerats.',
  'exports.import.error.import_unknown_format': 'Filen är ingen workshopexport från Samråd. Inget har importerats.',
  'exports.import.error.import_unsupported_version': 'Filen kommer från en nyare version av Samråd än den här servern. Uppdatera servern och försök igen. Inget har importerats.',
  'exports.import.error.import_too_large': 'Filen har fler poster än en workshop på den här servern får ha (högst 50 000 händelser och 10 000 inlägg). Inget har importerats.',
  'exports.import.error.rate_limited': 'Många importer på kort tid från din anslutning. Vänta en minut och försök igen. Inget har importerats.',
  'exports.import.error.import_invalid': 'Filen är skadad eller har ändrats och kan inte läsas. Inget har importerats.',
  'exports.import.error.import_mismatch': 'Filens innehåll hänger inte ihop – den har ändrats efter exporten. Inget har importerats.',
  'exports.import.error.import_newer_rules': 'Filen kommer från en nyare version av Samråd än den här servern. Uppdatera servern och försök igen. Inget har importerats.',
  'exports.import.error.payload_too_large': 'Filen är för stor: högst 10 MB går att importera. Inget har importerats.',
  'exports.import.error.other': 'Importen misslyckades. Kontrollera anslutningen och försök igen.'
} as const;
