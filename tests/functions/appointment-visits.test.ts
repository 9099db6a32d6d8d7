import { startBackend, type Backend } from './harness';
import { approve, code, daughterProfile, endIn, grantFamily, motherProfile, rid, signUp, STAFF } from './contract-fixtures';
import { allSlots, contractedResidents, dayFromToday, moveBooking, publishClinicDay } from './appointment-fixtures';

let backend: Backend;
const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';
let mother: string;

beforeAll(async () => {
  backend = await startBackend();
  await publishClinicDay(backend, STAFF, dayFromToday(1), { capacity: 3 });
  mother = await motherProfile(backend);
  await daughterProfile(backend);
  const contract = await approve(backend, (await signUp(backend, MOTHER, mother, ['basic', 'chronic'])).id);
  // Signed two months ago, so that visits earlier today fall inside the contract year.
  endIn(backend, contract.id, 300);
  await grantFamily(backend, DAUGHTER, MOTHER, ['view', 'book']);
});
afterAll(() => backend.close());

/** Books the first open slot for `residentId` as `openid` and moves it an hour into the past. */
async function pastVisit(openid: string, residentId: string) {
  const slot = allSlots(await backend.ok(openid, 'appointment.slots', { residentId })).find((s) => s.state === 'open' && !s.mine)!;
  const booked = await backend.ok(openid, 'appointment.book', { residentId, slotId: slot.id }, rid());
  moveBooking(backend, booked.id, new Date(Date.now() - 60 * 60_000));
  return booked;
}

describe('service records and fulfilment (履约进度)', () => {
  it('records a visit, marks it attended and moves 慢病随访 from 0/4 to 1/4', async () => {
    const before = await backend.ok(MOTHER, 'appointment.fulfilment', { residentId: mother });
    expect(before.lines.find((l) => l.code === 'chronic_followup')).toMatchObject({ delivered: 0, due: 4, text: '0/4' });
    const booked = await pastVisit(MOTHER, mother);
    const visit = await backend.ok(STAFF, 'appointment.recordVisit', { appointmentId: booked.id, services: ['bp_check', 'chronic_followup'], note: '血压 138/86，继续原方案', nextFollowUp: dayFromToday(90) });
    expect(visit).toMatchObject({ channel: 'visit', recordedBy: '张毅', canRate: false });
    expect(backend.emulator.db.find('appointments', { _id: booked.id })[0].status).toBe('attended');
    const after = await backend.ok(DAUGHTER, 'appointment.fulfilment', { residentId: mother });
    expect(after.lines.find((l) => l.code === 'chronic_followup')).toMatchObject({ delivered: 1, text: '1/4' });
    expect(after.lines.find((l) => l.code === 'bp_check')).toMatchObject({ delivered: 1, text: '已提供1次' });
    expect(after.visits[0]).toMatchObject({ id: visit.id, canRate: true, note: '血压 138/86，继续原方案' });
    expect(code(await backend.call(STAFF, 'appointment.recordVisit', { appointmentId: booked.id, services: ['bp_check'] }))).toBe('CONFLICT');
  });

  it('counts a phone follow-up outside a booking, once per request', async () => {
    const requestId = rid('phone');
    const input = { residentId: mother, channel: 'phone' as const, services: ['chronic_followup' as const], note: '电话随访，血压平稳' };
    const [a, b] = await Promise.all([backend.call(STAFF, 'appointment.recordVisit', input, requestId), backend.call(STAFF, 'appointment.recordVisit', input, requestId)]);
    expect([a, b].filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
    const view = await backend.ok(MOTHER, 'appointment.fulfilment', { residentId: mother });
    expect(view.lines.find((l) => l.code === 'chronic_followup')?.text).toBe('2/4');
    expect(view.visits.find((v) => v.channel === 'phone')).toMatchObject({ channelLabel: '电话随访', canRate: false });
  });

  it('refuses services outside the contract, visits not yet started, and staff of other teams, writing nothing', async () => {
    const [r] = contractedResidents(backend, 1);
    const slot = allSlots(await backend.ok(r.openid, 'appointment.slots', { residentId: r.residentId })).find((s) => s.state === 'open')!;
    const booked = await backend.ok(r.openid, 'appointment.book', { residentId: r.residentId, slotId: slot.id }, rid());
    expect(code(await backend.call(STAFF, 'appointment.recordVisit', { appointmentId: booked.id, services: ['bp_check'] }))).toBe('CONFLICT');
    moveBooking(backend, booked.id, new Date(Date.now() - 30 * 60_000));
    expect(await backend.call(STAFF, 'appointment.recordVisit', { appointmentId: booked.id, services: ['home_round'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'services' } });
    expect(code(await backend.call('o-staff-yangli', 'appointment.recordVisit', { appointmentId: booked.id, services: ['bp_check'] }))).toBe('FORBIDDEN');
    expect(code(await backend.call(r.openid, 'appointment.recordVisit', { appointmentId: booked.id, services: ['bp_check'] }))).toBe('FORBIDDEN');
    expect(backend.emulator.db.count('visits', { residentId: r.residentId })).toBe(0);
    expect(backend.emulator.db.find('appointments', { _id: booked.id })[0].status).toBe('booked');
  });
});

describe('rating (居民评价)', () => {
  it('lets the resident or family rate an attended visit once, and the team card shows the average and satisfaction rate', async () => {
    const view = await backend.ok(MOTHER, 'appointment.fulfilment', { residentId: mother });
    const visit = view.visits.find((v) => v.canRate)!;
    expect(code(await backend.call(STAFF, 'appointment.rate', { visitId: visit.id, stars: 5 }))).toBe('FORBIDDEN');
    const rated = await backend.ok(DAUGHTER, 'appointment.rate', { visitId: visit.id, stars: 5, tags: ['态度好', '讲解清楚'], comment: '张医生很耐心' });
    expect(rated).toMatchObject({ rating: { stars: 5, tags: ['态度好', '讲解清楚'], comment: '张医生很耐心' }, canRate: false });
    expect(code(await backend.call(MOTHER, 'appointment.rate', { visitId: visit.id, stars: 1 }))).toBe('CONFLICT');
    const phone = view.visits.find((v) => v.channel === 'phone')!;
    expect(code(await backend.call(MOTHER, 'appointment.rate', { visitId: phone.id, stars: 4 }))).toBe('NOT_ELIGIBLE');
    expect(await backend.call(MOTHER, 'appointment.rate', { visitId: visit.id, stars: 6 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'stars' } });

    const [r] = contractedResidents(backend, 1);
    const other = await pastVisit(r.openid, r.residentId);
    const otherVisit = await backend.ok(STAFF, 'appointment.recordVisit', { appointmentId: other.id, services: ['bp_check'] });
    await backend.ok(r.openid, 'appointment.rate', { visitId: otherVisit.id, stars: 3, tags: ['等候时间长'] });

    const publicView = await backend.ok(r.openid, 'appointment.teamRatings', { teamId: 'team-cg-shilonghu' });
    expect(publicView).toEqual({ count: 2, average: 4, satisfiedRate: 0.5, recent: null });
    const staffView = await backend.ok(STAFF, 'appointment.teamRatings', { teamId: 'team-cg-shilonghu' });
    expect(staffView.recent?.map((x) => x.stars).sort()).toEqual([3, 5]);
    expect(staffView.recent?.[0].staffName).toBe('张毅');
    expect(JSON.stringify(staffView)).not.toContain('李桂兰');
  });
});
