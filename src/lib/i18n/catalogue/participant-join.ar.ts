import type { Message } from '../format.js';
import type { participantJoinSv } from './participant-join.sv.js';

/** Arabic for ./participant-join.sv.ts: exactly the same keys (the type checker enforces it). */
export const participantJoinAr: Record<keyof typeof participantJoinSv, Message> = {
  'participant.profile.summary': 'ملفك الشخصي',
  'participant.profile.anonymous': 'تشارك دون ذكر اسمك ما لم تملأ شيئًا هنا.',
  'participant.profile.private': 'كل ما هنا اختياري، ولا يراه إلا الميسّر.',
  'participant.profile.namesHint': 'لا يظهر اسمك على الشاشة الكبيرة إلا إذا حدّدت المربع الخاص بذلك.',
  'participant.profile.sector': 'مجال النشاط (اختياري)',
  'participant.profile.sectorNone': 'أفضّل عدم الإجابة',
  'participant.profile.table': 'رقم الطاولة (اختياري)',
  'participant.profile.tableInvalid': 'أدخل رقم طاولة بين 1 و{max}، أو اترك الحقل فارغًا.',
  'participant.profile.showName': 'يمكن عرض اسمي على الشاشة الكبيرة',
  'participant.profile.showNameHint': 'ينطبق هذا فقط إذا كتبت اسمك. يمكنك تغيير رأيك هنا في أي وقت.',
  'participant.profile.table.short': 'الطاولة {table}',
  'participant.profile.saved': 'حُفظ ملفك الشخصي.',
};
