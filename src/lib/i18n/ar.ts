import type { Message } from './format.js';
import type { CommonKey } from './sv.js';
import { privacyAr } from './catalogue/privacy.ar.js';
import { publishAr } from './catalogue/publish.ar.js';
import { a11yAr } from './catalogue/a11y.ar.js';
import { exportsHomeAr } from './catalogue/exports-home.ar.js';
import { seriesHomeAr } from './catalogue/series-home.ar.js';
import { participantJoinAr } from './catalogue/participant-join.ar.js';

/**
 * Modern Standard Arabic for the keys every page has (`sv`; a missing or extra key is a
 * type error); the staff pages' part is ar-staff.ts, loaded like en-staff.ts. Plural
 * messages give Arabic's six forms (zero, one, two, few, many, other; see format.ts);
 * numbers use Latin digits (see languages.ts).
 */
export const ar: Record<CommonKey, Message> = {
  'app.name': 'Samråd',
  'content.untranslated': 'غير مترجم',
  'app.tagline': 'لقاءات حوار بين البلدية والجمعيات',
  'layout.skip': 'انتقل إلى المحتوى',
  'layout.home': 'Samråd – إلى الصفحة الرئيسية',
  'layout.footer': 'Samråd برنامج حرّ للقاءات الحوار. لا حسابات ولا أدوات تتبّع – كل شيء يبقى على خادم الاجتماع نفسه.',
  'lang.label': 'اللغة',

  'conn.connecting': 'جارٍ الاتصال…',
  'conn.connected': 'متصل',
  'conn.reconnecting': 'جارٍ إعادة الاتصال…',
  'conn.offline': 'غير متصل',
  'conn.unsent': {
    zero: 'لا تغييرات بانتظار الإرسال.',
    one: 'تغيير واحد لم يُرسَل بعد – سيُرسَل عندما تعود متصلًا.',
    two: 'تغييران لم يُرسَلا بعد – سيُرسَلان عندما تعود متصلًا.',
    few: '{count} تغييرات لم تُرسَل بعد – ستُرسَل عندما تعود متصلًا.',
    many: '{count} تغييرًا لم يُرسَل بعد – ستُرسَل عندما تعود متصلًا.',
    other: '{count} تغيير لم يُرسَل بعد – ستُرسَل عندما تعود متصلًا.'
  },
  'conn.sending': {
    zero: 'لا شيء للإرسال.',
    one: 'جارٍ إرسال تغيير واحد…',
    two: 'جارٍ إرسال تغييرين…',
    few: 'جارٍ إرسال {count} تغييرات…',
    many: 'جارٍ إرسال {count} تغييرًا…',
    other: 'جارٍ إرسال {count} تغيير…'
  },
  'error.page.heading': 'الصفحة غير موجودة',
  'error.page.body': 'هذا العنوان لا يؤدي إلى أي صفحة في Samråd. تحقق من الرابط أو اذهب إلى الصفحة الرئيسية.',
  'error.page.other': 'حدث خطأ أثناء عرض الصفحة. أعد تحميلها أو اذهب إلى الصفحة الرئيسية.',
  'error.page.home': 'إلى الصفحة الرئيسية',
  'error.dismiss': 'أغلق الرسالة',
  'error.refusedPost': 'لم يُقبَل نصّك. ها هو، لتتمكن من نسخه:',

  'home.title': 'مرحبًا بك في Samråd',
  'home.intro': 'شارك في لقاء حوار من هاتفك، أو أنشئ ورشة عمل لاجتماعك.',
  'home.join.heading': 'انضم إلى اجتماع',
  'home.join.label': 'رمز الاجتماع',
  'home.join.hint': 'ستة أحرف وأرقام تظهر على الشاشة الكبيرة، مثل K7M 4QX. رمز الاستشارة (remiss) سبعة.',
  'home.join.submit': 'انضم',
  'home.join.empty': 'اكتب الرمز الظاهر على الشاشة الكبيرة.',
  'home.join.invalid': 'الرمز ستة أحرف وأرقام (لاتينية)، وسبعة للاستشارة. قارنه بما على الشاشة الكبيرة.',
  'home.create.heading': 'أنشئ ورشة عمل',
  'home.create.intro': 'لميسّري الاجتماعات. تحصل على رمز للمشاركين، وعرض لجهاز الإسقاط، ولوحة تحكم.',
  'home.create.template': 'القالب',
  'home.create.title': 'العنوان (اختياري)',
  'home.create.titleHint': 'يظهر للمشاركين. اتركه فارغًا لاستخدام عنوان القالب.',
  'home.create.submit': 'أنشئ ورشة العمل',
  'home.create.busy': 'جارٍ الإنشاء…',

  'round.short': 'الحوار {n}',
  'stage.collecting': 'جمع المداخلات',
  'stage.voting': 'التصويت',
  'stage.results': 'النتائج',
  'stage.closed': 'مُغلق',
  'phase.lobby': 'قاعة الانتظار',

  'p.pageTitle': 'انضمام – {code}',
  'join.heading': 'انضم إلى الاجتماع',
  'join.code': 'الرمز {code}',
  'join.name': 'اسمك (اختياري)',
  'join.association': 'الجمعية (اختياري)',
  'join.submit': 'انضم',
  'join.closed': 'لم يعد الاجتماع يقبل مشاركين جددًا. إذا كنت قد انضممت من هذا الهاتف فستعود تلقائيًا.',
  'join.expired': 'لم يعد اتصالك السابق معروفًا. يُرجى الانضمام من جديد.',
  'unknown.heading': 'رمز غير معروف',
  'unknown.body': 'لا يوجد اجتماع بالرمز {code}. تحقق من الرمز على الشاشة الكبيرة وحاول مرة أخرى.',
  'unknown.back': 'أدخل رمزًا آخر',

  // The post noun is workshop content (Swedish unless translated): an Arabic sentence
  // around a Swedish word reads badly, and the round's prompt already says what to write.

  // Phrased so that the noun never follows the number: right for every count.

  'results.heading': 'النتائج',
  'results.votes': {
    zero: 'لا أصوات',
    one: 'صوت واحد',
    two: 'صوتان',
    few: '{count} أصوات',
    many: '{count} صوتًا',
    other: '{count} صوت'
  },
  'results.rank': 'المرتبة {rank}',
  'results.none': 'لا مداخلات.',
  'results.waiting': 'تظهر النتائج عندما يعرضها الميسّر.',

  'f.phase.button': '{round}: {stage}',
  'timer.label': 'الوقت المتبقي',
  'timer.paused': 'متوقف مؤقتًا',
  'timer.aria': 'الوقت المتبقي: {time}',
  'timer.lastMinute': 'بقيت دقيقة واحدة.',
  'timer.done': 'انتهى الوقت.',
  'timer.closed': 'مُغلق',
  ...privacyAr,
  ...publishAr,
  ...a11yAr,
  ...exportsHomeAr,
  ...seriesHomeAr,
  ...participantJoinAr,
};
