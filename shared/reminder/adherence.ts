import { addDays, MISSED_AFTER_MS } from './schedule';
import { localDay } from '../resident/age';

export type Confirmation = 'taken' | 'skipped';
/** A dose as the resident sees it: confirmed, due now, still to come, or missed (no answer within 60 minutes). */
export type DoseState = Confirmation | 'due' | 'upcoming' | 'missed';

export function doseState(dueAt: Date, confirmed: Confirmation | null, now: Date): DoseState {
  if (confirmed) return confirmed;
  if (dueAt.getTime() > now.getTime()) return 'upcoming';
  return now.getTime() - dueAt.getTime() > MISSED_AFTER_MS ? 'missed' : 'due';
}

export interface AdherenceDay {
  day: string;
  /** Doses due that day up to now. */
  due: number;
  taken: number;
  skipped: number;
  missed: number;
}

/**
 * The last seven local days up to `now`, each with how many of its doses were taken, skipped or
 * missed. Doses still to come are not counted; a dose due within the last hour counts as due only.
 */
export function adherenceWeek(doses: readonly { dueAt: Date; confirmed: Confirmation | null }[], now: Date): AdherenceDay[] {
  const today = localDay(now);
  const days = Array.from({ length: 7 }, (_, i) => addDays(today, i - 6));
  const byDay = new Map(days.map((day) => [day, { day, due: 0, taken: 0, skipped: 0, missed: 0 }]));
  for (const dose of doses) {
    const entry = byDay.get(localDay(dose.dueAt));
    if (!entry) continue;
    const state = doseState(dose.dueAt, dose.confirmed, now);
    if (state === 'upcoming') continue;
    entry.due += 1;
    if (state === 'taken' || state === 'skipped' || state === 'missed') entry[state] += 1;
  }
  return days.map((day) => byDay.get(day)!);
}

/** Share of the week's due doses that were taken, in whole percent; null when nothing was due. */
export function adherenceRate(week: readonly AdherenceDay[]): number | null {
  const due = week.reduce((n, d) => n + d.due, 0);
  return due === 0 ? null : Math.round((100 * week.reduce((n, d) => n + d.taken, 0)) / due);
}
