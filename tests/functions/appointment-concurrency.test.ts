import { startBackend, type Backend } from './harness';
import { code, rid, STAFF } from './contract-fixtures';
import { contractedResidents, dayFromToday, publishClinicDay } from './appointment-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

/** The slot's counter and its bookings, read straight from the database. */
function ledger(slotId: string) {
  const db = backend.emulator.db;
  const [slot] = db.find('slots', { _id: slotId });
  const booked = db.find('appointments', { slotId, status: 'booked' });
  return { counter: slot.booked as number, capacity: slot.capacity as number, booked: booked.length, residents: new Set(booked.map((a) => a.residentId)).size };
}

describe('a slot never holds more bookings than its capacity', () => {
  it('books exactly 5 of 200 residents trying a slot of capacity 5 at the same moment; the other 195 hear SLOT_FULL', async () => {
    await publishClinicDay(backend, STAFF, dayFromToday(1), { capacity: 5, windows: [{ start: '09:00', end: '09:30' }] });
    const [slot] = backend.emulator.db.find('slots', { day: dayFromToday(1) });
    const people = contractedResidents(backend, 200);
    const replies = await Promise.all(
      people.map((p) => backend.call(p.openid, 'appointment.book', { residentId: p.residentId, slotId: slot._id }, rid('race'))),
    );
    const codes = replies.map(code);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(5);
    expect(codes.filter((c) => c === 'SLOT_FULL')).toHaveLength(195);
    for (const r of replies) if (!r.ok) expect(r.error).toMatchObject({ field: 'slotId', message: expect.stringContaining('已约满') });
    expect(ledger(String(slot._id))).toEqual({ counter: 5, capacity: 5, booked: 5, residents: 5 });
  });

  it('books once when the same request is sent 30 times at once, and every repeat afterwards returns that booking', async () => {
    await publishClinicDay(backend, STAFF, dayFromToday(2), { capacity: 5, windows: [{ start: '09:00', end: '09:30' }] });
    const [slot] = backend.emulator.db.find('slots', { day: dayFromToday(2) });
    const [p] = contractedResidents(backend, 1);
    const requestId = rid('retry');
    const input = { residentId: p.residentId, slotId: String(slot._id) };
    const replies = await Promise.all(Array.from({ length: 30 }, () => backend.call(p.openid, 'appointment.book', input, requestId)));
    expect(replies.map(code)).toEqual(replies.map(() => 'OK'));
    const ids = new Set(replies.map((r) => (r.ok ? r.data.id : '')));
    expect(ids.size).toBe(1);
    const later = await backend.ok(p.openid, 'appointment.book', input, requestId);
    expect(ids.has(later.id)).toBe(true);
    expect(ledger(String(slot._id))).toEqual({ counter: 1, capacity: 5, booked: 1, residents: 1 });
  });

  it('keeps counter and bookings equal when 60 people book and cancel the same slot at once', async () => {
    await publishClinicDay(backend, STAFF, dayFromToday(3), { capacity: 3, windows: [{ start: '09:00', end: '09:30' }] });
    const [slot] = backend.emulator.db.find('slots', { day: dayFromToday(3) });
    const people = contractedResidents(backend, 60);
    const first = await Promise.all(people.map((p) => backend.call(p.openid, 'appointment.book', { residentId: p.residentId, slotId: slot._id }, rid())));
    const winners = people.filter((_, i) => first[i].ok);
    expect(winners).toHaveLength(3);
    const rounds = await Promise.all([
      ...winners.map((p, i) => backend.call(p.openid, 'appointment.cancel', { appointmentId: (first[people.indexOf(p)] as { data: { id: string } }).data.id }, rid(`c${i}`))),
      ...people.filter((p) => !winners.includes(p)).map((p) => backend.call(p.openid, 'appointment.book', { residentId: p.residentId, slotId: slot._id }, rid())),
    ]);
    expect(rounds.slice(0, 3).every((r) => r.ok)).toBe(true);
    const l = ledger(String(slot._id));
    expect(l.counter).toBe(l.booked);
    expect(l.booked).toBeLessThanOrEqual(3);
    expect(l.residents).toBe(l.booked);
  });
});
