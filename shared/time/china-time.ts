/**
 * China time, the one place it is computed. Asia/Shanghai has kept a fixed +08:00 offset since 1991,
 * so a fixed offset gives local days and wall-clock times without time-zone data (none on the phone,
 * and the functions run in UTC). Days are `YYYY-MM-DD`, clock times `HH:mm`, moments are Dates.
 */

export const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

function dayParts(day: string): [number, number, number] {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a YYYY-MM-DD day: ${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const shifted = (at: Date) => new Date(at.getTime() + CHINA_OFFSET_MS);
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * True for a real calendar day written `YYYY-MM-DD` (not 2026-02-30), in years 1900 to 2199: a day
 * next to 9999-12-31 is no longer `YYYY-MM-DD`, and no appointment, stay or follow-up lies that far.
 */
export function isDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m || Number(m[1]) < 1900 || Number(m[1]) > 2199) return false;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === text;
}

export function isClock(text: string): boolean {
  return CLOCK.test(text);
}

/** Minutes after local midnight of `HH:mm`. */
export function clockMinutes(clock: string): number {
  const m = CLOCK.exec(clock);
  if (!m) throw new Error(`not an HH:mm time: ${clock}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The local calendar day of a moment. */
export function localDay(at: Date): string {
  return shifted(at).toISOString().slice(0, 10);
}

/** The local wall-clock time `HH:mm` of a moment. */
export function clockOf(at: Date): string {
  return shifted(at).toISOString().slice(11, 16);
}

/** The first moment (local midnight) of a local day. */
export function startOfLocalDay(day: string): Date {
  const [y, m, d] = dayParts(day);
  return new Date(Date.UTC(y, m - 1, d) - CHINA_OFFSET_MS);
}

/** The moment of local day `day` at `minutes` past local midnight. */
export function localMoment(day: string, minutes: number): Date {
  return new Date(startOfLocalDay(day).getTime() + minutes * 60_000);
}

/** The local day `n` calendar days after `day` (before it for negative `n`). */
export function addLocalDays(day: string, n: number): string {
  const [y, m, d] = dayParts(day);
  return new Date(Date.UTC(y, m - 1, d) + n * DAY_MS).toISOString().slice(0, 10);
}

/** `at` plus whole calendar months in local time; a day that does not exist rolls into the next month. */
export function addLocalMonths(at: Date, months: number): Date {
  const local = shifted(at);
  local.setUTCMonth(local.getUTCMonth() + months);
  return new Date(local.getTime() - CHINA_OFFSET_MS);
}

/** Whole days from local day `from` to local day `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = dayParts(from);
  const [ty, tm, td] = dayParts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / DAY_MS);
}

/** ISO weekday of a local day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  const [y, m, d] = dayParts(day);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** `2026-03-10 14:05`: WeChat's `time` fields and logs. */
export function localDateTime(at: Date): string {
  return `${localDay(at)} ${clockOf(at)}`;
}

/** `2026年3月10日 14:05`, for screens. */
export function chineseDateTime(at: Date): string {
  const s = shifted(at);
  return `${s.getUTCFullYear()}年${s.getUTCMonth() + 1}月${s.getUTCDate()}日 ${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}`;
}
