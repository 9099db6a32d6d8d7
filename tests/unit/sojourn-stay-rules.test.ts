import { checkStayDates, MAX_STAY_DAYS, stayDays, stayPeriod, stayPhase } from '../../shared/sojourn/stay-rules';

describe('sojourn date rules', () => {
  it('refuses an arrival before today, naming the arrival', () => {
    expect(checkStayDates('2026-11-29', '2027-01-10', '2026-11-30')).toEqual({ field: 'arrival', message: '到达日期不能早于今天' });
  });

  it('refuses a departure on or before the arrival, naming the departure', () => {
    expect(checkStayDates('2026-12-01', '2026-12-01', '2026-11-30')?.field).toBe('departure');
    expect(checkStayDates('2026-12-01', '2026-11-30', '2026-11-30')?.field).toBe('departure');
  });

  it('allows 180 days after arrival and no more, saying the last possible day', () => {
    expect(MAX_STAY_DAYS).toBe(180);
    expect(checkStayDates('2026-11-30', '2027-05-29', '2026-11-30')).toBeNull();
    expect(checkStayDates('2026-11-30', '2027-05-30', '2026-11-30')).toEqual({ field: 'departure', message: '旅居登记最长180天，离开日期最晚为2027-05-29' });
  });

  it('covers the stay from local midnight of the arrival day to the last moment of the departure day', () => {
    const period = stayPeriod('2026-12-01', '2027-03-01');
    expect(period.start.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(period.end.toISOString()).toBe('2027-03-01T15:59:59.999Z');
    expect(stayDays(period)).toEqual({ arrival: '2026-12-01', departure: '2027-03-01' });
  });

  it('is under way through the whole departure day and over the first moment of the day after', () => {
    const period = stayPeriod('2026-12-01', '2027-03-01');
    expect(stayPhase(period, new Date('2026-11-30T15:59:59.999Z'))).toBe('upcoming');
    expect(stayPhase(period, new Date('2027-03-01T15:59:59.999Z'))).toBe('during');
    expect(stayPhase(period, new Date('2027-03-01T16:00:00.000Z'))).toBe('over');
  });
});
