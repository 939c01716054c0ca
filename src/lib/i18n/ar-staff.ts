import type { Message } from './format.js';
import type { StaffKey } from './sv-staff.js';
import { meetingAr } from './catalogue/meeting.ar.js';
import { moderationAr } from './catalogue/moderation.ar.js';
import { setupAr } from './catalogue/setup.ar.js';
import { screenAr } from './catalogue/screen.ar.js';
import { publishStaffAr } from './catalogue/publish-staff.ar.js';
import { a11yStatementAr } from './catalogue/a11y-statement.ar.js';
import { reportAr } from './catalogue/report.ar.js';
import { exportsAr } from './catalogue/exports.ar.js';
import { privacyStaffAr } from './catalogue/privacy-staff.ar.js';
import { seriesAr } from './catalogue/series.ar.js';
import { agreementFileAr } from './catalogue/agreement-file.ar.js';
import { agreementStaffAr } from './catalogue/agreement-staff.ar.js';

/** Same keys as `svStaff` (a missing or extra key is a type error): Arabic for the staff pages. */
export const arStaff: Record<StaffKey, Message> = {
  's.pageTitle': 'الشاشة الكبيرة – {code}',
  's.scan': 'امسح رمز QR أو اذهب إلى',
  's.enterCode': 'وأدخل الرمز',
  's.qrAlt': 'رمز QR يؤدي إلى \u2066{url}\u2069',
  's.joined': {
    zero: 'لم ينضم أي مشارك بعد',
    one: 'انضم مشارك واحد',
    two: 'انضم مشاركان',
    few: 'انضم {count} مشاركين',
    many: 'انضم {count} مشاركًا',
    other: 'انضم {count} مشارك'
  },
  's.posts': {
    zero: 'لا مداخلات',
    one: 'مداخلة واحدة',
    two: 'مداخلتان',
    few: '{count} مداخلات',
    many: '{count} مداخلة',
    other: '{count} مداخلة'
  },
  's.votesCast': {
    zero: 'لم يُدلَ بأي صوت',
    one: 'أُدليَ بصوت واحد',
    two: 'أُدليَ بصوتين',
    few: 'أُدليَ بـ{count} أصوات',
    many: 'أُدليَ بـ{count} صوتًا',
    other: 'أُدليَ بـ{count} صوت'
  },
  's.empty': 'لا مداخلات بعد',
  // Left-to-right isolates keep an address and a code in their own order inside Arabic.
  's.strip': 'انضم عبر \u2066{url}\u2069 بالرمز \u2066{code}\u2069',
  's.fullscreen': 'ملء الشاشة',
  's.exitFullscreen': 'الخروج من ملء الشاشة',
  's.thanks': 'شكرًا لكم على هذا اليوم!',
  's.waiting': 'يبدأ الاجتماع قريبًا',

  'f.pageTitle': 'لوحة التحكم – {title}',
  'f.missingKey.heading': 'المفتاح مفقود',
  'f.missingKey.body':
    'تحتاج لوحة التحكم إلى المفتاح السري للاجتماع. افتح الرابط الذي حصلت عليه عند إنشاء الاجتماع – ينتهي بـ ‎#key=‎ متبوعًا بالمفتاح.',
  'f.badKey.heading': 'مفتاح خاطئ',
  'f.badKey.body': 'المفتاح في الرابط غير صالح لهذا الاجتماع. تحقق من أن لديك الرابط كاملًا.',
  'f.notFound.heading': 'الاجتماع غير موجود',
  'f.notFound.body': 'لا يوجد اجتماع على هذا العنوان. ربما حُذف.',
  'f.keyNote': 'احتفظ بعنوان هذه الصفحة: فيه المفتاح الذي يتحكم بالاجتماع. لا تشاركه مع المشاركين.',
  'f.share.heading': 'دعوة',
  'f.code': 'الرمز',
  'f.link': 'رابط المشاركين',
  'f.copy': 'انسخ الرابط',
  'f.copied': 'نُسخ الرابط.',
  'f.copyFailed': 'تعذّر النسخ. حدّد الرابط وانسخه بنفسك.',
  'f.openScreen': 'افتح الشاشة الكبيرة في علامة تبويب جديدة',
  'f.qrAlt': 'رمز QR لرابط المشاركين \u2066{url}\u2069',
  'f.localhost':
    'يشير رابط المشاركين إلى \u2066{host}\u2069، ولا تستطيع هواتف القاعة الوصول إليه. شغّل الخادم مع ضبط PUBLIC_URL على عنوان تصل إليه الهواتف، مثل \u2066http://192.168.1.20:3000\u2069.',
  'f.stats.heading': 'الآن',
  'f.stats.joined': 'المشاركون',
  'f.stats.posts': 'المداخلات النشطة',
  'f.phase.heading': 'إدارة الاجتماع',
  'f.phase.hint': 'اختر ما يجب أن يفعله المشاركون الآن. الخطوة الجارية مُعلَّمة.',
  'f.phase.current': 'جارٍ',
  'f.posts.heading': 'المداخلات',
  'f.posts.round': 'اعرض مداخلات',
  'f.posts.none': 'لا مداخلات بعد.',
  'f.posts.hidden': 'مخفية',
  'f.posts.anonymous': 'مجهول الاسم',
  'f.posts.count': {
    zero: 'لا مداخلات',
    one: 'مداخلة واحدة',
    two: 'مداخلتان',
    few: '{count} مداخلات',
    many: '{count} مداخلة',
    other: '{count} مداخلة'
  },
  'f.hide': 'أخفِ',
  'f.hideLabel': 'أخفِ: {text}',
  'f.unhide': 'أظهر مجددًا',
  'f.unhideLabel': 'أظهر مجددًا: {text}',
  ...meetingAr,
  ...moderationAr,
  ...setupAr,
  ...screenAr,
  ...publishStaffAr,
  ...a11yStatementAr,
  ...reportAr,
  ...exportsAr,
  ...privacyStaffAr,
  ...seriesAr,
  ...agreementFileAr,
  ...agreementStaffAr,
};
