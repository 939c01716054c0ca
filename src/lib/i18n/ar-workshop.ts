import type { Message } from './format.js';
import type { WorkshopKey } from './sv-workshop.js';
import { participantAr } from './catalogue/participant.ar.js';
import { phoneAr } from './catalogue/phone.ar.js';
import { privacyEraseAr } from './catalogue/privacy-erase.ar.js';

/** Same keys as `svWorkshop` (a missing or extra key is a type error): Arabic for a phone's views once joined. */
export const arWorkshop: Record<WorkshopKey, Message> = {
  'lobby.heading': 'لقد انضممت!',
  'lobby.body': 'انتظر حتى يبدأ الميسّر الحوار. تتحدّث هذه الصفحة تلقائيًا.',
  'profile.anonymous': 'أنت تشارك دون ذكر اسمك.',
  'profile.as': 'أنت تشارك باسم {who}.',
  'profile.save': 'احفظ',
  'compose.heading': 'مداخلة جديدة',
  'compose.pickOne': 'عن أي مبدأ تتحدث؟',
  'compose.pickMany': 'إلى أي المبادئ تنتمي؟ اختر واحدًا أو أكثر.',
  'compose.text': 'نص مداخلتك',
  'compose.counter': 'الأحرف: {used} من {max}',
  'compose.over': {
    zero: 'لا أحرف زائدة',
    one: 'حرف واحد زائد',
    two: 'حرفان زائدان',
    few: '{count} أحرف زائدة',
    many: '{count} حرفًا زائدًا',
    other: '{count} حرف زائد'
  },
  'compose.submit': 'أرسل',
  'compose.needTopic': 'اختر مبدأً أولًا.',
  'compose.needTopics': 'اختر مبدأً واحدًا على الأقل.',
  'compose.needText': 'اكتب شيئًا أولًا.',
  'compose.savedOffline': 'حُفظت على هاتفك – ستُرسَل عندما تعود متصلًا.',
  'collect.count': {
    zero: 'لا مداخلات بعد في هذا الحوار',
    one: 'مداخلة واحدة حتى الآن في هذا الحوار',
    two: 'مداخلتان حتى الآن في هذا الحوار',
    few: '{count} مداخلات حتى الآن في هذا الحوار',
    many: '{count} مداخلة حتى الآن في هذا الحوار',
    other: '{count} مداخلة حتى الآن في هذا الحوار'
  },
  'mine.heading': 'مداخلاتك',
  'mine.none': 'لم تكتب شيئًا بعد.',
  'mine.pending': 'لم تُرسَل بعد',
  'post.yours': 'مداخلتك',
  'post.topics': 'المبادئ',
  'post.withdraw': 'اسحب',
  'post.withdrawLabel': 'اسحب المداخلة: {text}',
  'post.withdrawConfirm': 'هل تسحب هذه المداخلة؟ ستضيع أي أصوات حصلت عليها.',
  'post.withdrawYes': 'نعم، اسحبها',
  'post.withdrawNo': 'إلغاء',
  'vote.heading': 'صوّت',
  'vote.intro.topic': {
    zero: 'ليس لديك أصوات لكل مبدأ.',
    one: 'لديك صوت واحد لكل مبدأ.',
    two: 'لديك صوتان لكل مبدأ.',
    few: 'لديك {count} أصوات لكل مبدأ.',
    many: 'لديك {count} صوتًا لكل مبدأ.',
    other: 'لديك {count} صوت لكل مبدأ.'
  },
  'vote.intro.round': {
    zero: 'ليس لديك أصوات في هذا الحوار.',
    one: 'لديك صوت واحد في هذا الحوار.',
    two: 'لديك صوتان في هذا الحوار.',
    few: 'لديك {count} أصوات في هذا الحوار.',
    many: 'لديك {count} صوتًا في هذا الحوار.',
    other: 'لديك {count} صوت في هذا الحوار.'
  },
  'vote.left': 'الأصوات المتبقية: {left} من {total}',
  'vote.cast': 'صوّت',
  'vote.castLabel': 'صوّت لـ: {text}',
  'vote.retract': 'استرجع الصوت',
  'vote.retractLabel': 'استرجع الصوت: {text}',
  'vote.yours': 'صوتك',
  'vote.pending': 'جارٍ الإرسال…',
  'vote.exhausted.topic': 'استخدمت أصواتك في {topic}. استرجع صوتًا لتصوّت لشيء آخر.',
  'vote.exhausted.round': 'استخدمت أصواتك في هذا الحوار. استرجع صوتًا لتصوّت لشيء آخر.',
  'vote.none': 'لا مداخلات هنا.',
  'vote.jump': 'انتقل إلى المبدأ',
  'closed.heading': 'أُغلق هذا الحوار',
  'closed.body': 'شكرًا على مساهماتك!',
  ...participantAr,
  ...phoneAr,
  ...privacyEraseAr,
};
