import { addDays, dayOf, momentText } from './local-time';

/** Future bookings one resident may hold at once. */
export const MAX_FUTURE_BOOKINGS = 3;
/** How far ahead residents see and book slots. */
export const BOOKING_HORIZON_DAYS = 14;
/** Cancelling is possible until this many hours before the start, unless the team sets otherwise. */
export const DEFAULT_CANCEL_HOURS = 2;
/** 爽约: this many no-shows within the window pause online booking for the pause. */
export const NO_SHOW_LIMIT = 3;
export const NO_SHOW_WINDOW_DAYS = 90;
export const NO_SHOW_PAUSE_DAYS = 30;
/** A place freed for the first on the waiting list is kept for them this long. */
export const HOLD_MINUTES = 15;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The last moment a booking starting at `startsAt` can be cancelled online. */
export function cancelDeadline(startsAt: Date, cancelHours: number): Date {
  return new Date(startsAt.getTime() - cancelHours * HOUR);
}

export function canCancel(startsAt: Date, cancelHours: number, now: Date): boolean {
  return now.getTime() <= cancelDeadline(startsAt, cancelHours).getTime();
}

/** The message when the cancel window has closed. */
export function cancelClosedMessage(cancelHours: number, teamPhone: string): string {
  return `就诊前${cancelHours}小时内不能在线取消，如有变化请致电团队 ${teamPhone}`;
}

/** The first and last local days a resident may book on, from `now`. */
export function bookingHorizon(now: Date): { first: string; last: string } {
  const first = dayOf(now);
  return { first, last: addDays(first, BOOKING_HORIZON_DAYS - 1) };
}

/**
 * Until when online booking is paused after no-shows (爽约), or null: any `NO_SHOW_LIMIT` no-shows
 * whose visits lie within `NO_SHOW_WINDOW_DAYS` of each other pause booking for `NO_SHOW_PAUSE_DAYS`
 * from the last of them.
 */
export function bookingPausedUntil(noShowStarts: readonly Date[], now: Date): Date | null {
  const times = noShowStarts.map((d) => d.getTime()).sort((a, b) => a - b);
  let until: number | null = null;
  for (let i = 0; i + NO_SHOW_LIMIT - 1 < times.length; i += 1) {
    const last = times[i + NO_SHOW_LIMIT - 1];
    if (last - times[i] <= NO_SHOW_WINDOW_DAYS * DAY) {
      const end = last + NO_SHOW_PAUSE_DAYS * DAY;
      if (until === null || end > until) until = end;
    }
  }
  return until !== null && until > now.getTime() ? new Date(until) : null;
}

/** The message a paused resident sees: until when, and how to reach the team. */
export function pausedMessage(until: Date, teamName: string, teamPhone: string): string {
  return `${NO_SHOW_WINDOW_DAYS}天内爽约${NO_SHOW_LIMIT}次，在线预约暂停至${momentText(until)}。如需就诊请致电${teamName} ${teamPhone}`;
}

/** When a hold for the first waiter ends. */
export function holdUntil(now: Date): Date {
  return new Date(now.getTime() + HOLD_MINUTES * 60_000);
}

/**
 * The day-before reminder window: a timer run at `now` reminds bookings that start on the next local
 * day. Returns [from, to) as moments.
 */
export function reminderWindow(now: Date, localMidnight: (day: string) => Date): { from: Date; to: Date } {
  const tomorrow = addDays(dayOf(now), 1);
  return { from: localMidnight(tomorrow), to: localMidnight(addDays(tomorrow, 1)) };
}
