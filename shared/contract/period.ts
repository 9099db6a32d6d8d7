import { addLocalDays, addLocalMonths, daysBetween, localDay, startOfLocalDay } from '../time/china-time';

/** A contract runs for one year (签约周期一年). */
export const CONTRACT_MONTHS = 12;
/** Renewal opens this many days before the last day of a contract. */
export const RENEWAL_WINDOW_DAYS = 30;

export interface Period {
  start: Date;
  /** The last moment covered: the end of the local day before the anniversary. */
  end: Date;
}

export { addLocalDays };

/**
 * A one-year period from `start`: approved on 10 March 2026 it covers up to and including 9 March 2027
 * (local time); a start on 29 February ends on 28 February.
 */
export function contractPeriod(start: Date): Period {
  const anniversary = localDay(addLocalMonths(startOfLocalDay(localDay(start)), CONTRACT_MONTHS));
  return { start, end: new Date(startOfLocalDay(anniversary).getTime() - 1) };
}

/** The first moment after a period: where a renewal that was approved early begins. */
export function dayAfter(period: Period): Date {
  return new Date(new Date(period.end).getTime() + 1);
}

/** When renewal opens: the start of the local day 30 days before the last day. */
export function renewalOpensAt(end: Date): Date {
  return startOfLocalDay(addLocalDays(localDay(end), -RENEWAL_WINDOW_DAYS));
}

export function isRenewalOpen(end: Date, at: Date): boolean {
  return at.getTime() >= renewalOpensAt(end).getTime();
}

/** Whole local days from `at` to the last day of the period (0 on the last day, negative after it). */
export function daysLeft(end: Date, at: Date): number {
  return daysBetween(localDay(at), localDay(end));
}

/** `2026-03-10` -> `2026年3月10日`. */
export function dayText(at: Date): string {
  const [y, m, d] = localDay(at).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
