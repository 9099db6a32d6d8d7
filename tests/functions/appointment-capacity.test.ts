import { startBackendForFile } from './harness';
import { code, rid, STAFF, subscribe } from './contract-fixtures';
import { contractedResidents, dayFromToday, publishClinicDay } from './appointment-fixtures';

const backend = startBackendForFile();

const db = () => backend.emulator.db;
type Person = { openid: string; residentId: string };

/** Publishes one half-hour slot of capacity 1 on `day`, books it for a resident and has two others wait. */
async function fullSlotWithWaiters(day: string): Promise<{ slotId: string; holder: Person; first: Person; second: Person; bookingId: string }> {
  await publishClinicDay(backend, STAFF, day, { capacity: 1, windows: [{ start: '09:00', end: '09:30' }] });
  const [slot] = db().find('slots', { day });
  const slotId = String(slot._id);
  const [holder, first, second] = contractedResidents(backend, 3);
  const booking = await backend.ok(holder.openid, 'appointment.book', { residentId: holder.residentId, slotId }, rid());
  for (const p of [first, second]) await backend.ok(p.openid, 'appointment.wait', { residentId: p.residentId, slotId }, rid());
  return { slotId, holder, first, second, bookingId: booking.id };
}

const hold = (slotId: string) => (db().find('slots', { _id: slotId })[0] as { hold: { residentId: string } | null }).hold;

describe('staff adding places to a slot (有号提醒)', () => {
  it('offers a new place to the first waiter with a 候补 message, and to the next once she has booked it', async () => {
    const { slotId, first, second } = await fullSlotWithWaiters(dayFromToday(6));
    await subscribe(backend, first.openid, ['tmpl-slot-available']);
    const result = await backend.ok(STAFF, 'appointment.adjust', { slotId, capacity: 3 }, rid());
    expect(result).toEqual({ capacity: 3, booked: 2, status: 'open', offered: 1 });
    expect(hold(slotId)?.residentId).toBe(first.residentId);
    expect(db().count('notices', { residentId: first.residentId, kind: 'slot_available' })).toBe(1);
    expect(db().count('outbox', { touser: first.openid, templateId: 'tmpl-slot-available' })).toBe(1);
    expect(db().count('notices', { residentId: second.residentId, kind: 'slot_available' })).toBe(0);

    await backend.ok(first.openid, 'appointment.book', { residentId: first.residentId, slotId }, rid());
    expect(hold(slotId)?.residentId).toBe(second.residentId);
    expect(db().count('notices', { residentId: second.residentId, kind: 'slot_available' })).toBe(1);
    const [stored] = db().find('slots', { _id: slotId });
    expect(stored).toMatchObject({ capacity: 3, booked: 3 });
  });

  it('offers the place of a reopened slot (恢复开诊) to the first waiter', async () => {
    const day = dayFromToday(7);
    const { slotId, first, bookingId } = await fullSlotWithWaiters(day);
    await backend.ok(STAFF, 'appointment.close', { slotId, reason: '医生临时出诊' }, rid());
    expect(db().find('appointments', { _id: bookingId })[0].status).toBe('cancelled');
    const refused = await backend.call(STAFF, 'appointment.adjust', { slotId, capacity: 2 }, rid());
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'reopen' } });
    const result = await backend.ok(STAFF, 'appointment.adjust', { slotId, capacity: 2, reopen: true }, rid());
    expect(result).toMatchObject({ status: 'open', capacity: 2, offered: 1 });
    expect(hold(slotId)?.residentId).toBe(first.residentId);
    expect(db().find('slots', { _id: slotId })[0].closedReason).toBeNull();
  });

  it('refuses fewer places than are booked, and anyone but the team’s staff, writing nothing', async () => {
    const { slotId, holder } = await fullSlotWithWaiters(dayFromToday(8));
    await backend.ok(STAFF, 'appointment.adjust', { slotId, capacity: 2 }, rid());
    const before = db().find('slots', { _id: slotId })[0];
    const tooFew = await backend.call(STAFF, 'appointment.adjust', { slotId, capacity: 1 }, rid());
    expect(tooFew).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'capacity', message: expect.stringContaining('不能少于2') } });
    expect(code(await backend.call(holder.openid, 'appointment.adjust', { slotId, capacity: 5 }, rid()))).toBe('FORBIDDEN');
    expect(db().find('slots', { _id: slotId })[0]).toEqual(before);
  });
});
