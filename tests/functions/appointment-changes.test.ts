import { startBackend, type Backend } from './harness';
import { code, rid, STAFF, subscribe } from './contract-fixtures';
import { allSlots, contractedResidents, dayFromToday, publishClinicDay } from './appointment-fixtures';
import { startOfLocalDay } from '../../shared/resident/age';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await publishClinicDay(backend, STAFF, dayFromToday(2), { capacity: 1 });
  await publishClinicDay(backend, STAFF, dayFromToday(3), { capacity: 1 });
});
afterAll(() => backend.close());

const db = () => backend.emulator.db;
const slotsFor = async (p: { openid: string; residentId: string }) => allSlots(await backend.ok(p.openid, 'appointment.slots', { residentId: p.residentId }));
const book = (p: { openid: string; residentId: string }, slotId: string) => backend.call(p.openid, 'appointment.book', { residentId: p.residentId, slotId }, rid());

/** Fires a timer of the appointment function now, as its schedule would. */
async function fireTimer(trigger: 'dayBeforeReminders' | 'releaseHolds'): Promise<unknown> {
  const res = await fetch(`${backend.emulator.url}/__dev/timers/appointment/${trigger}`, { method: 'POST' });
  return res.json();
}

describe('rescheduling (改约)', () => {
  it('moves a booking to a free slot in one step: the old place frees, the new one is taken', async () => {
    const [p] = contractedResidents(backend, 1);
    const [a, b] = (await slotsFor(p)).filter((s) => s.state === 'open');
    const first = await backend.ok(p.openid, 'appointment.book', { residentId: p.residentId, slotId: a.id }, rid());
    const moved = await backend.ok(p.openid, 'appointment.reschedule', { appointmentId: first.id, slotId: b.id }, rid());
    expect(moved).toMatchObject({ slotId: b.id, status: 'booked' });
    expect(db().find('appointments', { _id: first.id })[0]).toMatchObject({ status: 'cancelled', cancelled: { reason: '改约' } });
    expect(db().find('slots', { _id: a.id })[0].booked).toBe(0);
    expect(db().find('slots', { _id: b.id })[0].booked).toBe(1);
  });

  it('leaves the old booking untouched when the new slot is full', async () => {
    const [p, q] = contractedResidents(backend, 2);
    const [a, b] = (await slotsFor(p)).filter((s) => s.state === 'open');
    const mine = await backend.ok(p.openid, 'appointment.book', { residentId: p.residentId, slotId: a.id }, rid());
    await backend.ok(q.openid, 'appointment.book', { residentId: q.residentId, slotId: b.id }, rid());
    const reply = await backend.call(p.openid, 'appointment.reschedule', { appointmentId: mine.id, slotId: b.id }, rid());
    expect(reply).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
    expect(db().find('appointments', { _id: mine.id })[0].status).toBe('booked');
    expect(db().find('slots', { _id: a.id })[0].booked).toBe(1);
    expect(db().find('slots', { _id: b.id })[0].booked).toBe(1);
  });

  it('never ends with both or neither when she reschedules twice at once', async () => {
    const [p] = contractedResidents(backend, 1);
    const [a, b, c] = (await slotsFor(p)).filter((s) => s.state === 'open');
    const mine = await backend.ok(p.openid, 'appointment.book', { residentId: p.residentId, slotId: a.id }, rid());
    const replies = await Promise.all([b, c].map((s) => backend.call(p.openid, 'appointment.reschedule', { appointmentId: mine.id, slotId: s.id }, rid())));
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    const booked = db().find('appointments', { residentId: p.residentId, status: 'booked' });
    expect(booked).toHaveLength(1);
    for (const s of [a, b, c]) expect(db().find('slots', { _id: s.id })[0].booked).toBe(booked.filter((x) => x.slotId === s.id).length);
  });
});

describe('the waiting list (有号提醒)', () => {
  it('keeps a freed place for the first waiter for 15 minutes, tells her, and lets only her book it', async () => {
    const [holder, first, second] = contractedResidents(backend, 3);
    const slot = (await slotsFor(holder)).find((s) => s.state === 'open')!;
    const held = await backend.ok(holder.openid, 'appointment.book', { residentId: holder.residentId, slotId: slot.id }, rid());
    expect(await backend.ok(first.openid, 'appointment.wait', { residentId: first.residentId, slotId: slot.id }, rid())).toMatchObject({ status: 'waiting' });
    await backend.ok(second.openid, 'appointment.wait', { residentId: second.residentId, slotId: slot.id }, rid());
    expect(code(await backend.call(first.openid, 'appointment.wait', { residentId: first.residentId, slotId: slot.id }))).toBe('CONFLICT');
    await subscribe(backend, first.openid, ['tmpl-slot-available']);

    await backend.ok(holder.openid, 'appointment.cancel', { appointmentId: held.id }, rid());
    const stored = db().find('slots', { _id: slot.id })[0] as { booked: number; hold: { residentId: string; until: Date } };
    expect(stored.booked).toBe(1);
    expect(stored.hold.residentId).toBe(first.residentId);
    const minutes = (new Date(stored.hold.until).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    expect(db().count('notices', { residentId: first.residentId, kind: 'slot_available' })).toBe(1);
    expect(db().count('outbox', { touser: first.openid, templateId: 'tmpl-slot-available' })).toBe(1);
    expect(db().count('appointments', { residentId: first.residentId })).toBe(0);

    expect((await slotsFor(second)).find((s) => s.id === slot.id)?.state).toBe('full');
    expect((await slotsFor(first)).find((s) => s.id === slot.id)?.state).toBe('held_for_you');
    expect(code(await book(second, slot.id))).toBe('SLOT_FULL');
    expect(code(await book(first, slot.id))).toBe('OK');
    expect(db().find('slots', { _id: slot.id })[0]).toMatchObject({ booked: 1, hold: null });
    const mine = await backend.ok(first.openid, 'appointment.mine', { residentId: first.residentId });
    expect(mine.waiting[0]).toMatchObject({ status: 'booked' });
  });

  it('passes a hold that ran out to the next waiter, and frees the place when nobody else waits', async () => {
    const [holder, first, second] = contractedResidents(backend, 3);
    const slot = (await slotsFor(holder)).find((s) => s.state === 'open')!;
    const held = await backend.ok(holder.openid, 'appointment.book', { residentId: holder.residentId, slotId: slot.id }, rid());
    await backend.ok(first.openid, 'appointment.wait', { residentId: first.residentId, slotId: slot.id }, rid());
    await backend.ok(second.openid, 'appointment.wait', { residentId: second.residentId, slotId: slot.id }, rid());
    await backend.ok(holder.openid, 'appointment.cancel', { appointmentId: held.id }, rid());
    const expire = () => db().updateMany('slots', { _id: slot.id }, { $set: { 'hold.until': new Date(Date.now() - 1000) } });

    expire();
    await fireTimer('releaseHolds');
    expect(db().find('slots', { _id: slot.id })[0]).toMatchObject({ hold: { residentId: second.residentId } });
    expect(code(await book(first, slot.id))).toBe('SLOT_FULL');

    expire();
    // No timer run needed: a booking attempt on an expired hold releases it first.
    const [walkIn] = contractedResidents(backend, 1);
    expect(code(await book(walkIn, slot.id))).toBe('OK');
    expect(db().find('slots', { _id: slot.id })[0]).toMatchObject({ booked: 1, hold: null });
    const lapsed = await backend.ok(second.openid, 'appointment.mine', { residentId: second.residentId });
    expect(lapsed.waiting[0].status).toBe('lapsed');
  });
});

describe('the day-before reminder', () => {
  it('reminds each booking for tomorrow once, even when runs overlap', async () => {
    await publishClinicDay(backend, STAFF, dayFromToday(1), { capacity: 5 });
    const people = contractedResidents(backend, 3);
    const tomorrow = (await slotsFor(people[0])).filter((s) => s.day === dayFromToday(1) && s.state === 'open')[0];
    for (const p of people) await backend.ok(p.openid, 'appointment.book', { residentId: p.residentId, slotId: tomorrow.id }, rid());
    await subscribe(backend, people[0].openid, ['tmpl-appointment-reminder']);
    await Promise.all([fireTimer('dayBeforeReminders'), fireTimer('dayBeforeReminders'), fireTimer('dayBeforeReminders')]);
    await fireTimer('dayBeforeReminders');
    for (const p of people) expect(db().count('notices', { residentId: p.residentId, kind: 'visit_reminder' })).toBe(1);
    expect(db().count('outbox', { touser: people[0].openid })).toBe(1);
    expect(startOfLocalDay(dayFromToday(1)).getTime()).toBeLessThanOrEqual(new Date(tomorrow.startsAt).getTime());
  });
});
