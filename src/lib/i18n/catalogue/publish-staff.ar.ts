import type { Message } from '../format.js';
import type { publishStaffSv } from './publish-staff.sv.js';

/** Arabic for ./publish-staff.sv.ts: exactly the same keys (the type checker enforces it). */
export const publishStaffAr: Record<keyof typeof publishStaffSv, Message> = {
  'publish.console.heading': 'الإفادة الراجعة للمشاركين',
  'publish.console.intro': 'أخبر المشاركين بما نتج عن الاجتماع – وبما حدث منذ ذلك الحين.',
  'publish.console.publishHeading': 'نشر النتائج',
  'publish.console.state.published': 'نُشرت في {date}',
  'publish.console.state.draft': 'غير منشورة',
  'publish.console.what':
    'بعد نشر النتائج يعرضها رابط المشاركين ورمز QR لكل من لديه الرابط: التفسيرات والأنشطة مرتّبة حسب الأصوات، والاجتماع بالأرقام، وخلاصتك الختامية، والتحديثات أدناه. لا تُعرض أسماء ولا أسماء جمعيات ولا بيانات اتصال ولا إجابات التقييم، ولا تُحتسب المداخلات المخفية أو المدمجة.',
  'publish.console.noSummary': 'لم تُكتب خلاصة ختامية بعد. تُعرض الصفحة دونها إلى أن تكتبها في قسم التقرير.',
  'publish.console.publish': 'انشر النتائج',
  'publish.console.withdraw': 'اسحب النشر',
  'publish.console.busy': 'جارٍ الإرسال…',
  'publish.console.withdrawNote': 'إذا سحبت النشر يعود الرابط فورًا إلى عرض الاجتماع بدل النتائج. يمكنك النشر من جديد متى شئت.',
  'publish.console.open': 'افتح الصفحة المنشورة (علامة تبويب جديدة)',

  'publish.updates.consoleHeading': 'ماذا حدث منذ الاجتماع؟',
  'publish.updates.consoleHint': 'تظهر التحديثات المؤرَّخة، الأحدث أولًا، في الصفحة المنشورة وعلى الشاشة الكبيرة («ماذا حدث منذ المرة الماضية؟»).',
  'publish.updates.date': 'التاريخ',
  'publish.updates.text': 'ماذا حدث؟',
  'publish.updates.textHint': 'مثلًا: أقرّت اللجنة التنفيذية للبلدية الاتفاق.',
  'publish.updates.add': 'أضف التحديث',
  'publish.updates.needText': 'اكتب ما حدث.',
  'publish.updates.needDate': 'اختر تاريخًا.',
  'publish.updates.added': 'أُضيف التحديث.',
  'publish.updates.removed': 'حُذف التحديث.',
  'publish.updates.none': 'لا تحديثات بعد.',
  'publish.updates.full': 'الحد الأقصى {count} تحديثًا. احذف واحدًا لتضيف تحديثًا جديدًا.',
  'publish.updates.listHeading': {
    zero: 'لا تحديثات',
    one: 'تحديث واحد',
    two: 'تحديثان',
    few: '{count} تحديثات',
    many: '{count} تحديثًا',
    other: '{count} تحديث'
  },
  'publish.updates.remove': 'احذف',
  'publish.updates.removeLabel': 'احذف تحديث {date}: {text}',
  'publish.updates.confirm': 'هل تحذف تحديث {date}؟',
  'publish.updates.confirmYes': 'نعم، احذف',
  'publish.updates.cancel': 'إلغاء',

  'publish.screen.label': 'التحديثات، الأحدث أولًا',
  'publish.screen.empty': 'لا تحديثات بعد.'
};
