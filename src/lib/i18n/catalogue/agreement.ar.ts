import type { Message } from '../format.js';
import type { agreementSv } from './agreement.sv.js';

/** Arabic for ./agreement.sv.ts: exactly the same keys (the type checker enforces it). */
export const agreementAr: Record<keyof typeof agreementSv, Message> = {
  'agr.loading': 'جارٍ جلب النص…',
  'agr.notFound.heading': 'هذه الصفحة غير موجودة',
  'agr.notFound.body': 'لا توجد اتفاقية بالرمز {code}. تحقق من الرابط أو رمز QR.',
  'agr.failed.heading': 'تعذّر جلب النص',
  'agr.failed.body': 'لا اتصال بالخادم الآن. تحقق من اتصالك وحاول مرة أخرى.',
  'agr.retry': 'حاول مرة أخرى',

  'agr.stage.draft': 'مقترح قيد الكتابة',
  'agr.stage.remiss': 'استشارة عامة – مفتوحة للتعليقات',
  'agr.stage.closed': 'أُغلقت الاستشارة',
  'agr.stage.compiled': 'مقترح معدَّل بعد الاستشارة',
  'agr.stage.adopted': 'اتفاقية معتمدة',
  'agr.draft.body': 'لم يُنشر النص بعد – ما زالت مجموعة العمل تكتب المقترح. عُد إلى هنا لاحقًا: الرابط ورمز QR يبقيان كما هما.',
  'agr.remiss.until': 'مفتوحة للتعليقات حتى {date}.',
  'agr.remiss.what': 'الاستشارة العامة تعني أن المقترح يُرسل لكي تبدي الجمعيات رأيها قبل اتخاذ القرار.',
  'agr.remiss.how': 'اقرأ الأقسام واضغط «علِّق» تحت القسم الذي تريد أن تقول شيئًا عنه. يُرَدّ على كل تعليق في تقرير الاستشارة.',
  'agr.remiss.start': 'اقرأ وعلِّق',
  'agr.closed.body': 'أُغلقت الاستشارة في {date}. يراجع المنظمون الآن كل التعليقات ويردّون عليها.',
  'agr.compiled.body': 'عُدِّل النص بعد الاستشارة. يبيّن تقرير الاستشارة كيف رُدَّ على كل تعليق وما الذي تغيّر.',
  'agr.compilation.link': 'تقرير الاستشارة للنسخة {n} ({date})',
  'agr.adopted.decided': 'اعتُمدت في {date}',
  'agr.adopted.decision': 'القرار: {decision}',
  'agr.adopted.body': 'يمكن للجمعيات الانضمام إلى الاتفاقية هنا في هذه الصفحة.',
  'agr.adopted.join': 'انضمّوا بجمعيتكم',
  'agr.version': 'النسخة {n}، نُشرت في {date}',

  'agr.toc.label': 'الأقسام',
  'agr.toc.summary': { zero: 'المحتويات – لا أقسام', one: 'المحتويات – قسم واحد', two: 'المحتويات – قسمان', few: 'المحتويات – {count} أقسام', other: 'المحتويات – {count} قسمًا' },
  'agr.section.empty': 'لا يحتوي هذا القسم على نص بعد.',
  'agr.sources.summary': 'ماذا قالت الجمعيات ({count})',
  'agr.sources.intro': 'هذا ما كتبه المشاركون في لقاءات الحوار. الفقرة أعلاه مبنية عليه.',
  'agr.sources.gone': {
    one: 'مشاركة واحدة لم يعد عرضها ممكنًا (مخفية أو محذوفة).',
    two: 'مشاركتان لم يعد عرضهما ممكنًا (مخفيتان أو محذوفتان).',
    few: '{count} مشاركات لم يعد عرضها ممكنًا (مخفية أو محذوفة).',
    other: '{count} مشاركة لم يعد عرضها ممكنًا (مخفية أو محذوفة).'
  },
  'agr.comment.open': 'علِّق',
  'agr.comment.openSection': 'على القسم {section}',

  'agr.own.heading': 'تعليقاتك',
  'agr.own.link': { one: 'تعليقك (1)', two: 'تعليقاك (2)', other: 'تعليقاتك ({count})' },
  'agr.own.intro': 'التعليقات التي أرسلتها من هذا المتصفح.',
  'agr.own.on': 'عن القسم «{section}»',
  'agr.own.as': 'باسم {association}',
  'agr.own.anonymous': 'مجهول الاسم',
  'agr.own.erased': '(محذوف)',
  'agr.own.waiting': 'لم يُرَدّ عليه بعد. تُنشر الردود في تقرير الاستشارة.',
  'agr.answer.label': 'الرد:',
  'agr.verdict.accepted': 'مقبول',
  'agr.verdict.partly': 'مقبول جزئيًا',
  'agr.verdict.rejected': 'مرفوض',

  'agr.joined.heading': 'الجمعيات التي انضمّت',
  'agr.joined.none': 'لم تنضمّ أي جمعية بعد.',
  'agr.joined.more': { one: 'وجمعية أخرى', two: 'وجمعيتان أخريان', few: 'و{count} جمعيات أخرى', other: 'و{count} جمعية أخرى' },
  'agr.joined.total': { one: 'انضمّت جمعية واحدة.', two: 'انضمّت جمعيتان.', few: 'انضمّت {count} جمعيات.', other: 'انضمّت {count} جمعية.' }
};
