import { startBackendForFile } from './harness';
import { code, OTHER_STAFF, SHILONGHU, STAFF } from './contract-fixtures';
import { CLINIC_POINT, dayFromToday, MOBILE_POINT, publishClinicDay } from './appointment-fixtures';
import { onSchedule } from '../../shared/appointment/slot-plan';
import { weekdayOf } from '../../shared/appointment/local-time';

const backend = startBackendForFile();

describe('publishing slots', () => {
  it('creates a day of clinic slots once however often the same plan is published', async () => {
    const day = dayFromToday(2);
    const first = await publishClinicDay(backend, STAFF, day, { windows: [{ start: '08:30', end: '10:30' }, { start: '14:00', end: '15:00' }] });
    expect(first).toEqual({ created: 6, existing: 0, days: [day] });
    const again = await Promise.all([publishClinicDay(backend, STAFF, day, { windows: [{ start: '08:30', end: '10:30' }, { start: '14:00', end: '15:00' }] })]);
    expect(again[0]).toEqual({ created: 0, existing: 6, days: [day] });
    const stored = backend.emulator.db.find('slots', { pointId: CLINIC_POINT, day });
    expect(stored).toHaveLength(6);
    expect(stored.every((s) => s.teamId === SHILONGHU && s.booked === 0 && s.capacity === 2 && s.status === 'open')).toBe(true);
  });

  it('publishes a mobile point only on the days of its schedule (每月第2、4周周四上午)', async () => {
    const reply = await backend.ok(STAFF, 'appointment.publish', {
      pointId: MOBILE_POINT,
      kind: 'mobile',
      from: dayFromToday(1),
      to: dayFromToday(45),
      weekdays: [],
      windows: [],
      slotMinutes: 60,
      capacity: 10,
    });
    expect(reply.days.length).toBeGreaterThanOrEqual(2);
    for (const day of reply.days) {
      expect(weekdayOf(day)).toBe(4);
      expect(onSchedule(day, { weeksOfMonth: [2, 4], weekday: 4, period: 'am' })).toBe(true);
    }
    // Three one-hour slots in the default morning window 09:00-12:00 of each visit day.
    expect(reply.created).toBe(reply.days.length * 3);
  });

  it('refuses residents and staff of other teams, and writes nothing', async () => {
    const plan = { pointId: CLINIC_POINT, kind: 'clinic', from: dayFromToday(3), to: dayFromToday(3), weekdays: [1, 2, 3, 4, 5, 6, 7], windows: [{ start: '09:00', end: '10:00' }], slotMinutes: 30, capacity: 1 };
    const before = backend.emulator.db.count('slots');
    expect(code(await backend.call('o-resident-ligl', 'appointment.publish', plan))).toBe('FORBIDDEN');
    const other = await backend.call(OTHER_STAFF, 'appointment.publish', plan);
    expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'pointId' } });
    expect(backend.emulator.db.count('slots')).toBe(before);
  });

  it('points at the field at fault in a plan that cannot work', async () => {
    const base = { pointId: CLINIC_POINT, kind: 'clinic', from: dayFromToday(3), to: dayFromToday(3), weekdays: [1, 2, 3, 4, 5, 6, 7], windows: [{ start: '09:00', end: '10:00' }], slotMinutes: 30, capacity: 1 };
    expect(await backend.call(STAFF, 'appointment.publish', { ...base, to: dayFromToday(2) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'to' } });
    expect(await backend.call(STAFF, 'appointment.publish', { ...base, windows: [{ start: '09:00', end: '09:20' }] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'windows' } });
    expect(await backend.call(STAFF, 'appointment.publish', { ...base, capacity: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'capacity' } });
    expect(await backend.call(STAFF, 'appointment.publish', { ...base, kind: 'mobile' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'pointId' } });
    expect(await backend.call(STAFF, 'appointment.publish', { ...base, from: dayFromToday(-1) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'from' } });
    expect(backend.emulator.db.count('slots', { day: dayFromToday(3) })).toBe(0);
  });
});
