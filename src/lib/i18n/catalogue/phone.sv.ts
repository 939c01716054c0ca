/**
 * Swedish messages of a joined phone's layout: one thing to do per screen, the principle
 * stepper, the "Mina uppgifter" section. Merged into ../sv-workshop.ts.
 */
export const phoneSv = {
  'phone.more.heading': 'Mina uppgifter',
  'phone.more.hint': 'Namn och förening, arbetsgruppen, radera mina uppgifter',
  'phone.lobby.agenda': 'Program',
  'phone.lobby.now': 'Pågår nu',
  'phone.about': 'Om samtalet och principerna',
  'phone.about.instructions': 'Så gör ni',
  'phone.step.nav': 'Principer',
  'phone.step.pick': 'Visa princip',
  'phone.step.of': 'Princip {n} av {total}',
  'phone.step.prev': 'Föregående princip',
  'phone.step.next': 'Nästa princip',
  'phone.step.nextTo': 'Nästa: {topic}',
  'phone.step.option': { one: '{topic} – {count} inlägg', other: '{topic} – {count} inlägg' },
  'phone.hidden': 'Dold av mötesledaren',
  'phone.hidden.info': 'Bara du ser det här inlägget nu. Det visas inte för andra och kan inte få röster.',
  'phone.vote.refused': 'Rösten togs inte emot: {reason} Sidan visar nu dina röster som de är.'
} as const;
