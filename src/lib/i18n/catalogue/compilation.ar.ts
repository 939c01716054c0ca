import type { Message } from '../format.js';
import type { compilationSv } from './compilation.sv.js';

/** Arabic for ./compilation.sv.ts: exactly the same keys (the type checker enforces it). */
export const compilationAr: Record<keyof typeof compilationSv, Message> = {
  'agr.comp.pageTitle': 'تقرير الاستشارة – {title}',
  'agr.comp.kicker': 'تقرير الاستشارة',
  'agr.comp.remiss': 'نسخة الاستشارة {n}، نُشرت في {date}',
  'agr.comp.revised': 'النسخة المعدَّلة {n}، نُشرت في {date}',
  'agr.comp.back': 'العودة إلى الاتفاقية',
  'agr.comp.print': 'اطبع / احفظ كملف PDF',
  'agr.comp.printHint': 'اختر «حفظ كملف PDF» في نافذة الطباعة للحصول على ملف. الصفحة مهيّأة لورق A4.',
  'agr.comp.notFound.heading': 'التقرير غير موجود',
  'agr.comp.notFound.body': 'لا يوجد تقرير استشارة منشور لنسخة الاستشارة {n}. يُنشر بعد الرد على كل التعليقات.',

  'agr.comp.totals.heading': 'بالأرقام',
  'agr.comp.totals.comments': 'التعليقات',
  'agr.comp.totals.accepted': 'مقبولة',
  'agr.comp.totals.partly': 'مقبولة جزئيًا',
  'agr.comp.totals.rejected': 'مرفوضة',
  'agr.comp.totals.hidden': 'أخفاها مشرف',
  'agr.comp.totals.associations': 'الجمعيات',

  'agr.comp.comments.heading': 'التعليقات والردود',
  'agr.comp.quiet': 'أقسام بلا تعليقات',
  'agr.comp.from': 'من',
  'agr.comp.anonymous': 'مجهول الاسم',
  'agr.comp.erased': '(محذوف)',
  'agr.comp.noAnswer': 'لا رد',
  'agr.comp.hidden': {
    one: 'تعليق واحد أخفاه مشرف',
    two: 'تعليقان أخفاهما مشرف',
    few: '{count} تعليقات أخفاها مشرف',
    other: '{count} تعليقًا أخفاها مشرف'
  },
  'agr.comp.hiddenReason': 'السبب: {reason}',

  'agr.comp.changes.heading': 'ما الذي تغيّر',
  'agr.comp.changes.intro': 'نسخة الاستشارة مقارنةً بالنسخة المعدَّلة. الكلمات المضافة تحتها خط، والكلمات المحذوفة مشطوبة.',
  'agr.comp.changes.swedish': 'تظهر التغييرات في النص السويدي.',
  'agr.comp.changes.none': 'لم يتغيّر النص.',
  'agr.comp.status.changed': 'تغيّر',
  'agr.comp.status.added': 'قسم جديد',
  'agr.comp.status.removed': 'قسم محذوف',
  'agr.comp.headingBefore': 'كان اسمه سابقًا: {heading}',
  'agr.comp.unchanged': 'أقسام لم تتغيّر',
  'agr.comp.ins': 'أُضيف:',
  'agr.comp.del': 'حُذف:'
};
