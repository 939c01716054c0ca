import { DEFAULT_EVALUATION, DEFAULT_SECTORS, DEFAULT_SETTINGS } from './setup.js';
import { HELSINGBORG_AGENDA } from './template-agenda.js';
import type { EvaluationQuestion, Localized, Round, Sector, Topic, WorkshopSetup } from './types.js';

/**
 * The built-in template, from the Helsingborg dialogue meetings on a local agreement
 * between the city and its associations (2017): six principles of cooperation and the
 * two conversations held about them.
 */
export const HELSINGBORG_TEMPLATE_ID = 'lokal-overenskommelse';

const principles: Topic[] = [
  {
    id: 'sjalvstandighet',
    name: { sv: 'Självständighet och oberoende', en: 'Autonomy and independence', ar: 'الاستقلالية وعدم التبعية' },
    description: {
      sv: 'Föreningarna bestämmer själva över sina mål, sin organisation och sitt arbete – också när de samverkar med staden eller får stöd.',
      en: 'Associations decide their own aims, organisation and work – also when they cooperate with the city or receive its support.', ar: 'تقرّر الجمعيات بنفسها أهدافها وتنظيمها وعملها – حتى عندما تتعاون مع المدينة أو تتلقّى دعمها.'
    }
  },
  {
    id: 'dialog',
    name: { sv: 'Dialog', en: 'Dialogue', ar: 'الحوار المتبادل' },
    description: {
      sv: 'Staden och föreningslivet möts regelbundet, lyssnar på varandra och tar tillvara varandras kunskap.',
      en: 'The city and the associations meet regularly, listen to each other and make use of each other’s knowledge.', ar: 'تلتقي المدينة والجمعيات بانتظام، ويستمع كلٌّ منهما إلى الآخر ويستفيد من معرفته.'
    }
  },
  {
    id: 'kvalitet',
    name: { sv: 'Kvalitet och förnyelse', en: 'Quality and renewal', ar: 'الجودة والتجديد' },
    description: {
      sv: 'Samverkan håller god kvalitet och ger utrymme för nya idéer, arbetssätt och aktörer.',
      en: 'Cooperation is of good quality and leaves room for new ideas, ways of working and new actors.', ar: 'يكون التعاون ذا جودة جيدة ويفسح المجال لأفكار وأساليب عمل وجهات فاعلة جديدة.'
    }
  },
  {
    id: 'langsiktighet',
    name: { sv: 'Långsiktighet', en: 'Long-term commitment', ar: 'الاستمرارية على المدى الطويل' },
    description: {
      sv: 'Samverkan och stöd planeras över tid så att föreningar kan bygga verksamhet som håller.',
      en: 'Cooperation and support are planned over time so that associations can build activities that last.', ar: 'يُخطَّط للتعاون والدعم على المدى الطويل، حتى تستطيع الجمعيات أن تبني أنشطة تدوم.'
    }
  },
  {
    id: 'oppenhet',
    name: { sv: 'Öppenhet och insyn', en: 'Openness and transparency', ar: 'الانفتاح والشفافية' },
    description: {
      sv: 'Beslut, villkor och information är tydliga och tillgängliga för alla parter.',
      en: 'Decisions, conditions and information are clear and available to every party.', ar: 'القرارات والشروط والمعلومات واضحة ومتاحة لجميع الأطراف.'
    }
  },
  {
    id: 'mangfald',
    name: { sv: 'Mångfald', en: 'Diversity', ar: 'التنوّع' },
    description: {
      sv: 'Föreningslivets bredd – olika röster, organisationsformer och arbetssätt – tas tillvara och värnas.',
      en: 'The breadth of civil society – different voices, forms of organisation and ways of working – is valued and protected.', ar: 'يُقدَّر تنوّع المجتمع المدني ويُصان – بأصواته وأشكال تنظيمه وأساليب عمله المختلفة.'
    }
  }
];

const rounds: Round[] = [
  {
    id: 'samtal-1',
    title: {
      sv: 'Samtal 1: Vad innebär principerna för en överenskommelse i Helsingborg?',
      en: 'Conversation 1: What do the principles mean for an agreement in Helsingborg?', ar: 'الحوار 1: ماذا تعني المبادئ لاتفاقية في هلسنغبورغ؟'
    },
    prompt: {
      sv: 'Vad lägger ni i respektive begrepp utifrån samverkan mellan stad och föreningsliv samt mellan föreningar?',
      en: 'What does each concept mean to you, for cooperation between the city and associations and between associations?', ar: 'ماذا يعني لكم كلُّ مفهوم من هذه المفاهيم في التعاون بين المدينة والجمعيات، وفي التعاون بين الجمعيات نفسها؟'
    },
    postNoun: { sv: 'tolkning', en: 'interpretation', ar: 'تفسير' },
    topicsPerPost: 'one',
    budget: { votes: 3, per: 'topic' },
    maxVotesPerPost: 1,
    liveTallies: false
  },
  {
    id: 'samtal-2',
    title: {
      sv: 'Samtal 2: Vilka åtgärder från föreningslivet kan kopplas till överenskommelsens principer?',
      en: 'Conversation 2: Which actions by associations can be linked to the principles of the agreement?', ar: 'الحوار 2: ما الإجراءات التي يمكن أن تقوم بها الجمعيات وترتبط بمبادئ الاتفاقية؟'
    },
    prompt: {
      sv: 'Vilka aktiviteter kan föreningslivet bidra med för att principen ska kunna efterlevas och utvecklas?',
      en: 'Which activities can associations contribute so that the principle can be upheld and developed?', ar: 'ما الأنشطة التي يمكن أن تسهم بها الجمعيات حتى يُعمَل بالمبدأ ويتطوّر؟'
    },
    postNoun: { sv: 'aktivitet', en: 'activity', ar: 'نشاط' },
    topicsPerPost: 'many',
    budget: { votes: 5, per: 'round' },
    maxVotesPerPost: 1,
    liveTallies: false
  }
];

/** What every template shares: the default sectors, evaluation and settings, copied. */
const commonSetup = () => ({
  sectors: structuredClone(DEFAULT_SECTORS) as Sector[],
  evaluation: structuredClone(DEFAULT_EVALUATION) as EvaluationQuestion[],
  settings: { ...DEFAULT_SETTINGS }
});

export interface Template {
  id: string;
  name: Localized;
  setup: WorkshopSetup;
}

export const HELSINGBORG_TEMPLATE: Template = {
  id: HELSINGBORG_TEMPLATE_ID,
  name: { sv: 'Lokal överenskommelse – dialogmöte', en: 'Local agreement – dialogue meeting', ar: 'اتفاقية محلية – لقاء حواري' },
  setup: {
    title: { sv: 'Lokal överenskommelse i Helsingborg – dialogmöte', en: 'Local agreement in Helsingborg – dialogue meeting', ar: 'الاتفاقية المحلية في هلسنغبورغ – لقاء حواري' },
    language: 'sv',
    topics: principles,
    rounds,
    agenda: HELSINGBORG_AGENDA,
    ...commonSetup()
  }
};

export const BLANK_TEMPLATE_ID = 'blank';

/** A start for any other meeting: one principle, one round and one agenda item to rename. */
export const BLANK_TEMPLATE: Template = {
  id: BLANK_TEMPLATE_ID,
  name: { sv: 'Tom workshop', en: 'Blank workshop', ar: 'ورشة عمل فارغة' },
  setup: {
    title: { sv: 'Ny workshop', en: 'New workshop', ar: 'ورشة عمل جديدة' },
    language: 'sv',
    topics: [{ id: 'amne-1', name: { sv: 'Ämne 1', en: 'Topic 1', ar: 'الموضوع 1' }, description: { sv: '', en: '' } }],
    rounds: [
      {
        id: 'samtal-1',
        title: { sv: 'Samtal 1', en: 'Conversation 1', ar: 'الحوار 1' },
        prompt: { sv: 'Vad tycker ni? Skriv era tankar och idéer.', en: 'What do you think? Write your thoughts and ideas.', ar: 'ما رأيكم؟ اكتبوا أفكاركم وآراءكم.' },
        postNoun: { sv: 'idé', en: 'idea', ar: 'فكرة' },
        topicsPerPost: 'one',
        budget: { votes: 3, per: 'round' },
        maxVotesPerPost: 1,
        liveTallies: false
      }
    ],
    agenda: [
      {
        id: 'samtal-1',
        title: { sv: 'Samtal 1', en: 'Conversation 1', ar: 'الحوار 1' },
        instructions: {
          sv: 'Prata vid bordet, skriv era idéer i telefonen och rösta sedan på de viktigaste.',
          en: 'Talk at your table, write your ideas on your phone, then vote for the most important ones.', ar: 'تحدّثوا على طاولتكم، واكتبوا أفكاركم في الهاتف، ثم صوّتوا لأهمّها.'
        },
        roundId: 'samtal-1'
      }
    ],
    ...commonSetup()
  }
};

export const TEMPLATES: readonly Template[] = [HELSINGBORG_TEMPLATE, BLANK_TEMPLATE];

/** A title typed at creation is a name: the same in every language, not a missing translation. */
export const sameInEveryLanguage = (text: string): Localized => ({ sv: text, en: text, ar: text });

/** A fresh, deep copy of a template's setup, so a workshop never shares objects with it. */
export function setupFromTemplate(templateId: string, title?: string): WorkshopSetup | undefined {
  const template = TEMPLATES.find((t) => t.id === templateId);
  if (!template) return undefined;
  const setup = structuredClone(template.setup);
  if (title && title.trim()) setup.title = sameInEveryLanguage(title.trim());
  return setup;
}
