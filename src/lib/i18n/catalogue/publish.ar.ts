import type { Message } from '../format.js';
import type { publishSv } from './publish.sv.js';

/** Arabic for ./publish.sv.ts: exactly the same keys (the type checker enforces it). */
export const publishAr: Record<keyof typeof publishSv, Message> = {
  'publish.outcome.kicker': 'نتائج الاجتماع',
  'publish.outcome.published': 'نُشرت في {date}',
  'publish.outcome.privacy':
    'تعرض هذه الصفحة ما توصّل إليه الاجتماع – دون أسماء، ودون أي شيء عمّن كتب ماذا أو صوّت لماذا. يمكن لكل من لديه الرابط أن يراها.',
  'publish.summary.heading': 'الخلاصة',
  'publish.updates.heading': 'ماذا حدث منذ الاجتماع؟',
  'publish.figures.heading': 'الاجتماع بالأرقام',
  'publish.figures.participants': { zero: 'مشارك', one: 'مشارك', two: 'مشاركان', few: 'مشاركين', many: 'مشاركًا', other: 'مشارك' },
  'publish.figures.associations': { zero: 'جمعية', one: 'جمعية', two: 'جمعيتان', few: 'جمعيات', many: 'جمعية', other: 'جمعية' },
  'publish.figures.posts': { zero: 'مداخلة', one: 'مداخلة', two: 'مداخلتان', few: 'مداخلات', many: 'مداخلة', other: 'مداخلة' },
  'publish.figures.votes': { zero: 'صوت', one: 'صوت', two: 'صوتان', few: 'أصوات', many: 'صوتًا', other: 'صوت' },
  'publish.figures.signups': {
    zero: 'مسجَّل في مجموعة العمل',
    one: 'مسجَّل في مجموعة العمل',
    two: 'مسجَّلان في مجموعة العمل',
    few: 'مسجَّلين في مجموعة العمل',
    many: 'مسجَّلًا في مجموعة العمل',
    other: 'مسجَّل في مجموعة العمل'
  },
  'publish.round.posts': {
    zero: 'لا مداخلات',
    one: 'مداخلة واحدة',
    two: 'مداخلتان',
    few: '{count} مداخلات',
    many: '{count} مداخلة',
    other: '{count} مداخلة'
  },
  'publish.rounds.none': 'لا مداخلات لعرضها.',
  'publish.row.rank': 'المرتبة {rank}',
  'publish.row.carried': {
    zero: 'من {title}، حيث لم تحصل على أي صوت',
    one: 'من {title}، حيث حصلت على صوت واحد',
    two: 'من {title}، حيث حصلت على صوتين',
    few: 'من {title}، حيث حصلت على {count} أصوات',
    many: 'من {title}، حيث حصلت على {count} صوتًا',
    other: 'من {title}، حيث حصلت على {count} صوت'
  },
  'publish.row.paper': 'من ورقة مكتوبة',
  'publish.row.table': 'الطاولة {table}',
  'publish.row.people': {
    zero: 'باسم لا أحد',
    one: 'باسم شخص واحد',
    two: 'باسم شخصين',
    few: 'باسم {count} أشخاص',
    many: 'باسم {count} شخصًا',
    other: 'باسم {count} شخص'
  },
  'publish.topic.showAll': { other: 'اعرض الكل ({count})' },
  'publish.topic.showFewer': 'اعرض أقل',

  'publish.page.title': 'النتائج – {title}',
  'publish.page.loading': 'جارٍ جلب الاجتماع…',
  'publish.page.join.question': 'هل أنت في الاجتماع الآن؟',
  'publish.page.join.button': 'انضم إلى الاجتماع',
  'publish.page.return.text': 'شاركت في الاجتماع. مداخلاتك وبياناتك موجودة في صفحتك.',
  'publish.page.return.button': 'إلى صفحتك في الاجتماع',
  'publish.notice.text': 'نُشرت نتائج الاجتماع.',
  'publish.notice.show': 'اعرض النتائج'
};
