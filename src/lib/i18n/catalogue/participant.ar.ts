import type { Message } from '../format.js';
import type { participantSv } from './participant.sv.js';

/** Arabic for ./participant.sv.ts: exactly the same keys (the type checker enforces it). */
export const participantAr: Record<keyof typeof participantSv, Message> = {
  'participant.phase.evaluation': 'التقييم',
  'participant.phase.timeUp': '{phase} – انتهى الوقت',
  'participant.now.heading': 'الآن',

  'participant.compose.closed': 'انتهى الوقت – أُغلق جمع المداخلات',
  'participant.compose.closedBody': 'لا يمكن إرسال مداخلات أخرى الآن. سيخبركم الميسّر بما يأتي بعد ذلك.',
  'participant.compose.draft': 'هذا ما كتبته، لكنه لم يُرسَل:',
  'participant.compose.sending': 'جارٍ الإرسال…',
  'participant.compose.received': 'وصلت مداخلتك. لا تتردد في كتابة المزيد!',
  'participant.compose.receivedQueue': 'وصلت مداخلتك. سيراها الآخرون بعد أن يوافق عليها الميسّر.',
  'participant.scribe.toggle': 'أكتب نيابةً عن طاولتي',
  'participant.scribe.hint': 'عندها تظهر المداخلة باسم طاولتكم، مع عدد الحاضرين عليها.',
  'participant.scribe.table': 'رقم الطاولة',
  'participant.scribe.people': 'عدد الأشخاص على الطاولة',
  'participant.scribe.needTable': 'أدخل رقم الطاولة (1–{max}).',
  'participant.scribe.needPeople': 'أدخل عددكم على الطاولة (1–{max}).',

  'participant.post.table': {
    one: 'الطاولة {table} (شخص واحد)',
    two: 'الطاولة {table} (شخصان)',
    few: 'الطاولة {table} ({count} أشخاص)',
    many: 'الطاولة {table} ({count} شخصًا)',
    other: 'الطاولة {table} ({count} شخص)'
  },
  'participant.post.tableOnly': 'الطاولة {table}',
  'participant.post.paper': 'من ورقة مكتوبة',
  'participant.post.edited': 'معدَّلة',
  'participant.post.pinned': 'ثبّتها الميسّر',
  'participant.mine.merged': 'دُمجت مع: {text}',
  'participant.mine.mergedElsewhere': 'دُمجت مع مداخلة أخرى',
  'participant.mine.awaiting': 'بانتظار الموافقة',

  'participant.vote.closed': 'انتهى الوقت – أُغلق التصويت',
  'participant.vote.closedBody': 'حُفظت أصواتك. تظهر النتائج عندما يعرضها الميسّر.',
  'participant.vote.stackIntro': {
    one: 'يمكنك وضع أكثر من صوت على المداخلة نفسها، بحدّ أقصى صوت واحد.',
    two: 'يمكنك وضع أكثر من صوت على المداخلة نفسها، بحدّ أقصى صوتين.',
    few: 'يمكنك وضع أكثر من صوت على المداخلة نفسها، بحدّ أقصى {count} أصوات.',
    many: 'يمكنك وضع أكثر من صوت على المداخلة نفسها، بحدّ أقصى {count} صوتًا.',
    other: 'يمكنك وضع أكثر من صوت على المداخلة نفسها، بحدّ أقصى {count} صوت.'
  },
  'participant.vote.mine': 'أصواتك: {count}',
  'participant.vote.max': {
    one: 'صوت واحد على الأكثر لكل مداخلة.',
    two: 'صوتان على الأكثر لكل مداخلة.',
    few: '{count} أصوات على الأكثر لكل مداخلة.',
    many: '{count} صوتًا على الأكثر لكل مداخلة.',
    other: '{count} صوت على الأكثر لكل مداخلة.'
  },
  'participant.vote.live': {
    zero: 'لا أصوات حتى الآن',
    one: 'صوت واحد حتى الآن',
    two: 'صوتان حتى الآن',
    few: '{count} أصوات حتى الآن',
    many: '{count} صوتًا حتى الآن',
    other: '{count} صوت حتى الآن'
  },

  'participant.signup.heading': 'سجّل في مجموعة العمل',
  'participant.signup.intro': 'هل تودّ الانضمام إلى مجموعة العمل التي تواصل العمل بعد الاجتماع؟ اترك اسمك وطريقة التواصل معك.',
  'participant.signup.name': 'الاسم',
  'participant.signup.contact': 'البريد الإلكتروني أو الهاتف',
  'participant.signup.consent': 'أوافق على أن يحتفظ الميسّرون باسمي وبيانات التواصل معي للتواصل بشأن مجموعة العمل.',
  'participant.signup.consentInfo':
    'لا يرى هذه البيانات إلا الميسّرون – لا تظهر على الشاشة الكبيرة ولا للمشاركين الآخرين. تُستخدم فقط للتواصل معك بشأن مجموعة العمل. يمكنك الانسحاب من هنا في أي وقت، وتُحذف البيانات عند حذف الاجتماع.',
  'participant.signup.submit': 'سجّل',
  'participant.signup.needName': 'أدخل اسمك.',
  'participant.signup.needContact': 'أدخل عنوان بريد إلكتروني أو رقم هاتف.',
  'participant.signup.needConsent': 'حدّد مربع الموافقة لتسجّل.',
  'participant.signup.current': 'سجّلت باسم {name} ({contact}).',
  'participant.signup.currentInfo': 'لا يراه إلا الميسّرون، وفقط للتواصل معك بشأن مجموعة العمل.',
  'participant.signup.withdraw': 'ألغِ التسجيل',
  'participant.signup.saved': 'حُفظ تسجيلك.',
  'participant.signup.withdrawn': 'أُزيل تسجيلك.',

  'participant.eval.heading': 'التقييم',
  'participant.eval.intro': 'يُرجى الإجابة عن بعض الأسئلة القصيرة حول الاجتماع. لا تُعرض الإجابات إلا مجمّعة ودون أسماء.',
  'participant.eval.low': 'إطلاقًا',
  'participant.eval.high': 'تمامًا',
  'participant.eval.comment': 'تعليق (اختياري)',
  'participant.eval.submit': 'أرسل الإجابات',
  'participant.eval.needAnswer': 'أجب عن سؤال واحد على الأقل أو اكتب تعليقًا.',
  'participant.eval.thanks': 'شكرًا لك!',
  'participant.eval.thanksBody': 'حُفظت إجاباتك. يمكنك تغييرها ما دام التقييم مفتوحًا.',
  'participant.eval.yourAnswer': 'إجابتك: {score} من 5',
  'participant.eval.noAnswer': 'لم تُجب',
  'participant.eval.yourComment': 'تعليقك:',
  'participant.eval.change': 'غيّر الإجابات'
};
