import { checkPlan, onSchedule, planSlots } from '../../shared/appointment/slot-plan';
import { bookingPausedUntil, canCancel, cancelDeadline } from '../../shared/appointment/booking-rules';
import { clockOf, dayOf, localMoment, weekdayOf } from '../../shared/appointment/local-time';
import { fulfilment, satisfaction } from '../../shared/appointment/services';

const DAY = 86_400_000;

describe('slot plans', () => {
  const plan = { from: '2026-12-07', to: '2026-12-13', weekdays: [1, 3], windows: [{ start: '08:30', end: '10:00' }], slotMinutes: 30, capacity: 4 };

  it('cuts each chosen weekday into whole slots inside its windows, in China time', () => {
    const slots = planSlots(plan, null);
    expect(slots.map((s) => `${s.day} ${clockOf(s.startsAt)}-${clockOf(s.endsAt)}`)).toEqual([
      '2026-12-07 08:30-09:00', '2026-12-07 09:00-09:30', '2026-12-07 09:30-10:00',
      '2026-12-09 08:30-09:00', '2026-12-09 09:00-09:30', '2026-12-09 09:30-10:00',
    ]);
    expect(slots[0].startsAt.toISOString()).toBe('2026-12-07T00:30:00.000Z');
    expect(slots.every((s) => s.capacity === 4)).toBe(true);
  });

  it('keeps only whole slots when a window does not divide evenly', () => {
    const slots = planSlots({ ...plan, weekdays: [1], windows: [{ start: '09:00', end: '10:50' }] }, null);
    expect(slots.map((s) => clockOf(s.startsAt))).toEqual(['09:00', '09:30', '10:00']);
  });

  it('takes a mobile point’s days from its schedule: the 2nd and 4th Thursday of each month', () => {
    const schedule = { weeksOfMonth: [2, 4], weekday: 4, period: 'am' as const };
    const slots = planSlots({ ...plan, from: '2026-12-01', to: '2027-01-31', weekdays: [] }, schedule);
    expect([...new Set(slots.map((s) => s.day))]).toEqual(['2026-12-10', '2026-12-24', '2027-01-14', '2027-01-28']);
    expect(onSchedule('2026-12-03', schedule)).toBe(false);
    expect(weekdayOf('2026-12-10')).toBe(4);
  });

  it('names the field at fault in a plan that cannot work', () => {
    expect(checkPlan({ ...plan, to: '2026-12-01' }, '2026-12-01')?.field).toBe('to');
    expect(checkPlan(plan, '2026-12-08')?.field).toBe('from');
    expect(checkPlan({ ...plan, to: '2027-03-01' }, '2026-12-01')?.field).toBe('to');
    expect(checkPlan({ ...plan, windows: [{ start: '08:00', end: '10:00' }, { start: '09:00', end: '11:00' }] }, '2026-12-01')?.field).toBe('windows');
    expect(checkPlan(plan, '2026-12-01')).toBeNull();
  });
});

describe('booking rules', () => {
  it('allows cancelling until exactly two hours before the start', () => {
    const start = localMoment('2026-12-07', 9 * 60);
    expect(cancelDeadline(start, 2).toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(canCancel(start, 2, new Date('2026-12-06T23:00:00Z'))).toBe(true);
    expect(canCancel(start, 2, new Date('2026-12-06T23:00:01Z'))).toBe(false);
  });

  it('pauses booking for 30 days from the third no-show within 90 days, and not for three spread wider', () => {
    const now = new Date('2026-12-07T02:00:00Z');
    const ago = (d: number) => new Date(now.getTime() - d * DAY);
    expect(bookingPausedUntil([ago(80), ago(40), ago(5)], now)).toEqual(new Date(ago(5).getTime() + 30 * DAY));
    expect(bookingPausedUntil([ago(100), ago(40), ago(5)], now)).toBeNull();
    expect(bookingPausedUntil([ago(80), ago(60), ago(31)], now)).toBeNull();
    expect(bookingPausedUntil([ago(40), ago(5)], now)).toBeNull();
  });

  it('reads local days across midnight in China time', () => {
    expect(dayOf(new Date('2026-12-06T16:00:00Z'))).toBe('2026-12-07');
    expect(dayOf(new Date('2026-12-06T15:59:59Z'))).toBe('2026-12-06');
  });
});

describe('fulfilment and satisfaction', () => {
  it('counts delivered services against what the packages promise a year (慢病随访 2/4)', () => {
    const lines = fulfilment(['basic', 'chronic'], ['chronic_followup', 'bp_check', 'chronic_followup', 'home_round']);
    expect(lines.find((l) => l.code === 'chronic_followup')).toMatchObject({ delivered: 2, due: 4, text: '2/4' });
    expect(lines.find((l) => l.code === 'bp_check')).toMatchObject({ delivered: 1, due: null, text: '已提供1次' });
    expect(lines.find((l) => l.code === 'home_round')).toBeUndefined();
    expect(lines.find((l) => l.code === 'glucose_check')).toBeUndefined();
  });

  it('gives the share of 4 and 5 stars as the satisfaction rate', () => {
    expect(satisfaction([5, 4, 3, 5, 2])).toEqual({ count: 5, average: 3.8, satisfiedRate: 0.6 });
    expect(satisfaction([])).toEqual({ count: 0, average: null, satisfiedRate: null });
  });
});
