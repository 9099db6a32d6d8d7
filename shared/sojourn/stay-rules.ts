import { addLocalDays } from '../contract/period';
import { daysBetween, localDay, startOfLocalDay } from '../resident/age';

/** A sojourn registration covers at most this many days (旅居签约最长180天). */
export const MAX_STAY_DAYS = 180;

/** What a sojourn team may see of a guest's record, each by the guest's consent. */
export const SHARE_SCOPES = ['conditions', 'medicines', 'readings', 'visits'] as const;
export type ShareScope = (typeof SHARE_SCOPES)[number];
export const SHARE_SCOPE_LABELS: Record<ShareScope, string> = {
  conditions: '慢性病情况',
  medicines: '正在服用的药物',
  readings: '居家测量记录（血压、血糖、体重）',
  visits: '就诊和服务记录',
};

/**
 * Where a registration stands: waiting for the sojourn team, approved (`active`, in effect between
 * its first and last day), or over: turned down, withdrawn before arrival, ended early, or ended the
 * day after departure by the nightly run.
 */
export const STAY_STATUSES = ['pending_review', 'active', 'rejected', 'withdrawn', 'ended_early', 'expired'] as const;
export type StayStatus = (typeof STAY_STATUSES)[number];
export const STAY_STATUS_LABELS: Record<StayStatus, string> = {
  pending_review: '待旅居团队审核',
  active: '已登记',
  rejected: '未通过审核',
  withdrawn: '已撤回',
  ended_early: '已提前结束',
  expired: '旅居已结束',
};

export interface StayError {
  field: 'arrival' | 'departure';
  message: string;
}

/**
 * The date rules of a registration made on `today` (local days): arrival not in the past,
 * departure after arrival, at most 180 days.
 */
export function checkStayDates(arrival: string, departure: string, today: string): StayError | null {
  if (daysBetween(today, arrival) < 0) return { field: 'arrival', message: '到达日期不能早于今天' };
  return checkDeparture(arrival, departure);
}

/** Departure after arrival and within 180 days of it (also the rule of an extension). */
export function checkDeparture(arrival: string, departure: string): StayError | null {
  const days = daysBetween(arrival, departure);
  if (days <= 0) return { field: 'departure', message: '离开日期应晚于到达日期' };
  if (days > MAX_STAY_DAYS) return { field: 'departure', message: `旅居登记最长${MAX_STAY_DAYS}天，离开日期最晚为${addLocalDays(arrival, MAX_STAY_DAYS)}` };
  return null;
}

/** The stay as a contract period: from the start of the arrival day to the end of the departure day. */
export function stayPeriod(arrival: string, departure: string): { start: Date; end: Date } {
  return { start: startOfLocalDay(arrival), end: new Date(startOfLocalDay(addLocalDays(departure, 1)).getTime() - 1) };
}

/** The arrival and departure days of a period made by `stayPeriod`. */
export function stayDays(period: { start: Date; end: Date }): { arrival: string; departure: string } {
  return { arrival: localDay(new Date(period.start)), departure: localDay(new Date(period.end)) };
}

/** Where an approved stay is at `at`: not begun, under way, or over. */
export function stayPhase(period: { start: Date; end: Date }, at: Date): 'upcoming' | 'during' | 'over' {
  const t = at.getTime();
  if (t < new Date(period.start).getTime()) return 'upcoming';
  return t <= new Date(period.end).getTime() ? 'during' : 'over';
}
