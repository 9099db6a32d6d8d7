import { startBackend, type Backend } from './harness';
import { approve, code, daughterProfile, grantFamily, LUOLONG, motherProfile, rid, signUp, STAFF, subscribe } from './contract-fixtures';
import { allSlots, contractedResidents, dayFromToday, moveBooking, publishClinicDay } from './appointment-fixtures';
import { fullIdPattern } from './resident-fixtures';

let backend: Backend;
const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';
let mother: string;

beforeAll(async () => {
  backend = await startBackend();
  await publishClinicDay(backend, STAFF, dayFromToday(1), { capacity: 2 });
  await publishClinicDay(backend, STAFF, dayFromToday(2), { capacity: 1, windows: [{ start: '09:00', end: '12:00' }] });
  await publishClinicDay(backend, STAFF, dayFromToday(3), { capacity: 1, kind: 'home_visit' });
  mother = await motherProfile(backend);
  await daughterProfile(backend);
});
afterAll(() => backend.close());

const slotsOf = async (openid: string, residentId: string) => allSlots(await backend.ok(openid, 'appointment.slots', { residentId }));

describe('who may book', () => {
  it('asks a resident without a contract to sign first, and writes nothing', async () => {
    const view = await backend.ok(MOTHER, 'appointment.slots', { residentId: mother });
    expect(view.blocked?.message).toContain('请先签约');
    expect(view.days).toEqual([]);
    const [slot] = backend.emulator.db.find('slots', { day: dayFromToday(1) });
    const reply = await backend.call(MOTHER, 'appointment.book', { residentId: mother, slotId: slot._id }, rid());
    expect(code(reply)).toBe('NOT_ELIGIBLE');
    expect(backend.emulator.db.count('appointments', { residentId: mother })).toBe(0);
    expect(backend.emulator.db.find('slots', { _id: slot._id })[0].booked).toBe(0);
  });

  it('refuses slots of a team the resident has not signed with', async () => {
    const [other] = contractedResidents(backend, 1, LUOLONG);
    const [slot] = backend.emulator.db.find('slots', { day: dayFromToday(1) });
    const reply = await backend.call(other.openid, 'appointment.book', { residentId: other.residentId, slotId: slot._id }, rid());
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE', field: 'slotId' } });
    expect((await backend.ok(other.openid, 'appointment.slots', { residentId: other.residentId })).days).toEqual([]);
  });

  it('shows and books home visits only with the home-visit package, at the address given', async () => {
    const [plain] = contractedResidents(backend, 1);
    const [home] = contractedResidents(backend, 1, undefined, ['basic', 'home_visit']);
    expect((await slotsOf(plain.openid, plain.residentId)).some((s) => s.kind === 'home_visit')).toBe(false);
    const homeSlot = (await slotsOf(home.openid, home.residentId)).find((s) => s.kind === 'home_visit')!;
    expect(homeSlot).toBeDefined();
    const refused = await backend.call(plain.openid, 'appointment.book', { residentId: plain.residentId, slotId: homeSlot.id }, rid());
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE' } });
    expect((refused as { error: { message: string } }).error.message).toContain('上门服务包');
    const booked = await backend.ok(home.openid, 'appointment.book', { residentId: home.residentId, slotId: homeSlot.id, address: '石龙路 15 号 3 栋 2 单元 401' }, rid());
    expect(booked).toMatchObject({ kind: 'home_visit', address: '石龙路 15 号 3 栋 2 单元 401', status: 'booked' });
  });

  it('lets a daughter with the 预约 scope book for her mother, and refuses anyone else', async () => {
    const contract = await signUp(backend, MOTHER, mother, ['basic', 'chronic']);
    await approve(backend, contract.id);
    await grantFamily(backend, DAUGHTER, MOTHER, ['view', 'book']);
    const [slot] = await slotsOf(MOTHER, mother);
    expect(code(await backend.call('o-stranger', 'appointment.book', { residentId: mother, slotId: slot.id }, rid()))).toBe('FORBIDDEN');
    const booked = await backend.ok(DAUGHTER, 'appointment.book', { residentId: mother, slotId: slot.id }, rid());
    expect(booked).toMatchObject({ residentName: '李桂兰', status: 'booked', canCancel: true });
    expect(JSON.stringify(booked)).not.toMatch(fullIdPattern());
    const mine = await backend.ok(MOTHER, 'appointment.mine', { residentId: mother });
    expect(mine.upcoming.map((a) => a.id)).toEqual([booked.id]);
    expect(code(await backend.call('o-stranger', 'appointment.mine', { residentId: mother }))).toBe('FORBIDDEN');
  });
});

describe('limits', () => {
  it('holds one booking per resident and slot, and gives the place back when the second is refused', async () => {
    const [r] = contractedResidents(backend, 1);
    const [slot] = await slotsOf(r.openid, r.residentId);
    const replies = await Promise.all([0, 1, 2, 3].map(() => backend.call(r.openid, 'appointment.book', { residentId: r.residentId, slotId: slot.id }, rid())));
    // While a duplicate still holds a place for a moment, a third try may find the slot full.
    expect(replies.map(code).filter((c) => c === 'OK')).toHaveLength(1);
    expect(replies.map(code).every((c) => ['OK', 'CONFLICT', 'SLOT_FULL'].includes(c))).toBe(true);
    expect(await backend.call(r.openid, 'appointment.book', { residentId: r.residentId, slotId: slot.id }, rid())).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(backend.emulator.db.count('appointments', { residentId: r.residentId, status: 'booked' })).toBe(1);
    const [stored] = backend.emulator.db.find('slots', { _id: slot.id });
    expect(stored.booked).toBe(backend.emulator.db.count('appointments', { slotId: slot.id, status: 'booked' }));
  });

  it('allows at most three future bookings at once', async () => {
    const [r] = contractedResidents(backend, 1);
    const open = (await slotsOf(r.openid, r.residentId)).filter((s) => s.kind === 'clinic' && s.state === 'open');
    for (const s of open.slice(0, 3)) await backend.ok(r.openid, 'appointment.book', { residentId: r.residentId, slotId: s.id }, rid());
    const fourth = await backend.call(r.openid, 'appointment.book', { residentId: r.residentId, slotId: open[3].id }, rid());
    expect(fourth).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE' } });
    expect((fourth as { error: { message: string } }).error.message).toContain('最多同时预约3个');
    expect((await backend.ok(r.openid, 'appointment.slots', { residentId: r.residentId })).blocked?.message).toContain('最多同时预约3个');
  });

  it('answers SLOT_FULL when the last place has gone', async () => {
    const [a, b] = contractedResidents(backend, 2);
    const slot = (await slotsOf(a.openid, a.residentId)).find((s) => s.capacity === 1 && s.kind === 'clinic' && s.state === 'open')!;
    await backend.ok(a.openid, 'appointment.book', { residentId: a.residentId, slotId: slot.id }, rid());
    expect(await backend.call(b.openid, 'appointment.book', { residentId: b.residentId, slotId: slot.id }, rid())).toMatchObject({ ok: false, error: { code: 'SLOT_FULL', field: 'slotId' } });
    const seen = (await slotsOf(b.openid, b.residentId)).find((s) => s.id === slot.id)!;
    expect(seen).toMatchObject({ left: 0, state: 'full' });
  });
});

describe('cancelling', () => {
  it('cancels until two hours before the start, gives the place back and allows booking it again', async () => {
    const [r] = contractedResidents(backend, 1);
    const slot = (await slotsOf(r.openid, r.residentId)).find((s) => s.state === 'open' && s.kind === 'clinic')!;
    const booked = await backend.ok(r.openid, 'appointment.book', { residentId: r.residentId, slotId: slot.id }, rid());
    const before = backend.emulator.db.find('slots', { _id: slot.id })[0].booked as number;
    const cancelled = await backend.ok(r.openid, 'appointment.cancel', { appointmentId: booked.id, reason: '临时有事' }, rid());
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '临时有事', canCancel: false });
    expect(backend.emulator.db.find('slots', { _id: slot.id })[0].booked).toBe(before - 1);
    const again = await backend.ok(r.openid, 'appointment.book', { residentId: r.residentId, slotId: slot.id }, rid());
    expect(again.status).toBe('booked');
  });

  it('refuses to cancel within two hours of the start and says whom to call', async () => {
    const [r] = contractedResidents(backend, 1);
    const slot = (await slotsOf(r.openid, r.residentId)).find((s) => s.state === 'open' && s.kind === 'clinic')!;
    const booked = await backend.ok(r.openid, 'appointment.book', { residentId: r.residentId, slotId: slot.id }, rid());
    moveBooking(backend, booked.id, new Date(Date.now() + 90 * 60_000));
    const reply = await backend.call(r.openid, 'appointment.cancel', { appointmentId: booked.id }, rid());
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((reply as { error: { message: string } }).error.message).toMatch(/2小时.*0871-67482316/);
    expect(backend.emulator.db.find('appointments', { _id: booked.id })[0].status).toBe('booked');
  });
});

describe('closing a slot or a day (停诊)', () => {
  it('cancels every booking with the reason and tells the resident and her family in the app', async () => {
    const day = dayFromToday(4);
    await publishClinicDay(backend, STAFF, day, { capacity: 3 });
    const view = await slotsOf(MOTHER, mother);
    const slot = view.find((s) => s.day === day)!;
    const [other] = contractedResidents(backend, 1);
    const a = await backend.ok(MOTHER, 'appointment.book', { residentId: mother, slotId: slot.id }, rid());
    const b = await backend.ok(other.openid, 'appointment.book', { residentId: other.residentId, slotId: slot.id }, rid());
    expect(code(await backend.call(MOTHER, 'appointment.close', { pointId: slot.pointId, day, reason: '医生外出培训' }))).toBe('FORBIDDEN');
    await subscribe(backend, MOTHER, ['tmpl-appointment-cancelled']);
    const result = await backend.ok(STAFF, 'appointment.close', { pointId: slot.pointId, day, reason: '医生外出培训' }, rid());
    expect(result).toEqual({ closedSlots: 4, cancelledBookings: 2 });
    const db = backend.emulator.db;
    for (const id of [a.id, b.id]) expect(db.find('appointments', { _id: id })[0]).toMatchObject({ status: 'cancelled', cancelled: { reason: '停诊：医生外出培训' } });
    expect(db.find('slots', { day, pointId: slot.pointId }).every((s) => s.status === 'closed' && s.booked === 0)).toBe(true);
    const notices = db.find('notices', { residentId: mother, kind: 'slot_closed' });
    expect(notices.map((n) => n.openid).sort()).toEqual([MOTHER, DAUGHTER].sort());
    expect(notices[0].body).toContain('医生外出培训');
    // She had allowed one cancellation message; her daughter had not, so she is told in the app only.
    const sent = db.find('outbox', { touser: MOTHER });
    expect(sent).toHaveLength(1);
    expect(sent[0].templateId).toBe('tmpl-appointment-cancelled');
    expect(JSON.stringify(sent[0])).toContain('停诊：医生外出培训');
    expect(db.count('outbox', { touser: DAUGHTER })).toBe(0);
    const mine = await backend.ok(MOTHER, 'appointment.mine', { residentId: mother });
    expect(mine.past.find((p) => p.id === a.id)?.cancelReason).toBe('停诊：医生外出培训');
    const refused = await backend.call(other.openid, 'appointment.book', { residentId: other.residentId, slotId: slot.id }, rid());
    expect(code(refused)).toBe('CONFLICT');
  });
});

describe('attendance and no-shows (爽约)', () => {
  it('lets only the team mark a visit, and only once it has started', async () => {
    const [r] = contractedResidents(backend, 1);
    const slot = (await slotsOf(r.openid, r.residentId)).find((s) => s.state === 'open' && s.kind === 'clinic')!;
    const booked = await backend.ok(r.openid, 'appointment.book', { residentId: r.residentId, slotId: slot.id }, rid());
    expect(code(await backend.call(STAFF, 'appointment.mark', { appointmentId: booked.id, outcome: 'attended' }))).toBe('CONFLICT');
    moveBooking(backend, booked.id, new Date(Date.now() - 60 * 60_000));
    expect(code(await backend.call(r.openid, 'appointment.mark', { appointmentId: booked.id, outcome: 'attended' }))).toBe('FORBIDDEN');
    expect(code(await backend.call('o-staff-yangli', 'appointment.mark', { appointmentId: booked.id, outcome: 'attended' }))).toBe('FORBIDDEN');
    expect(await backend.ok(STAFF, 'appointment.mark', { appointmentId: booked.id, outcome: 'attended' })).toMatchObject({ status: 'attended', statusLabel: '已就诊' });
  });

  it('pauses online booking for 30 days after three no-shows within 90 days, saying until when and whom to call', async () => {
    const [r] = contractedResidents(backend, 1);
    const open = (await slotsOf(r.openid, r.residentId)).filter((s) => s.state === 'open' && s.kind === 'clinic');
    const ago = [60, 30, 2];
    for (let i = 0; i < 3; i += 1) {
      const booked = await backend.ok(r.openid, 'appointment.book', { residentId: r.residentId, slotId: open[i].id }, rid());
      moveBooking(backend, booked.id, new Date(Date.now() - ago[i] * 86_400_000));
      await backend.ok(STAFF, 'appointment.mark', { appointmentId: booked.id, outcome: 'no_show' });
    }
    const reply = await backend.call(r.openid, 'appointment.book', { residentId: r.residentId, slotId: open[3].id }, rid());
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE' } });
    expect((reply as { error: { message: string } }).error.message).toMatch(/暂停至.*0871-67482316/);
    const mine = await backend.ok(r.openid, 'appointment.mine', { residentId: r.residentId });
    const until = new Date(mine.paused!.until).getTime();
    expect(Math.round((until - Date.now()) / 86_400_000)).toBe(28);
  });
});

describe('the roster', () => {
  it('shows the team who is booked with priority group and risk colour, without ID numbers', async () => {
    const day = dayFromToday(1);
    const roster = await backend.ok(STAFF, 'appointment.roster', { day });
    const bookings = roster.slots.flatMap((s) => s.bookings);
    const ligl = bookings.find((b) => b.residentName === '李桂兰')!;
    expect(ligl).toMatchObject({ age: expect.any(Number), risk: 'red', status: 'booked' });
    expect(ligl.priorityGroups).toEqual(expect.arrayContaining([expect.stringContaining('老年')]));
    expect(JSON.stringify(roster)).not.toMatch(fullIdPattern());
    expect(roster.slots.every((s) => s.booked === s.bookings.filter((b) => b.status === 'booked').length || s.closed)).toBe(true);
    expect(code(await backend.call(MOTHER, 'appointment.roster', { day }))).toBe('FORBIDDEN');
  });
});
