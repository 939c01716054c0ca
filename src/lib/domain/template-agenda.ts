import type { AgendaItem } from './types.js';

/**
 * The program of the Helsingborg dialogue meetings (2017), as its slides list it, with
 * what participants do during each item. The slides give no times, so no item has minutes.
 */
export const HELSINGBORG_AGENDA: AgendaItem[] = [
  {
    id: 'presentation',
    title: { sv: 'Presentation', en: 'Introduction', ar: 'التقديم' },
    instructions: {
      sv: 'Välkommen! Lyssna – frågor tas i samtalen.',
      en: 'Welcome! Listen – questions are taken in the conversations.', ar: 'أهلًا وسهلًا! استمعوا – تُطرح الأسئلة خلال الحوارات.'
    }
  },
  {
    id: 'sedan-sist',
    title: { sv: 'Överenskommelsen – vad har hänt sedan sist?', en: 'The agreement – what has happened since last time?', ar: 'الاتفاقية – ماذا حدث منذ المرة الماضية؟' },
    instructions: {
      sv: 'Lyssna på hur arbetet med överenskommelsen har gått vidare. Frågor tas i samtalen.',
      en: 'Listen to how the work on the agreement has moved on. Questions are taken in the conversations.', ar: 'استمعوا إلى ما وصل إليه العمل على الاتفاقية. تُطرح الأسئلة خلال الحوارات.'
    }
  },
  {
    id: 'samtal-1',
    title: {
      sv: 'Samtal 1 – vad innebär principerna för en överenskommelse i Helsingborg?',
      en: 'Conversation 1 – what do the principles mean for an agreement in Helsingborg?', ar: 'الحوار 1 – ماذا تعني المبادئ لاتفاقية في هلسنغبورغ؟'
    },
    instructions: {
      sv: 'Prata vid bordet och skriv vad principerna betyder för er – en princip per tolkning. Rösta sedan på de tolkningar ni tycker är viktigast.',
      en: 'Talk at your table and write what the principles mean to you – one principle per interpretation. Then vote for the interpretations you find most important.', ar: 'تحدّثوا على طاولتكم واكتبوا ماذا تعني المبادئ لكم – مبدأ واحد لكل تفسير. ثم صوّتوا للتفسيرات التي ترونها الأهم.'
    },
    roundId: 'samtal-1'
  },
  {
    id: 'samtal-2',
    title: {
      sv: 'Samtal 2 – vilka åtgärder från föreningslivet kan kopplas till principerna?',
      en: 'Conversation 2 – which actions by associations can be linked to the principles?', ar: 'الحوار 2 – ما الإجراءات التي يمكن أن تقوم بها الجمعيات وترتبط بالمبادئ؟'
    },
    instructions: {
      sv: 'Skriv aktiviteter som er förening eller föreningslivet kan bidra med, och koppla dem till en eller flera principer. Rösta sedan på dem ni vill se först.',
      en: 'Write activities your association or associations in general can contribute, and link them to one or more principles. Then vote for the ones you want to see first.', ar: 'اكتبوا أنشطة يمكن أن تسهم بها جمعيتكم أو الجمعيات عمومًا، واربطوها بمبدأ واحد أو أكثر. ثم صوّتوا للأنشطة التي تريدون أن تبدأ أولًا.'
    },
    roundId: 'samtal-2'
  },
  {
    id: 'avslutning',
    title: { sv: 'Avslutning och summering', en: 'Closing and summary', ar: 'الختام والخلاصة' },
    instructions: {
      sv: 'Se vad som fick mest stöd och svara gärna på utvärderingen. Vill du vara med i arbetsgruppen? Anmäl intresse i telefonen.',
      en: 'See what got the most support, and please answer the evaluation. Want to join the working group? Sign up on your phone.', ar: 'اطّلعوا على ما حظي بأكبر تأييد، ونرجو أن تجيبوا عن التقييم. هل تريد الانضمام إلى مجموعة العمل؟ سجّل اهتمامك في الهاتف.'
    }
  }
];
