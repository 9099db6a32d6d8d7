import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { nextVisitDates, scheduleText, type VisitSchedule } from '../../shared/geo';

dayjs.extend(utc);
dayjs.extend(timezone);

/** A moment given as Beijing wall-clock time. */
const beijing = (text: string): Date => dayjs.tz(text, 'Asia/Shanghai').toDate();
const dates = (s: VisitSchedule, at: string, n: number) => nextVisitDates(s, beijing(at), n).map((d) => d.date);

const firstAndThirdWednesdayMorning: VisitSchedule = { weeksOfMonth: [1, 3], weekday: 3, period: 'am' };

describe('mobile service point schedules', () => {
  it('writes the schedule as people say it', () => {
    expect(scheduleText(firstAndThirdWednesdayMorning)).toBe('每月第1、3周周三上午');
    expect(scheduleText({ weeksOfMonth: [2], weekday: 5, period: 'day' })).toBe('每月第2周周五全天');
    expect(scheduleText({ weeksOfMonth: [4, 2], weekday: 1, period: 'pm' })).toBe('每月第2、4周周一下午');
    expect(scheduleText({ weeksOfMonth: [1, 2, 3, 4, 5], weekday: 6, period: 'am' })).toBe('每周六上午');
  });

  it('lists the first and third Wednesdays of the coming months', () => {
    // December 2026 starts on a Tuesday: its Wednesdays are the 2nd, 9th, 16th, 23rd and 30th.
    expect(dates(firstAndThirdWednesdayMorning, '2026-11-23 10:00', 5)).toEqual(['2026-12-02', '2026-12-16', '2027-01-06', '2027-01-20', '2027-02-03']);
  });

  it('counts a visit today until its half-day is over', () => {
    expect(dates(firstAndThirdWednesdayMorning, '2026-12-02 11:59', 1)).toEqual(['2026-12-02']);
    expect(dates(firstAndThirdWednesdayMorning, '2026-12-02 12:00', 1)).toEqual(['2026-12-16']);
    const afternoon: VisitSchedule = { ...firstAndThirdWednesdayMorning, period: 'pm' };
    expect(dates(afternoon, '2026-12-02 12:30', 1)).toEqual(['2026-12-02']);
  });

  it('uses the day in China, not in UTC', () => {
    // 2026-12-01T17:00Z is already Wednesday 2 December, 01:00 in Kunming.
    expect(nextVisitDates(firstAndThirdWednesdayMorning, new Date('2026-12-01T17:00:00Z'), 1)[0].date).toBe('2026-12-02');
    // 2026-12-02T04:30Z is 12:30 in Kunming: the morning visit is over.
    expect(nextVisitDates(firstAndThirdWednesdayMorning, new Date('2026-12-02T04:30:00Z'), 1)[0].date).toBe('2026-12-16');
  });

  it('skips months without a fifth weekday', () => {
    const fifthFriday: VisitSchedule = { weeksOfMonth: [5], weekday: 5, period: 'day' };
    // Fifth Fridays: January 2027 (29th), April 2027 (30th), July 2027 (30th).
    expect(dates(fifthFriday, '2026-12-01 08:00', 3)).toEqual(['2027-01-29', '2027-04-30', '2027-07-30']);
  });

  it('gives each date in words for the card', () => {
    const [next] = nextVisitDates(firstAndThirdWednesdayMorning, beijing('2026-11-23 10:00'), 1);
    expect(next).toEqual({ date: '2026-12-02', weekday: 3, period: 'am', text: '12月2日 周三上午' });
  });

  it('agrees with a day-by-day walk in the Asia/Shanghai time zone, at every hour over a year', () => {
    const schedule: VisitSchedule = { weeksOfMonth: [2, 4], weekday: 2, period: 'pm' };
    const walk = (at: dayjs.Dayjs): string => {
      for (let day = at.startOf('day'); ; day = day.add(1, 'day')) {
        const isVisitDay = day.day() === 2 && [2, 4].includes(Math.ceil(day.date() / 7));
        const over = day.isSame(at, 'day') && at.hour() >= 18;
        if (isVisitDay && !over) return day.format('YYYY-MM-DD');
      }
    };
    for (let h = 0; h < 366 * 24; h += 7) {
      const at = dayjs.tz('2027-01-01 00:30', 'Asia/Shanghai').add(h, 'hour');
      expect(nextVisitDates(schedule, at.toDate(), 1)[0].date).toBe(walk(at));
    }
  });

  it('has nothing to list for an empty schedule', () => {
    expect(nextVisitDates({ weeksOfMonth: [], weekday: 3, period: 'am' }, new Date(), 3)).toEqual([]);
  });
});
