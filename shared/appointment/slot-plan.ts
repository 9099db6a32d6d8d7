import type { VisitSchedule } from '../geo/schedule';
import { addDays, clockMinutes, localMoment, weekdayOf } from './local-time';

/** One opening window of a day, local `HH:mm`. */
export interface TimeWindow {
  start: string;
  end: string;
}

/**
 * What staff publish for one service point and kind: the days from `from` to `to` (local, inclusive)
 * that fall on `weekdays` (1 = Monday), each cut into slots of `slotMinutes` inside its windows, each
 * slot taking `capacity` bookings. A mobile point's days come from its schedule instead of weekdays.
 */
export interface SlotPlan {
  from: string;
  to: string;
  weekdays: number[];
  windows: TimeWindow[];
  slotMinutes: number;
  capacity: number;
}

export interface PlannedSlot {
  day: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

/** Longest range one plan may cover, and most slots it may create. */
export const MAX_PLAN_DAYS = 62;
export const MAX_PLAN_SLOTS = 600;

/** The default windows of a mobile point's half-day, when staff give none. */
export const PERIOD_WINDOWS: Record<VisitSchedule['period'], TimeWindow[]> = {
  am: [{ start: '09:00', end: '12:00' }],
  pm: [{ start: '14:30', end: '17:30' }],
  day: [{ start: '09:00', end: '12:00' }, { start: '14:30', end: '17:30' }],
};

/** True when a mobile point's schedule (每月第2、4周周四) has a visit on local day `day`. */
export function onSchedule(day: string, schedule: VisitSchedule): boolean {
  if (weekdayOf(day) !== schedule.weekday) return false;
  const occurrence = Math.ceil(Number(day.slice(8, 10)) / 7);
  return schedule.weeksOfMonth.includes(occurrence);
}

export type PlanProblem = { field: string; message: string };

/** What is wrong with a plan, in the words of the form, or null. */
export function checkPlan(plan: SlotPlan, today: string): PlanProblem | null {
  if (plan.to < plan.from) return { field: 'to', message: '结束日期不能早于开始日期' };
  if (plan.from < today) return { field: 'from', message: '不能发布今天之前的号源' };
  if (addDays(plan.from, MAX_PLAN_DAYS - 1) < plan.to) return { field: 'to', message: `一次最多发布${MAX_PLAN_DAYS}天的号源` };
  const spans = plan.windows.map((w) => [clockMinutes(w.start), clockMinutes(w.end)] as const).sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < spans.length; i += 1) {
    if (spans[i][1] - spans[i][0] < plan.slotMinutes) return { field: 'windows', message: '每个时间段至少要容纳一个号' };
    if (i > 0 && spans[i][0] < spans[i - 1][1]) return { field: 'windows', message: '时间段不能重叠' };
  }
  return null;
}

/**
 * The slots a plan creates, in time order. A window that does not divide evenly keeps its whole
 * slots only: a 09:00-11:50 window in 30-minute slots ends with 11:00-11:30.
 */
export function planSlots(plan: SlotPlan, schedule: VisitSchedule | null): PlannedSlot[] {
  const out: PlannedSlot[] = [];
  const windows = [...plan.windows].sort((a, b) => clockMinutes(a.start) - clockMinutes(b.start));
  for (let day = plan.from; day <= plan.to; day = addDays(day, 1)) {
    const open = schedule ? onSchedule(day, schedule) : plan.weekdays.includes(weekdayOf(day));
    if (!open) continue;
    for (const w of windows) {
      const end = clockMinutes(w.end);
      for (let m = clockMinutes(w.start); m + plan.slotMinutes <= end; m += plan.slotMinutes) {
        out.push({ day, startsAt: localMoment(day, m), endsAt: localMoment(day, m + plan.slotMinutes), capacity: plan.capacity });
      }
    }
  }
  return out;
}
