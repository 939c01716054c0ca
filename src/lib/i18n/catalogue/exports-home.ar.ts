import type { Message } from '../format.js';
import type { exportsHomeSv } from './exports-home.sv.js';

/** Arabic for ./exports-home.sv.ts: exactly the same keys (the type checker enforces it). */
export const exportsHomeAr: Record<keyof typeof exportsHomeSv, Message> = {
  'exports.import.heading': 'استيراد ورشة عمل',
  'exports.import.intro': 'هل لديك ملف تصدير لورشة عمل كاملة (.json) من Samråd؟ سيصبح ورشة عمل جديدة برمز خاص بها ومفتاح خاص بها.',
  'exports.import.file': 'ملف التصدير (.json)',
  'exports.import.submit': 'استيراد',
  'exports.import.busy': 'جارٍ الاستيراد…',
  'exports.import.noFile': 'اختر ملف تصدير أولًا.',
  'exports.import.error.import_not_json': 'الملف ليس بصيغة JSON. اختر الملف الذي ينتهي بـ ‎.json‎ من تصدير Samråd. لم يُستورد شيء.',
  'exports.import.error.import_unknown_format': 'الملف ليس تصديرًا لورشة عمل من Samråd. لم يُستورد شيء.',
  'exports.import.error.import_unsupported_version': 'الملف من إصدار أحدث من Samråd من هذا الخادم. حدّث الخادم وحاول مرة أخرى. لم يُستورد شيء.',
  'exports.import.error.import_too_large': 'يحتوي الملف على أكثر مما يُسمح به لورشة واحدة على هذا الخادم (50 000 حدث و10 000 مشاركة كحدّ أقصى). لم يُستورد شيء.',
  'exports.import.error.rate_limited': 'عمليات استيراد كثيرة من اتصالك في وقت قصير. انتظر دقيقة ثم حاول مرة أخرى. لم يُستورد شيء.',
  'exports.import.error.import_invalid': 'الملف تالف أو تم تغييره ولا يمكن قراءته. لم يُستورد شيء.',
  'exports.import.error.import_mismatch': 'محتوى الملف غير متّسق – فقد تم تغييره بعد التصدير. لم يُستورد شيء.',
  'exports.import.error.import_newer_rules': 'الملف من إصدار أحدث من Samråd من هذا الخادم. حدِّث الخادم وحاول مرة أخرى. لم يُستورد شيء.',
  'exports.import.error.payload_too_large': 'الملف كبير جدًّا: يمكن استيراد 10 ميغابايت كحد أقصى. لم يُستورد شيء.',
  'exports.import.error.other': 'فشل الاستيراد. تحقّق من الاتصال وحاول مرة أخرى.'
};
