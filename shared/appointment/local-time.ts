/**
 * Local wall-clock times in China (Asia/Shanghai, a fixed +08:00 since 1991), as slots are planned
 * and shown: `09:30` on `2026-12-03` is a moment, and a moment has a local day and clock time.
 */
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

export function isClock(text: string): boolean {
  return CLOCK.test(text);
}

/** Minutes since local midnight of `HH:mm`. */
export function clockMinutes(clock: string): number {
  const m = CLOCK.exec(clock);
  if (!m) throw new Error(`not a HH:mm time: ${clock}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The moment of local day `day` at `minutes` past local midnight. */
export function localMoment(day: string, minutes: number): Date {
  const [y, mo, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d) - OFFSET_MS + minutes * 60_000);
}

/** The local day (`YYYY-MM-DD`) of a moment. */
export function dayOf(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** `HH:mm`, local, of a moment. */
export function clockOf(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(11, 16);
}

/** The local day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  const [y, mo, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d) + n * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday ... 7 = Sunday, of a local day. */
export function weekdayOf(day: string): number {
  const [y, mo, d] = day.split('-').map(Number);
  return ((new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7) + 1;
}

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
