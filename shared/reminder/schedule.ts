import { addLocalDays, clockMinutes, localDay, startOfLocalDay, weekdayOf } from '../time/china-time';

/**
 * When a medication plan is due, in China's wall-clock time. Asia/Shanghai keeps +08:00 all year, so
 * `08:00` is the same instant offset every day. Every rule takes the moment it is asked about (the
 * clock is the caller's), so schedules can be checked at any date.
 */
export interface Schedule {
  /** Wall-clock times `HH:mm`, ascending, without duplicates. */
  times: readonly string[];
  /** ISO weekdays (1 = Monday … 7 = Sunday) the plan runs on; null: every day. */
  weekdays: readonly number[] | null;
  /** First local day (`YYYY-MM-DD`). */
  startDate: string;
  /** Last local day, inclusive; null: open-ended. */
  endDate: string | null;
}

const MINUTE = 60_000;
/** Occurrences later than this when the tick reaches them are recorded as missed, never sent. */
export const CATCH_UP_LIMIT_MS = 2 * 60 * MINUTE;
/** Without a confirmation this long after the time, guardians hear of the missed dose. */
export const MISSED_AFTER_MS = 60 * MINUTE;

export { addLocalDays as addDays, clockMinutes as minutesOf, clockOf as wallClock, isClock as isWallClockTime, weekdayOf } from '../time/china-time';

export function runsOn(schedule: Schedule, day: string): boolean {
  if (day < schedule.startDate) return false;
  if (schedule.endDate !== null && day > schedule.endDate) return false;
  return schedule.weekdays === null || schedule.weekdays.includes(weekdayOf(day));
}

/** The moments a plan is due on one local day, in order. */
export function occurrencesOn(schedule: Schedule, day: string): Date[] {
  if (!runsOn(schedule, day)) return [];
  const midnight = startOfLocalDay(day).getTime();
  return [...schedule.times].sort().map((t) => new Date(midnight + clockMinutes(t) * MINUTE));
}

/**
 * The first occurrence at or after `from` (strictly after, when `inclusive` is false), or null when the
 * plan has ended by then. Looks at most eight days past the later of `from` and the start date, which
 * always finds one while the plan runs (every plan has at least one weekday).
 */
export function nextOccurrence(schedule: Schedule, from: Date, inclusive = true): Date | null {
  if (schedule.times.length === 0 || (schedule.weekdays !== null && schedule.weekdays.length === 0)) return null;
  let day = localDay(from) < schedule.startDate ? schedule.startDate : localDay(from);
  for (let i = 0; i < 8; i += 1, day = addLocalDays(day, 1)) {
    if (schedule.endDate !== null && day > schedule.endDate) return null;
    for (const at of occurrencesOn(schedule, day)) {
      if (inclusive ? at.getTime() >= from.getTime() : at.getTime() > from.getTime()) return at;
    }
  }
  return null;
}

/** Every occurrence in `[from, to]`, in order; `limit` keeps a long outage from producing an endless list. */
export function occurrencesBetween(schedule: Schedule, from: Date, to: Date, limit = 500): Date[] {
  const out: Date[] = [];
  for (let at = nextOccurrence(schedule, from); at && at.getTime() <= to.getTime() && out.length < limit; ) {
    out.push(at);
    at = nextOccurrence(schedule, at, false);
  }
  return out;
}

/** What the tick does with an occurrence it reaches at `firedAt`: send it, or record it as missed (too late). */
export function catchUp(dueAt: Date, firedAt: Date): 'send' | 'missed' {
  return firedAt.getTime() - dueAt.getTime() > CATCH_UP_LIMIT_MS ? 'missed' : 'send';
}

/** Doses per week of a schedule: times a day × days a week. */
export function takesPerWeek(schedule: Pick<Schedule, 'times' | 'weekdays'>): number {
  return schedule.times.length * (schedule.weekdays === null ? 7 : schedule.weekdays.length);
}

/** Days the stock lasts at the plan's rate (stock in units, dose in units per take). */
export function daysOfStock(stock: number, dose: number, schedule: Pick<Schedule, 'times' | 'weekdays'>): number {
  const perDay = (dose * takesPerWeek(schedule)) / 7;
  return perDay > 0 ? stock / perDay : Infinity;
}

/** A refill notice is due when the stock covers 3 days or fewer. */
export const REFILL_DAYS = 3;
export function needsRefill(stock: number, dose: number, schedule: Pick<Schedule, 'times' | 'weekdays'>): boolean {
  return daysOfStock(stock, dose, schedule) <= REFILL_DAYS;
}
