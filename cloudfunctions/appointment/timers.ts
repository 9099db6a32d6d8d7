import type { TimerHandler } from '../core/define-function';
import { AppointmentRepository } from '../core/appointments/appointment-repository';
import { SlotRepository } from '../core/appointments/slot-repository';
import { reminderNotice, tellAboutBooking } from '../core/appointments/appointment-messages';
import { releaseExpiredHold } from '../core/appointments/waitlist';
import { reminderWindow } from '../../shared/appointment/booking-rules';
import { startOfLocalDay } from '../../shared/resident/age';

const BATCH = 100;

/**
 * In the evening: reminds everyone booked for the next day, in the app and by subscribe message. Each
 * booking's reminder is claimed with a compare-and-set before it is sent, so overlapping or repeated
 * runs send it at most once.
 */
export const dayBeforeReminders: TimerHandler = async (ctx, firedAt) => {
  const repo = new AppointmentRepository(ctx.db);
  const { from, to } = reminderWindow(firedAt, startOfLocalDay);
  let sent = 0;
  for (;;) {
    const due = await repo.reminderDue(from, to, BATCH);
    let claimed = 0;
    for (const a of due) {
      if (!(await repo.claimReminder(a._id, ctx.now()))) continue;
      claimed += 1;
      const { notice, hint } = reminderNotice(a);
      await tellAboutBooking(ctx, a, notice, hint);
    }
    sent += claimed;
    if (due.length < BATCH || claimed === 0) break;
  }
  ctx.log('day-before reminders sent', { sent });
  return { sent };
};

/** Every few minutes: places kept for waiters who did not book in time go to the next waiter, or back. */
export const releaseHolds: TimerHandler = async (ctx) => {
  const expired = await new SlotRepository(ctx.db).expiredHolds(ctx.now(), BATCH);
  for (const s of expired) if (s.hold) await releaseExpiredHold(ctx, s._id, s.hold.residentId);
  return { released: expired.length };
};
