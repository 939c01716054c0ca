import type { Message } from '../format.js';
import type { seriesHomeSv } from './series-home.sv.js';

/** Arabic for ./series-home.sv.ts: exactly the same keys (the type checker enforces it). */
export const seriesHomeAr: Record<keyof typeof seriesHomeSv, Message> = {
  // Home page
  'series.create.heading': 'أنشئ سلسلة',
  'series.create.intro': 'عدة لقاءات حوار مترابطة؟ اجمعها في سلسلة واطّلع على نتائجها معًا.',
  'series.create.title': 'اسم السلسلة',
  'series.create.titleHint': 'مثلًا «لقاءات الحوار، ربيع 2017».',
  'series.create.empty': 'أعطِ السلسلة اسمًا.',
  'series.create.submit': 'أنشئ السلسلة',
  'series.create.busy': 'جارٍ الإنشاء…',
};
