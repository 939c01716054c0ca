import type { Message } from '../format.js';
import type { phoneSv } from './phone.sv.js';

/** Arabic for ./phone.sv.ts: exactly the same keys (the type checker enforces it). */
export const phoneAr: Record<keyof typeof phoneSv, Message> = {
  'phone.more.heading': 'بياناتي',
  'phone.more.hint': 'الاسم والجمعية، مجموعة العمل، حذف بياناتي',
  'phone.lobby.agenda': 'البرنامج',
  'phone.lobby.now': 'جارٍ الآن',
  'phone.about': 'عن هذا الحوار والمبادئ',
  'phone.about.instructions': 'ما المطلوب',
  'phone.step.nav': 'المبادئ',
  'phone.step.pick': 'اعرض المبدأ',
  'phone.step.of': 'المبدأ {n} من {total}',
  'phone.step.prev': 'المبدأ السابق',
  'phone.step.next': 'المبدأ التالي',
  'phone.step.nextTo': 'التالي: {topic}',
  'phone.step.option': {
    zero: '{topic} – لا مداخلات',
    one: '{topic} – مداخلة واحدة',
    two: '{topic} – مداخلتان',
    few: '{topic} – {count} مداخلات',
    many: '{topic} – {count} مداخلة',
    other: '{topic} – {count} مداخلة'
  },
  'phone.hidden': 'أخفاه الميسّر',
  'phone.hidden.info': 'أنت وحدك ترى هذه المداخلة الآن. لا يراها الآخرون ولا يمكن التصويت لها.',
  'phone.vote.refused': 'لم يُقبل الصوت: {reason} تعرض الصفحة الآن أصواتك كما هي.'
};
