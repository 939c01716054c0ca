import type { Message } from '../format.js';
import type { screenSv } from './screen.sv.js';

/**
 * Arabic for ./screen.sv.ts: exactly the same keys (the type checker enforces it).
 * Several plural labels stand under a big figure on the projector, so they are the
 * counted noun alone, in the form Arabic gives it after that number.
 */
export const screenAr: Record<keyof typeof screenSv, Message> = {
  'screen.agenda': 'الآن: {title}',
  'screen.announce': '{heading}: {figure}',

  'screen.lobby.stats': 'المشاركون الآن',
  'screen.lobby.joined': {
    zero: 'مشارك انضموا',
    one: 'مشارك انضم',
    two: 'مشاركان انضمّا',
    few: 'مشاركين انضموا',
    many: 'مشاركًا انضموا',
    other: 'مشارك انضموا'
  },
  'screen.lobby.online': 'متصلون الآن',
  'screen.lobby.associations': {
    zero: 'جمعية',
    one: 'جمعية',
    two: 'جمعيتان',
    few: 'جمعيات مختلفة',
    many: 'جمعية مختلفة',
    other: 'جمعية مختلفة'
  },
  'screen.lobby.signups': {
    zero: 'مسجّل في مجموعة العمل',
    one: 'سجّل في مجموعة العمل',
    two: 'سجّلا في مجموعة العمل',
    few: 'سجّلوا في مجموعة العمل',
    many: 'سجّلوا في مجموعة العمل',
    other: 'سجّلوا في مجموعة العمل'
  },
  'screen.lobby.evaluation': 'أجيبوا عن التقييم على هواتفكم!',
  'screen.updates.heading': 'ماذا حدث منذ المرة الماضية؟',

  'screen.post.pinned': 'مثبّتة',
  'screen.post.table': 'الطاولة {n}',
  'screen.post.people': {
    one: 'شخص واحد',
    two: 'شخصان',
    few: '{count} أشخاص',
    many: '{count} شخصًا',
    other: '{count} شخص'
  },
  'screen.post.paper': 'ورقة مكتوبة',
  'screen.post.author': '– {name}',

  'screen.ranking.heading': 'النتائج',
  'screen.ranking.topic': 'النتائج: {topic}',
  'screen.ranking.leader': 'الأكثر أصواتًا في {topic}: {text}',

  'screen.overview.heading': 'نظرة عامة – {round}',
  'screen.overview.posts': {
    zero: 'مداخلة',
    one: 'مداخلة',
    two: 'مداخلتان',
    few: 'مداخلات',
    many: 'مداخلة',
    other: 'مداخلة'
  },
  'screen.overview.top': 'الأكثر أصواتًا',

  'screen.vote.prompt.topic': {
    zero: 'صوّت الآن من هاتفك – {count} صوت لكل مبدأ',
    one: 'صوّت الآن من هاتفك – صوت واحد لكل مبدأ',
    two: 'صوّت الآن من هاتفك – صوتان لكل مبدأ',
    few: 'صوّت الآن من هاتفك – {count} أصوات لكل مبدأ',
    many: 'صوّت الآن من هاتفك – {count} صوتًا لكل مبدأ',
    other: 'صوّت الآن من هاتفك – {count} صوت لكل مبدأ'
  },
  'screen.vote.prompt.round': {
    zero: 'صوّت الآن من هاتفك – {count} صوت للجولة كلها',
    one: 'صوّت الآن من هاتفك – صوت واحد للجولة كلها',
    two: 'صوّت الآن من هاتفك – صوتان للجولة كلها',
    few: 'صوّت الآن من هاتفك – {count} أصوات للجولة كلها',
    many: 'صوّت الآن من هاتفك – {count} صوتًا للجولة كلها',
    other: 'صوّت الآن من هاتفك – {count} صوت للجولة كلها'
  },
  'screen.vote.voters': 'صوّت {count} من {joined}',
  'screen.page': 'الصفحة {page} من {pages}',
  'screen.paused': 'متوقفة مؤقتًا',
  'screen.continued': '{name}، تتمة',
  'screen.ranking.overall': 'الجولة كلها',
  'screen.ranking.shared': 'مركز مشترك',
  'screen.overview.shared': 'مركز أول مشترك',

  'screen.words.heading': 'كلمات متكررة: {topic}',
  'screen.words.legend': 'يُبيّن الرقم عدد المداخلات التي تستخدم الكلمة.',
  'screen.words.uses': {
    one: 'في مداخلة واحدة',
    two: 'في مداخلتين',
    few: 'في {count} مداخلات',
    many: 'في {count} مداخلة',
    other: 'في {count} مداخلة'
  },
  'screen.words.none': 'لا كلمات لعرضها بعد.',

  'screen.eval.heading': 'التقييم',
  'screen.eval.responses': {
    zero: 'لا ردود',
    one: 'ردّ واحد',
    two: 'ردّان',
    few: '{count} ردود',
    many: '{count} ردًّا',
    other: '{count} ردّ'
  },
  'screen.eval.mean': 'المتوسط {mean}',
  'screen.eval.noMean': 'لا إجابات بعد',
  'screen.eval.scale': 'المقياس 1–5: ‏1 = إطلاقًا، 5 = تمامًا',
  'screen.eval.bar': {
    zero: '{score}: لا إجابات',
    one: '{score}: إجابة واحدة',
    two: '{score}: إجابتان',
    few: '{score}: {count} إجابات',
    many: '{score}: {count} إجابة',
    other: '{score}: {count} إجابة'
  }
};
