import { startBackendForFile } from './harness';
import { adultProfile, approve, code, motherProfile, rid, SHILONGHU, SIMAO, signUp, STAFF } from './contract-fixtures';
import { approvedStay, departedDaysAgo, fireStayTimer, harbinProfile, registration, SIMAO_POINT, SIMAO_STAFF, today } from './sojourn-fixtures';

const backend = startBackendForFile();

const staysOf = (residentId: string) => backend.emulator.db.count('contracts', { residentId, kind: 'sojourn' });

describe('registering a stay', () => {
  const OWNER = 'o-sj-dates';
  let residentId: string;
  beforeAll(async () => {
    residentId = await adultProfile(backend, OWNER);
  });

  it.each([
    ['an arrival in the past', { arrival: today(-1) }, 'arrival', '到达日期不能早于今天'],
    ['a departure not after the arrival', { departure: today() }, 'departure', '离开日期应晚于到达日期'],
    ['a stay longer than 180 days', { departure: today(181) }, 'departure', '最长180天'],
    ['a team that is not a sojourn team', { teamId: SHILONGHU }, 'teamId', '不提供旅居服务'],
    ['an address with emoji', { address: '茶马古城B区2栋301😀' }, 'address', '不能包含表情符号'],
    ['a visitor without a home team who names no home institution', { homeInstitution: null }, 'homeInstitution', '家乡签约机构'],
  ])('refuses %s with the field and a message, writing nothing', async (_label, over, field, message) => {
    const reply = await backend.call(OWNER, 'sojourn.register', registration(residentId, over), rid());
    expect(reply).toMatchObject({ ok: false, error: { field, message: expect.stringContaining(message) } });
    expect(staysOf(residentId)).toBe(0);
  });

  it('accepts exactly 180 days from today, waiting for the sojourn team', async () => {
    const stay = await backend.ok(OWNER, 'sojourn.register', registration(residentId, { departure: today(180) }) as never, rid());
    expect(stay).toMatchObject({ status: 'pending_review', arrival: today(), departure: today(180), days: 181, homeTeam: null });
    expect(stay.homeInstitution).toMatchObject({ name: '哈尔滨市南岗区王岗镇社区卫生服务中心' });
  });

  it('allows one registration at a time: a second is a conflict until the first is withdrawn', async () => {
    const second = await backend.call(OWNER, 'sojourn.register', registration(residentId), rid());
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('同一时间只能登记一处旅居') } });
    const { current } = await backend.ok(OWNER, 'sojourn.mine', { residentId });
    const withdrawn = await backend.ok(OWNER, 'sojourn.end', { stayId: current!.id }, rid());
    expect(withdrawn.status).toBe('withdrawn');
    expect((await backend.call(OWNER, 'sojourn.register', registration(residentId), rid())).ok).toBe(true);
  });

  it('is not made by someone unrelated to the resident', async () => {
    const reply = await backend.call('o-sj-nobody', 'sojourn.register', registration(residentId), rid());
    expect(code(reply)).toBe('FORBIDDEN');
  });
});

describe('a Kunming resident keeps her home contract beside the stay', () => {
  const OWNER = 'o-sj-kunming';
  let residentId: string;
  let contractId: string;
  beforeAll(async () => {
    residentId = await motherProfile(backend, OWNER);
    contractId = (await approve(backend, (await signUp(backend, OWNER, residentId)).id)).id;
  });

  it('needs no home institution, records the home team and leaves the contract in effect', async () => {
    const stay = await approvedStay(backend, OWNER, residentId, { homeInstitution: null });
    expect(stay).toMatchObject({ status: 'active', phase: 'during', homeTeam: { id: SHILONGHU }, homeInstitution: null });
    const mine = await backend.ok(OWNER, 'sojourn.mine', { residentId });
    expect(mine.home).toMatchObject({ team: { id: SHILONGHU } });
    expect(mine.current).toMatchObject({ id: stay.id, team: { id: SIMAO }, statusLabel: '旅居中' });
    const contracts = await backend.ok(OWNER, 'contract.mine', { residentId });
    expect(contracts.current).toMatchObject({ id: contractId, status: 'active' });
  });

  it('books the sojourn team during the stay', async () => {
    await backend.ok(SIMAO_STAFF, 'appointment.publish', {
      pointId: SIMAO_POINT, kind: 'clinic', from: today(1), to: today(1), weekdays: [1, 2, 3, 4, 5, 6, 7],
      windows: [{ start: '09:00', end: '10:00' }], slotMinutes: 30, capacity: 2,
    });
    const slots = await backend.ok(OWNER, 'appointment.slots', { residentId });
    expect(slots.team).toMatchObject({ id: SIMAO });
    const slotId = slots.days.flatMap((d) => d.points.flatMap((p) => p.slots))[0].id;
    const booked = await backend.ok(OWNER, 'appointment.book', { residentId, slotId }, rid('book'));
    expect(booked).toMatchObject({ team: { id: SIMAO } });
  });

  it('hands back a summary the resident and the home team read, and the sojourn team does not once it is over', async () => {
    const { current } = await backend.ok(OWNER, 'sojourn.mine', { residentId });
    await backend.ok(OWNER, 'health.record', { residentId, kind: 'bp', systolic: 138, diastolic: 86 }, rid('bp'));
    await backend.ok(SIMAO_STAFF, 'sojourn.closingNote', { stayId: current!.id, text: '旅居期间血压控制尚可，建议回家后继续每周测量' }, rid());
    expect(code(await backend.call(OWNER, 'sojourn.summary', { stayId: current!.id }))).toBe('CONFLICT');

    const ended = await backend.ok(OWNER, 'sojourn.end', { stayId: current!.id }, rid('end'));
    expect(ended).toMatchObject({ status: 'ended_early', can: { summary: true } });

    const summary = await backend.ok(OWNER, 'sojourn.summary', { stayId: current!.id });
    expect(summary.readings).toEqual([expect.objectContaining({ kind: '血压', valueText: '138/86 mmHg' })]);
    expect(summary.stay.closingNote).toMatchObject({ text: expect.stringContaining('血压控制尚可'), by: expect.stringContaining('杨丽') });
    expect((await backend.ok(STAFF, 'sojourn.summary', { stayId: current!.id })).stay.id).toBe(current!.id);
    expect(code(await backend.call(SIMAO_STAFF, 'sojourn.summary', { stayId: current!.id }))).toBe('FORBIDDEN');
    expect(code(await backend.call('o-sj-nobody', 'sojourn.summary', { stayId: current!.id }))).toBe('FORBIDDEN');
  });
});

describe('the sojourn team looks after a guest exactly during the stay', () => {
  const OWNER = 'o-sj-harbin';
  let residentId: string;
  let stayId: string;
  beforeAll(async () => {
    residentId = await harbinProfile(backend, OWNER);
  });

  it('reviews the registration before the stay, without access to the record yet', async () => {
    const pending = await backend.ok(OWNER, 'sojourn.register', registration(residentId, { arrival: today(3), departure: today(95) }) as never, rid());
    stayId = pending.id;
    const { pending: queue, guests } = await backend.ok(SIMAO_STAFF, 'sojourn.guests', {});
    expect(queue.map((s) => s.id)).toContain(stayId);
    expect(guests.map((g) => g.stayId)).not.toContain(stayId);
    expect(code(await backend.call(STAFF, 'sojourn.review', { stayId, decision: 'approve' }, rid()))).toBe('FORBIDDEN');
    const approved = await backend.ok(SIMAO_STAFF, 'sojourn.review', { stayId, decision: 'approve' }, rid());
    expect(approved).toMatchObject({ status: 'active', phase: 'upcoming' });
    expect(code(await backend.call(SIMAO_STAFF, 'resident.getProfile', { residentId }))).toBe('FORBIDDEN');
    expect((await backend.ok(SIMAO_STAFF, 'sojourn.guests', {})).guests.map((g) => g.stayId)).not.toContain(stayId);
  });

  it('extends within 180 days of arrival only', async () => {
    const tooLong = await backend.call(OWNER, 'sojourn.extend', { stayId, departure: today(184) }, rid());
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'departure' } });
    const earlier = await backend.call(OWNER, 'sojourn.extend', { stayId, departure: today(60) }, rid());
    expect(earlier).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'departure' } });
    const longer = await backend.ok(OWNER, 'sojourn.extend', { stayId, departure: today(120) }, rid());
    expect(longer).toMatchObject({ arrival: today(3), departure: today(120) });
  });

  it('sees the guest during the stay, with only the consented conditions', async () => {
    backend.emulator.db.updateMany('contracts', { _id: stayId }, { $set: { 'period.start': new Date(Date.now() - 86_400_000) } });
    const { guests } = await backend.ok(SIMAO_STAFF, 'sojourn.guests', {});
    const guest = guests.find((g) => g.stayId === stayId);
    expect(guest).toMatchObject({ residentName: '陈建国', conditions: '高血压10年', medicines: null, departure: today(120) });
    expect((await backend.ok(SIMAO_STAFF, 'resident.getProfile', { residentId })).name).toBe('陈建国');
  });

  it('loses access the day after departure, and the nightly run ends the stay once', async () => {
    departedDaysAgo(backend, stayId, 0);
    expect(code(await backend.call(SIMAO_STAFF, 'resident.getProfile', { residentId }))).toBe('FORBIDDEN');
    expect((await backend.ok(SIMAO_STAFF, 'sojourn.guests', {})).guests.map((g) => g.stayId)).not.toContain(stayId);
    expect(code(await backend.call(SIMAO_STAFF, 'sojourn.closingNote', { stayId, text: '旅居结束后补写的小结' }, rid()))).toBe('FORBIDDEN');

    expect(await fireStayTimer(backend)).toMatchObject({ ok: true, data: { ended: expect.any(Number) } });
    const { current, past } = await backend.ok(OWNER, 'sojourn.mine', { residentId });
    expect(current).toBeNull();
    expect(past[0]).toMatchObject({ id: stayId, status: 'expired', can: { summary: true } });
    const again = await fireStayTimer(backend);
    expect(again.data.ended).toBe(0);
  });

  it('hands the summary to the visitor only: no home team in the system, the sojourn team no longer', async () => {
    const summary = await backend.ok(OWNER, 'sojourn.summary', { stayId });
    expect(summary.stay).toMatchObject({ homeInstitution: { phone: '0451-86661234' } });
    expect(code(await backend.call(SIMAO_STAFF, 'sojourn.summary', { stayId }))).toBe('FORBIDDEN');
    expect(code(await backend.call(STAFF, 'sojourn.summary', { stayId }))).toBe('FORBIDDEN');
  });

  it('may register again once the stay has ended', async () => {
    expect((await backend.call(OWNER, 'sojourn.register', registration(residentId, { arrival: today(10), departure: today(20) }), rid())).ok).toBe(true);
  });
});
