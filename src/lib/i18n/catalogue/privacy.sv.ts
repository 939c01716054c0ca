/**
 * Swedish messages of the privacy area that any page may show (footer, join card, an
 * ended workshop); merged into ../sv.ts. The staff pages' part (console, privacy page) is
 * privacy-staff.sv.ts, a joined phone's (deleting one's data) privacy-erase.sv.ts.
 */
export const privacySv = {
  'privacy.link': 'Så hanteras dina uppgifter',
  'privacy.linkNewTab': 'Så hanteras dina uppgifter (öppnas i en ny flik)',
  'privacy.footerLink': 'Integritet',
  'privacy.cancel': 'Avbryt',

  'privacy.ended.deleted.heading': 'Workshopen är raderad',
  'privacy.ended.deleted.phone':
    'Workshopen har raderats med allt som fanns i den: inlägg, röster, profiler, anmälningar och utvärderingssvar. Inget av det finns kvar på servern, och telefonen har glömt att du var med.',
  'privacy.ended.deleted.console':
    'Workshopen har raderats med allt som fanns i den: inlägg, röster, profiler, anmälningar och utvärderingssvar. Länkarna till mötet, storbilden och styrpanelen leder inte längre någonstans.',
  'privacy.ended.deleted.screen': 'Allt i workshopen har raderats. Storbilden visar inget mer – du kan stänga fönstret.',
  'privacy.ended.keyRotated.heading': 'Nyckeln till styrpanelen är bytt',
  'privacy.ended.keyRotated.body':
    'Någon har bytt nyckel från en annan styrpanel. Länken du använde gäller inte längre, och den här styrpanelen är utloggad. Be den som bytte nyckeln om den nya länken.',
  'privacy.ended.erased.heading': 'Dina uppgifter är raderade',
  'privacy.ended.erased.body':
    'Din profil, din anmälan till arbetsgruppen, ditt utvärderingssvar och dina röster är borttagna, och dina inlägg är tillbakadragna. Telefonen har glömt att du var med.',
  'privacy.ended.erased.again': 'Du kan gå med igen som en ny, anonym deltagare. Inget av det du gjorde tidigare följer med.',
  'privacy.ended.erased.rejoin': 'Gå med igen anonymt',
} as const;
