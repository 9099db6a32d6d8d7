/**
 * Local wall-clock times in China (Asia/Shanghai, a fixed +08:00 since 1991), as slots are planned
 * and shown: `09:30` on `2026-12-03` is a moment, and a moment has a local day and clock time.
 */
import { addLocalDays, clockOf, localDay, weekdayOf } from '../time/china-time';

export { clockMinutes, clockOf, isClock, isDay, localMoment, weekdayOf } from '../time/china-time';
/** The local day (`YYYY-MM-DD`) of a moment. */
export const dayOf = localDay;
/** The local day `n` days after `day`. */
export const addDays = addLocalDays;

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** `12月3日 周四`. */
export function dayText(day: string): string {
  const [, mo, d] = day.split('-').map(Number);
  return `${mo}月${d}日 ${WEEKDAYS[weekdayOf(day)]}`;
}

/** `12月3日 周四 09:30`. */
export function momentText(at: Date): string {
  return `${dayText(dayOf(at))} ${clockOf(at)}`;
}
