import type { Message } from '../format.js';
import type { privacySv } from './privacy.sv.js';

/** Arabic for ./privacy.sv.ts: exactly the same keys (the type checker enforces it). */
export const privacyAr: Record<keyof typeof privacySv, Message> = {
  'privacy.link': 'كيف تُعامَل بياناتك',
  'privacy.linkNewTab': 'كيف تُعامَل بياناتك (يُفتح في علامة تبويب جديدة)',
  'privacy.footerLink': 'الخصوصية',
  'privacy.cancel': 'إلغاء',

  'privacy.ended.deleted.heading': 'حُذفت ورشة العمل',
  'privacy.ended.deleted.phone':
    'حُذفت ورشة العمل بكل ما فيها: المداخلات والأصوات والملفات الشخصية والتسجيلات وإجابات التقييم. لم يبقَ منها شيء على الخادم، ونسي هذا الهاتف أنك شاركت.',
  'privacy.ended.deleted.console':
    'حُذفت ورشة العمل بكل ما فيها: المداخلات والأصوات والملفات الشخصية والتسجيلات وإجابات التقييم. لم تعد روابط الاجتماع والشاشة الكبيرة ولوحة التحكم تؤدي إلى أي مكان.',
  'privacy.ended.deleted.screen': 'حُذف كل ما في ورشة العمل. لم يعد لدى الشاشة الكبيرة ما تعرضه – يمكنك إغلاق هذه النافذة.',
  'privacy.ended.keyRotated.heading': 'تغيّر مفتاح لوحة التحكم',
  'privacy.ended.keyRotated.body':
    'غيّر أحدهم المفتاح من لوحة تحكم أخرى. لم يعد الرابط الذي استخدمته يعمل، وسُجّل خروج لوحة التحكم هذه. اطلب الرابط الجديد ممن غيّر المفتاح.',
  'privacy.ended.erased.heading': 'حُذفت بياناتك',
  'privacy.ended.erased.body':
    'أُزيل ملفك الشخصي وتسجيلك في مجموعة العمل وإجابتك في التقييم وأصواتك، وسُحبت مداخلاتك. نسي هذا الهاتف أنك شاركت.',
  'privacy.ended.erased.again': 'يمكنك الانضمام من جديد كمشارك جديد مجهول الاسم. لا ينتقل شيء مما فعلته سابقًا.',
  'privacy.ended.erased.rejoin': 'انضم من جديد دون ذكر اسمك',
};
