import type { Timer } from '../domain/types.js';

/** Milliseconds left on a countdown at server time `now`: frozen while paused, never below 0. */
export function remainingMs(timer: Timer, now: number): number {
  if (timer.expired) return 0;
  if (timer.endsAt === null) return Math.max(0, timer.remainingMs);
  return Math.max(0, timer.endsAt - now);
}

/** "4:05", "0:09", "1:02:00": minutes and seconds, hours only when needed. Rounds up, so 0:00 means done. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
