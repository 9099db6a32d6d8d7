import {
  addLocalDays,
  addLocalMonths,
  chineseDateTime,
  clockMinutes,
  clockOf,
  daysBetween,
  isDay,
  localDateTime,
  localDay,
  localMoment,
  startOfLocalDay,
  weekdayOf,
} from '../../shared/time/china-time';

describe('China time (Asia/Shanghai, +08:00 all year)', () => {
  it('puts 16:00 UTC on the next local day, and 15:59 UTC on the same one', () => {
    expect(localDay(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(localDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(clockOf(new Date('2026-12-31T16:00:00Z'))).toBe('00:00');
  });

  it('starts a local day at 16:00 UTC the day before, and places a wall-clock time on it', () => {
    expect(startOfLocalDay('2027-01-01').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(localMoment('2026-03-10', 8 * 60 + 30).toISOString()).toBe('2026-03-10T00:30:00.000Z');
    expect(clockMinutes('08:30')).toBe(510);
  });

  it('counts calendar days across months, leap days and years', () => {
    expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addLocalDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addLocalDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-12-25', '2027-01-04')).toBe(10);
    expect(daysBetween('2027-01-04', '2026-12-25')).toBe(-10);
  });

  it('adds months in local time, rolling a day the month lacks into the next month', () => {
    expect(localDay(addLocalMonths(startOfLocalDay('2026-03-10'), 12))).toBe('2027-03-10');
    expect(localDay(addLocalMonths(startOfLocalDay('2026-01-31'), 1))).toBe('2026-03-03');
  });

  it('names ISO weekdays and refuses days that do not exist', () => {
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(weekdayOf('2026-12-06')).toBe(7);
    expect([isDay('2026-02-28'), isDay('2026-02-29'), isDay('2026-2-1')]).toEqual([true, false, false]);
  });

  it('refuses days whose next day could not be written YYYY-MM-DD (years outside 1900 to 2199)', () => {
    expect([isDay('9999-12-31'), isDay('0000-01-01'), isDay('1899-12-31'), isDay('1900-01-01'), isDay('2199-12-31')]).toEqual([false, false, false, true, true]);
  });

  it('writes a moment for WeChat fields and for screens in local time', () => {
    const at = new Date('2026-03-10T06:05:00Z');
    expect(localDateTime(at)).toBe('2026-03-10 14:05');
    expect(chineseDateTime(at)).toBe('2026年3月10日 14:05');
  });
});
