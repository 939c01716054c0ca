import type { Message } from '../format.js';
import type { seriesSv } from './series.sv.js';

/** Arabic for ./series.sv.ts: exactly the same keys (the type checker enforces it). */
export const seriesAr: Record<keyof typeof seriesSv, Message> = {
  // Page frame and problems
  'series.page.title': '{title} – سلسلة في Samråd',
  'series.kicker': 'سلسلة لقاءات',
  'series.loading': 'جارٍ تحميل السلسلة…',
  'series.refresh': 'حدّث',
  'series.missingKey.heading': 'المفتاح مفقود',
  'series.missingKey.body': 'تُفتح صفحة السلسلة بالرابط الذي حصلت عليه عند إنشائها (ينتهي بـ ‎#key=…‎). لا يحفظ هذا المتصفح مفتاحًا لهذه السلسلة.',
  'series.badKey.heading': 'مفتاح خاطئ',
  'series.badKey.body': 'السلسلة غير موجودة، أو المفتاح في الرابط خاطئ. تحقق من أنك نسخت الرابط كاملًا.',
  'series.loadError': 'تعذّر تحميل السلسلة. تحقق من الاتصال وحاول مرة أخرى.',
  'series.key.heading': 'احفظ رابط السلسلة',
  'series.key.body': 'يحتوي الرابط على مفتاح السلسلة. كل من لديه الرابط يستطيع رؤية السلسلة وتغييرها. يتذكره هذا المتصفح، لكن احفظه أيضًا في مكان آمن.',
  'series.key.label': 'رابط السلسلة',
  'series.key.copy': 'انسخ الرابط',
  'series.key.copied': 'نُسخ الرابط.',

  // Totals
  'series.totals.heading': 'ملخص',
  'series.totals.meetings': 'اللقاءات',
  'series.totals.participants': 'المشاركون',
  'series.totals.participantsHint': 'مجموع اللقاءات كلها',
  'series.totals.associations': 'الجمعيات',
  'series.totals.associationsHint': 'جمعيات مختلفة، كل منها محسوبة مرة واحدة',
  'series.totals.signups': 'التسجيلات في مجموعة العمل',
  'series.totals.posts': 'المداخلات',
  'series.totals.votes': 'الأصوات',

  // Sectors
  'series.sectors.heading': 'التمثيل حسب القطاع',
  'series.sectors.intro': {
    one: 'من بين المشارك الوحيد الذي ذكر قطاعًا.',
    two: 'من بين المشاركَين اللذين ذكرا قطاعًا.',
    few: 'من بين {count} مشاركين ذكروا قطاعًا.',
    many: 'من بين {count} مشاركًا ذكروا قطاعًا.',
    other: 'من بين {count} مشارك ذكروا قطاعًا.'
  },
  'series.sectors.none': 'لم يذكر أي مشارك قطاعًا بعد.',
  'series.sectors.notGiven': {
    one: 'مشارك واحد لم يذكر قطاعًا.',
    two: 'مشاركان لم يذكرا قطاعًا.',
    few: '{count} مشاركين لم يذكروا قطاعًا.',
    many: '{count} مشاركًا لم يذكروا قطاعًا.',
    other: '{count} مشارك لم يذكروا قطاعًا.'
  },
  'series.sectors.row': '{count} ({share}%)',
  'series.sectors.sector': 'القطاع',
  'series.sectors.count': 'المشاركون',

  // Meetings
  'series.meetings.heading': 'اللقاءات في السلسلة',
  'series.meetings.empty': 'لا لقاءات بعد. أنشئ أولها أدناه، أو أضف ورشة عمل موجودة.',
  'series.meetings.figures': 'المشاركون {participants} · الجمعيات {associations} · المداخلات {posts} · الأصوات {votes}',
  'series.meetings.open': 'افتح لوحة تحكم {title}',
  'series.meetings.openShort': 'لوحة التحكم',
  'series.meetings.noKey': 'لا يحفظ هذا المتصفح مفتاح لوحة التحكم.',
  'series.meetings.published': 'نُشرت النتيجة',
  'series.meetings.missing': {
    one: 'لقاء واحد من السلسلة لم يعد موجودًا (حُذف).',
    two: 'لقاءان من السلسلة لم يعودا موجودين (حُذفا).',
    few: '{count} لقاءات من السلسلة لم تعد موجودة (حُذفت).',
    many: '{count} لقاءً من السلسلة لم تعد موجودة (حُذفت).',
    other: '{count} لقاء من السلسلة لم تعد موجودة (حُذفت).'
  },

  // Per principle
  'series.topics.heading': 'حسب المبدأ',
  'series.topics.intro': 'مداخلات كل لقاء مع أصواتها. تُعرض المداخلات المتشابهة معًا، مع جمع أصواتها.',
  'series.topics.round': 'اعرض الحوار',
  'series.topics.empty': 'لا مداخلات هنا بعد.',
  'series.topics.votes': {
    zero: 'لا أصوات',
    one: 'صوت واحد',
    two: 'صوتان',
    few: '{count} أصوات',
    many: '{count} صوتًا',
    other: '{count} صوت'
  },
  'series.topics.from': 'من: {meetings}',
  'series.topics.similar': {
    one: 'صياغة واحدة',
    two: 'صياغتان متشابهتان',
    few: '{count} صياغات متشابهة',
    many: '{count} صياغة متشابهة',
    other: '{count} صياغة متشابهة'
  },
  'series.topics.carried': 'من اللقاء السابق',
  'series.topics.more': {
    one: 'اعرض واحدة أخرى',
    two: 'اعرض اثنتين أخريين',
    few: 'اعرض {count} أخرى',
    many: 'اعرض {count} أخرى',
    other: 'اعرض {count} أخرى'
  },
  'series.topics.less': 'اعرض أقل',

  // Updates
  'series.updates.heading': 'ماذا حدث منذ المرة الماضية؟',
  'series.updates.intro': 'ترافق المستجدات المؤرَّخة كل لقاء جديد في السلسلة، ليمكن عرضها على الشاشة الكبيرة.',
  'series.updates.empty': 'لا مستجدات بعد.',
  'series.updates.date': 'التاريخ',
  'series.updates.text': 'ماذا حدث؟',
  'series.updates.add': 'أضف مستجدًّا',
  'series.updates.remove': 'احذف',
  'series.updates.removeLabel': 'احذف مستجدّ {date}',
  'series.updates.added': 'أُضيف المستجدّ.',
  'series.updates.removed': 'حُذف المستجدّ.',

  // New meeting
  'series.meeting.heading': 'لقاء جديد في السلسلة',
  'series.meeting.intro': 'يحصل اللقاء على إعداد آخر لقاء في السلسلة (أو قالب الاتفاق المحلي إذا كانت السلسلة فارغة) وعلى مستجدات السلسلة.',
  'series.meeting.title': 'العنوان (اختياري)',
  'series.meeting.titleHint': 'اتركه فارغًا ليكون «{title}».',
  'series.meeting.defaultTitle': '{series} – اللقاء {n}',
  'series.meeting.carry': 'انقل من اللقاء السابق',
  'series.meeting.carryNone': 'لا شيء',
  'series.meeting.carryN': {
    one: 'البند الأول لكل مبدأ',
    two: 'أول بندين لكل مبدأ',
    few: 'أول {count} بنود لكل مبدأ',
    many: 'أول {count} بندًا لكل مبدأ',
    other: 'أول {count} بند لكل مبدأ'
  },
  'series.meeting.carryHint': 'تُنقل البنود التي حصلت على صوت واحد على الأقل، في الحوارين كليهما، مُعلَّمة بأنها من اللقاء السابق.',
  'series.meeting.carryEmpty': 'لا لقاءات في السلسلة بعد، فلا شيء يُنقل.',
  'series.meeting.submit': 'أنشئ اللقاء',
  'series.meeting.busy': 'جارٍ الإنشاء…',
  'series.meeting.created': 'أُنشئ اللقاء «{title}».',
  'series.meeting.carried': {
    zero: 'لم يُنقل أي بند من اللقاء السابق.',
    one: 'نُقل بند واحد من اللقاء السابق.',
    two: 'نُقل بندان من اللقاء السابق.',
    few: 'نُقلت {count} بنود من اللقاء السابق.',
    many: 'نُقل {count} بندًا من اللقاء السابق.',
    other: 'نُقل {count} بند من اللقاء السابق.'
  },
  'series.meeting.open': 'افتح لوحة التحكم',

  // Attach
  // Members whose facilitator key was changed after they were attached
  'series.stale.heading': 'لقاءات يجب ربطها من جديد',
  'series.stale.body': 'تغيّر مفتاح هذه اللقاءات («غيّر المفتاح») بعد إضافتها. لا تعرض السلسلة شيئًا منها حتى تُربط من جديد بالمفتاح الجديد.',
  'series.stale.item': 'اللقاء {id}',
  'series.stale.reattach': 'اربط من جديد',
  'series.stale.reattachLabel': 'اربط اللقاء {id} من جديد بالمفتاح المحفوظ في هذا المتصفح',
  'series.stale.noKey': 'لا يحفظ هذا المتصفح المفتاح الجديد. الصق رابط لوحة التحكم الجديد للقاء في «أضف ورشة عمل موجودة».',
  'series.stale.detach': 'أزل من السلسلة',
  'series.stale.detachLabel': 'أزل اللقاء {id} من السلسلة',
  'series.stale.reattached': 'رُبط اللقاء من جديد.',
  'series.stale.detached': 'أُزيل اللقاء من السلسلة.',
  'series.stale.wrongKey': 'المفتاح في هذا المتصفح ليس مفتاح اللقاء الجديد. الصق رابط لوحة التحكم الجديد للقاء في «أضف ورشة عمل موجودة».',

  'series.attach.heading': 'أضف ورشة عمل موجودة',
  'series.attach.intro': 'مفتاح ورشة العمل نفسها يثبت أنها لك. الصق رابط لوحة التحكم فيُملأ الحقلان كلاهما.',
  'series.attach.id': 'معرّف ورشة العمل أو رابط لوحة التحكم',
  'series.attach.key': 'مفتاح ورشة العمل',
  'series.attach.keyHint': 'يُملأ تلقائيًا إذا كان هذا المتصفح يحفظ لوحة التحكم.',
  'series.attach.submit': 'أضف إلى السلسلة',
  'series.attach.busy': 'جارٍ الإضافة…',
  'series.attach.done': 'أُضيفت ورشة العمل إلى السلسلة.',
  'series.attach.already': 'ورشة العمل موجودة في السلسلة من قبل.',
  'series.attach.forbidden': 'ورشة العمل غير موجودة، أو المفتاح خاطئ.',
  'series.attach.missing': 'املأ المعرّف والمفتاح كليهما.',

  // Exports (page)
  'series.exports.heading': 'صدّر السلسلة',
  'series.exports.intro': 'ملخص كل اللقاءات، دون بيانات شخصية.',
  'series.exports.xlsx': 'Excel (.xlsx)',
  'series.exports.md': 'نص (Markdown)',
  'series.exports.json': 'بيانات (JSON)',
  'series.exports.busy': 'جارٍ الجلب…',

  // Exports (files)
  'series.file.title': 'السلسلة',
  'series.file.totals': 'المجاميع',
  'series.file.meetings': 'اللقاءات',
  'series.file.meeting': 'اللقاء',
  'series.file.date': 'التاريخ',
  'series.file.participants': 'المشاركون',
  'series.file.associations': 'الجمعيات (المختلفة)',
  'series.file.signups': 'التسجيلات في مجموعة العمل',
  'series.file.posts': 'المداخلات',
  'series.file.votes': 'الأصوات',
  'series.file.sectors': 'القطاعات',
  'series.file.sector': 'القطاع',
  'series.file.notGiven': 'لم يُذكر قطاع',
  'series.file.round': 'الحوار',
  'series.file.roundShort': 'الحوار {n} – {noun}',
  'series.file.group': 'المجموعة',
  'series.file.text': 'النص',
  'series.file.groupVotes': 'أصوات المجموعة',
  'series.file.inMeetings': 'اللقاءات في المجموعة',
  'series.file.carried': 'من اللقاء السابق',
  'series.file.yes': 'نعم',
  'series.file.updates': 'ماذا حدث منذ المرة الماضية؟',
  'series.file.similar': 'صياغات متشابهة',
  'series.file.exported': 'صُدّر في {date}',
  'series.file.none': 'لا مداخلات.'
};
