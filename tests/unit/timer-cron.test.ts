import { nextFireTime, toSixFieldCron, timerEvent } from '../../emulator/functions/timer-scheduler';

describe('CloudBase timer cron', () => {
  it('drops the trailing year field that CloudBase adds', () => {
    expect(toSixFieldCron('0 0 2 * * * *')).toBe('0 0 2 * * *');
    expect(toSixFieldCron('0 30 8 * * MON-FRI')).toBe('0 30 8 * * MON-FRI');
  });

  it('refuses a year other than * and the wrong number of fields', () => {
    expect(() => toSixFieldCron('0 0 2 * * * 2027')).toThrow(/year/);
    expect(() => toSixFieldCron('0 2 * * *')).toThrow(/6 or 7 fields/);
  });

  it('reads the schedule in China Standard Time', () => {
    // 02:00 in Shanghai is 18:00 UTC the day before.
    expect(nextFireTime('0 0 2 * * * *', new Date('2026-11-23T19:00:00Z')).toISOString()).toBe('2026-11-24T18:00:00.000Z');
    expect(nextFireTime('0 0 2 * * * *', new Date('2026-11-23T17:59:00Z')).toISOString()).toBe('2026-11-23T18:00:00.000Z');
  });

  it('builds the event CloudBase gives a timer-triggered function', () => {
    const at = new Date('2026-11-24T18:00:00Z');
    expect(timerEvent({ name: 'expire', type: 'timer', config: '0 0 2 * * * *' }, at)).toEqual({
      Type: 'Timer',
      TriggerName: 'expire',
      Time: '2026-11-24T18:00:00.000Z',
      Message: '',
    });
  });
});
