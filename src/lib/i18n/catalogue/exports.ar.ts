import type { Message } from '../format.js';
import type { exportsSv } from './exports.sv.js';

/** Arabic for ./exports.sv.ts: exactly the same keys (the type checker enforces it). */
export const exportsAr: Record<keyof typeof exportsSv, Message> = {
  'exports.heading': 'النتائج والتصدير',
  'exports.intro': 'نزّل نتائج الاجتماع لمواصلة العمل عليها في جداول البيانات والمستندات.',
  'exports.xlsx': 'Excel ‏(.xlsx)',
  'exports.xlsxHint': 'ملخص، وورقة لكل جولة، والمشاركة حسب الجمعية، ومسودة لخطة الأنشطة.',
  'exports.csv': 'CSV لبرنامج Excel بالسويدية (فاصلة منقوطة)',
  'exports.csvHint': 'مساهمة واحدة في كل صف. يُفتح في الأعمدة الصحيحة في Excel المضبوط على السويدية.',
  'exports.csvComma': 'CSV بالفواصل',
  'exports.csvCommaHint': 'المحتوى نفسه، للبرامج الأخرى ولبرنامج Excel بالإنجليزية.',
  'exports.md': 'الملخص نصًّا (.md)',
  'exports.mdHint': 'الأرقام والقائمة المرتبة لكل مبدأ، للصقها في المحاضر والتقارير.',
  'exports.json': 'ورشة العمل كاملة (.json)',
  'exports.jsonHint':
    'للأرشيف، أو لاستيراد ورشة العمل من الصفحة الرئيسية في خادم Samråd آخر. مع أسماء المشاركين وجمعياتهم، دون بيانات الاتصال أو المفاتيح.',
  'exports.signups.heading': 'التسجيل في مجموعة العمل',
  'exports.signups.note':
    'بيانات الاتصال موجودة في هذا الملف فقط – وليست في أي من الملفات أعلاه. شاركه فقط مع من سيتواصلون مع مجموعة العمل، واحذفه عندما لا تعود بحاجة إليه.',
  'exports.signups.download': 'التسجيلات مع بيانات الاتصال (.csv)',
  'exports.signups.count': {
    zero: 'لم يسجّل أحد.',
    one: 'سجّل شخص واحد.',
    two: 'سجّل شخصان.',
    few: 'سجّل {count} أشخاص.',
    many: 'سجّل {count} شخصًا.',
    other: 'سجّل {count} شخص.'
  },
  'exports.signups.none': 'لم يسجّل أحد بعد.',
  'exports.busy': 'جارٍ التنزيل…',
  'exports.done': 'تم تنزيل {file}.',
  'exports.failed': 'تعذّر تنزيل الملف. {reason}',
  'exports.outside':
    'الملف الذي يُنزَّل يصبح خارج سيطرة الخادم: لا يصل إليه الحذف التلقائي ولا حذف المشاركين لبياناتهم ولا «حذف ورشة العمل». من ينزّله مسؤول عن مكان حفظه وعن حذفه.',
  'exports.person.heading': 'بيانات مشارك واحد',
  'exports.person.hint': 'إذا طلب أحدهم معرفة ما حفظه الاجتماع عنه: اختره هنا ونزّل الملف نفسه الذي يعطيه إياه هاتفه. لا يستطيع المشاركون المجهولون تنزيل بياناتهم إلا من هواتفهم.',
  'exports.person.list': 'اعرض المشاركين الذين ذكروا اسمًا أو جمعية',
  'exports.person.none': 'لم يذكر أي مشارك اسمًا أو جمعية.',
  'exports.person.choose': 'المشارك',
  'exports.person.noName': '(بلا اسم)',
  'exports.person.table': 'الطاولة {table}',
  'exports.person.download': 'نزّل بيانات المشارك (JSON)',
  'exports.person.erase': 'احذف بيانات المشارك',
  'exports.person.eraseConfirm': 'نعم، احذف – لا يمكن التراجع عن ذلك',
  'exports.person.erased': 'حُذف {who}: أُزيل الملف الشخصي والتسجيل وإجابة التقييم والأصوات، وسُحبت المداخلات.',
  'exports.noKey': 'المفتاح مفقود. افتح لوحة التحكم بالرابط الذي ينتهي بـ ‎#key=‎ ثم حاول مرة أخرى.'
};
