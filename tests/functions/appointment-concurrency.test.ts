import { startBackendForFile } from './harness';
import { code, rid, STAFF } from './contract-fixtures';
import { contractedResidents, dayFromToday, moveBooking, publishClinicDay } from './appointment-fixtures';

const backend = startBackendForFile();

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

describe('a resident never holds more than three future bookings', () => {
  it('books exactly 3 when one resident books 8 different slots at the same instant; the rest are refused and give their places back', async () => {
    const day = dayFromToday(4);
    await publishClinicDay(backend, STAFF, day, { capacity: 2, windows: [{ start: '08:00', end: '12:00' }] });
    const slots = backend.emulator.db.find('slots', { day }).map((s) => String(s._id));
    expect(slots.length).toBeGreaterThanOrEqual(8);
    const [p] = contractedResidents(backend, 1);
    const replies = await Promise.all(
      slots.slice(0, 8).map((slotId, i) => backend.call(p.openid, 'appointment.book', { residentId: p.residentId, slotId }, rid(`burst${i}`))),
    );
    expect(replies.map(code).filter((c) => c === 'OK')).toHaveLength(3);
    for (const r of replies) if (!r.ok) expect(r.error).toMatchObject({ code: 'NOT_ELIGIBLE', message: expect.stringContaining('最多同时预约3个') });
    const booked = backend.emulator.db.find('appointments', { residentId: p.residentId, status: 'booked' });
    expect(booked).toHaveLength(3);
    expect(new Set(booked.map((a) => a.seat)).size).toBe(3);
    // Every place taken by a refused booking went back: each slot's counter equals its bookings.
    for (const slotId of slots.slice(0, 8)) expect(ledger(slotId).counter).toBe(ledger(slotId).booked);
  });

  it('lets a resident book again once a booking has taken place, and after cancelling one, even when racing', async () => {
    const day = dayFromToday(5);
    await publishClinicDay(backend, STAFF, day, { capacity: 2, windows: [{ start: '08:00', end: '12:00' }] });
    const slots = backend.emulator.db.find('slots', { day }).map((s) => String(s._id));
    const [p] = contractedResidents(backend, 1);
    const first = [];
    for (const slotId of slots.slice(0, 3)) first.push(await backend.ok(p.openid, 'appointment.book', { residentId: p.residentId, slotId }, rid()));
    // One visit is over (still marked booked), another is cancelled: two seats are free again.
    moveBooking(backend, first[0].id, new Date(Date.now() - 3_600_000));
    await backend.ok(p.openid, 'appointment.cancel', { appointmentId: first[1].id }, rid());
    const replies = await Promise.all(
      slots.slice(3, 8).map((slotId, i) => backend.call(p.openid, 'appointment.book', { residentId: p.residentId, slotId }, rid(`again${i}`))),
    );
    expect(replies.map(code).filter((c) => c === 'OK')).toHaveLength(2);
    const future = backend.emulator.db.find('appointments', { residentId: p.residentId, status: 'booked' }).filter((a) => new Date(a.startsAt as string).getTime() > Date.now());
    expect(future).toHaveLength(3);
  });
});
