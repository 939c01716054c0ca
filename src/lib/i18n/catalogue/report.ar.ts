import type { Message } from '../format.js';
import type { reportSv } from './report.sv.js';

/** Arabic for ./report.sv.ts: exactly the same keys (the type checker enforces it). */
export const reportAr: Record<keyof typeof reportSv, Message> = {
  'report.pageTitle': 'التقرير: {title}',
  'report.pageTitleBare': 'التقرير',
  'report.loading': 'جارٍ تحميل التقرير…',
  'report.retry': 'حاول مرة أخرى',
  'report.problem.missingKey.heading': 'المفتاح مفقود',
  'report.problem.missingKey.body':
    'يحتاج التقرير إلى المفتاح السري للاجتماع. افتح التقرير من لوحة التحكم في المتصفح نفسه، أو خذ رابط لوحة التحكم (الذي ينتهي بـ ‎#key=‎) وأضف ‎/report‎ بعد معرّف الاجتماع.',
  'report.problem.unauthorized.heading': 'لا يمكن عرض التقرير',
  'report.problem.unauthorized.body': 'المفتاح غير صالح لهذا الاجتماع، أو لم يعد الاجتماع موجودًا. افتح التقرير من لوحة التحكم بأحدث رابط.',
  'report.problem.failed.heading': 'تعذّر تحميل التقرير',
  'report.problem.failed.body': 'لم يردّ الخادم. تحقق من الاتصال وحاول مرة أخرى.',

  'report.print': 'اطبع / احفظ كملف PDF',
  'report.printHint': 'اختر «حفظ كملف PDF» بدلًا من الطابعة لتحصل على ملف PDF. الصفحة منسّقة لورق A4.',
  'report.backToConsole': 'عودة إلى لوحة التحكم',
  'report.kicker': 'تقرير لقاء الحوار',
  'report.date': 'التاريخ: {date}',
  'report.generated': 'أُعدّ التقرير في {time}',
  'report.percent': '{value}%',

  'report.summary.heading': 'الملخص',
  'report.summary.none': 'لم يُكتب ملخص بعد. يُكتب في لوحة التحكم، تحت «التقرير».',

  'report.figures.heading': 'المشاركة',
  'report.figures.participants': 'المشاركون',
  'report.figures.associations': 'الجمعيات',
  'report.figures.posts': 'المداخلات',
  'report.figures.votes': 'الأصوات',
  'report.figures.signups': 'المسجّلون في مجموعة العمل',
  'report.sectors.heading': 'التمثيل حسب القطاع',
  'report.sectors.empty': 'لم ينضم أحد.',
  'report.sectors.none': 'لم يُذكر قطاع',
  'report.sectors.col.sector': 'القطاع',
  'report.sectors.col.count': 'المشاركون',
  'report.sectors.col.share': 'النسبة',

  'report.round.posts': {
    zero: 'لا مداخلات',
    one: 'مداخلة واحدة',
    two: 'مداخلتان',
    few: '{count} مداخلات',
    many: '{count} مداخلة',
    other: '{count} مداخلة'
  },
  'report.round.votes': {
    zero: 'لا أصوات',
    one: 'صوت واحد',
    two: 'صوتان',
    few: '{count} أصوات',
    many: '{count} صوتًا',
    other: '{count} صوت'
  },
  'report.round.introOne': 'لكل مبدأ، مرتبة حسب الأصوات.',
  'report.round.introMany': 'لكل مبدأ، مرتبة حسب الأصوات. النشاط المرتبط بعدة مبادئ يظهر تحت كل منها.',
  'report.topic.empty': 'لا مداخلات حول هذا المبدأ.',
  'report.col.rank': 'المرتبة',
  'report.col.interpretation': 'التفسير',
  'report.col.activity': 'النشاط',
  'report.col.votes': 'الأصوات',
  'report.col.bar': 'الشريط',
  'report.row.carried': {
    one: 'من {title} (صوت واحد هناك)',
    two: 'من {title} (صوتان هناك)',
    few: 'من {title} ({count} أصوات هناك)',
    many: 'من {title} ({count} صوتًا هناك)',
    other: 'من {title} ({count} صوت هناك)'
  },
  'report.row.table': 'الطاولة {table}',
  'report.row.people': {
    one: 'شخص واحد',
    two: 'شخصان',
    few: '{count} أشخاص',
    many: '{count} شخصًا',
    other: '{count} شخص'
  },
  'report.row.paper': 'ورقة مكتوبة',

  'report.coverage.heading': 'أي المبادئ تخدمها الأنشطة',
  'report.coverage.title': 'الأنشطة والمبادئ: خلية مملوءة = النشاط مرتبط بالمبدأ',
  'report.coverage.legend':
    'الخلية المؤطّرة المملوءة تعني أن النشاط مرتبط بالمبدأ. الرقم في الخلية هو أصوات النشاط – كلما كانت الخلية أغمق كانت الأصوات أكثر. في الأسفل: عدد الأنشطة والأصوات لكل مبدأ.',
  'report.coverage.top': 'يعرض المخطط الأنشطة الـ{count} الأكثر أصواتًا من أصل {total}؛ وكلها موجودة في خطة الأنشطة.',
  'report.coverage.activities': 'الأنشطة',
  'report.coverage.votes': 'الأصوات',
  'report.coverage.topicSummary': '{topic}: الأنشطة {activities}، ومجموع أصواتها {votes}',
  'report.coverage.table': 'اعرض المخطط جدولًا',
  'report.coverage.linked': 'نعم',
  'report.coverage.notLinked': '–',
  'report.coverage.none': 'لا أنشطة بعد.',

  'report.plan.heading': 'خطة الأنشطة (مسودة)',
  'report.plan.intro':
    'مسودة ملحق للاتفاق: أنشطة «{round}» لكل مبدأ، الأكثر أصواتًا أولًا. املأ من المسؤول، ومتى يحدث النشاط، وكيف تتم متابعته.',
  'report.plan.col.activity': 'النشاط',
  'report.plan.col.responsible': 'المسؤول',
  'report.plan.col.timeframe': 'الإطار الزمني',
  'report.plan.col.followUp': 'المتابعة',
  'report.plan.alsoUnder': 'أيضًا تحت: {topics}',
  'report.plan.empty': 'لا أنشطة من الاجتماع – أضف أنشطتك.',

  'report.eval.heading': 'التقييم',
  'report.eval.responses': {
    zero: 'لم يُجب أي مشارك.',
    one: 'أجاب مشارك واحد.',
    two: 'أجاب مشاركان.',
    few: 'أجاب {count} مشاركين.',
    many: 'أجاب {count} مشاركًا.',
    other: 'أجاب {count} مشارك.'
  },
  'report.eval.scale': 'المقياس من 1 (إطلاقًا) إلى 5 (تمامًا).',
  'report.eval.col.question': 'السؤال',
  'report.eval.col.mean': 'المتوسط',
  'report.eval.col.score': 'عدد من أجابوا {score}',
  'report.eval.mean': '{mean} من 5',
  'report.eval.noMean': 'لا إجابات',
  'report.eval.none': 'لم يُجب أحد عن التقييم.',
  'report.eval.commentsNote': 'تعليقات المشاركين موجودة في لوحة التحكم وليست جزءًا من التقرير.',

  'report.updates.heading': 'ماذا حدث منذ الاجتماع؟',

  'report.console.heading': 'التقرير',
  'report.console.intro':
    'يجمع التقرير نتائج الاجتماع للطباعة أو لملف PDF: المشاركة، والتفسيرات والأنشطة مرتبة، ومسودة خطة الأنشطة، والتقييم، وملخصك. لا يتضمن أسماءً ولا بيانات تواصل.',
  'report.console.summaryLabel': 'الملخص الختامي',
  'report.console.summaryHint': 'يفتتح التقرير، ويراه المشاركون بعد نشر النتيجة.',
  'report.console.count': 'الأحرف: {count} من {max}',
  'report.console.save': 'احفظ الملخص',
  'report.console.saving': 'جارٍ الحفظ…',
  'report.console.saved': 'حُفظ',
  'report.console.unsaved': 'تغييرات غير محفوظة',
  'report.console.empty': 'لا ملخص بعد',
  'report.console.changedElsewhere': 'حُفظ الملخص من لوحة تحكم أخرى أثناء كتابتك.',
  'report.console.takeSaved': 'استخدم النص المحفوظ',
  'report.console.open': 'افتح التقرير في علامة تبويب جديدة'
};
