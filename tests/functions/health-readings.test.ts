import { startBackend, type Backend } from './harness';
import { addLuolongStaff, approve, code, daughterProfile, grantFamily, LUOLONG_STAFF, motherProfile, rid, signUp, STAFF, adultProfile } from './contract-fixtures';
import { contractedResidents } from './appointment-fixtures';

let backend: Backend;
const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';
const VIEW_ONLY = 'o-health-viewer';
const REVOKED = 'o-health-revoked';
const STRANGER = 'o-health-stranger';
let mother: string;

const alertsTo = (openid: string) => backend.emulator.db.find('notices', { openid, kind: 'reading_alert' });
const readingsOf = (residentId: string) => backend.emulator.db.find('readings', { residentId });

beforeAll(async () => {
  backend = await startBackend();
  addLuolongStaff(backend);
  mother = await motherProfile(backend);
  await daughterProfile(backend);
  await approve(backend, (await signUp(backend, MOTHER, mother, ['basic', 'chronic'])).id);
  await grantFamily(backend, DAUGHTER, MOTHER, ['view', 'reminders']);
  await adultProfile(backend, VIEW_ONLY);
  await grantFamily(backend, VIEW_ONLY, MOTHER, ['view']);
  await adultProfile(backend, REVOKED);
  await grantFamily(backend, REVOKED, MOTHER, ['view', 'reminders']);
  const [g] = backend.emulator.db.find('guardianships', { guardianOpenid: REVOKED });
  await backend.ok(MOTHER, 'resident.revokeAccess', { guardianshipId: String(g._id) }, rid('revoke'));
  await adultProfile(backend, STRANGER);
});
afterAll(() => backend.close());

describe('recording a reading', () => {
  it('refuses a systolic of 400 as a typo, names the field and writes nothing', async () => {
    const reply = await backend.call(MOTHER, 'health.record', { residentId: mother, kind: 'bp', systolic: 400, diastolic: 90 }, rid());
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'systolic' } });
    if (!reply.ok) expect(reply.error.message).toMatch(/收缩压/);
    expect(readingsOf(mother)).toHaveLength(0);
  });

  it('refuses a reading time in the future', async () => {
    const reply = await backend.call(MOTHER, 'health.record', { residentId: mother, kind: 'bp', systolic: 130, diastolic: 80, measuredAt: new Date(Date.now() + 3_600_000).toISOString() }, rid());
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'measuredAt' } });
    expect(readingsOf(mother)).toHaveLength(0);
  });

  it('refuses a stranger, a guardian who may only view, and staff of another team, writing nothing but the audit entry', async () => {
    const input = { residentId: mother, kind: 'bp', systolic: 130, diastolic: 80 };
    expect(code(await backend.call(STRANGER, 'health.record', input, rid()))).toBe('FORBIDDEN');
    expect(code(await backend.call(VIEW_ONLY, 'health.record', input, rid()))).toBe('FORBIDDEN');
    expect(code(await backend.call(LUOLONG_STAFF, 'health.record', input, rid()))).toBe('FORBIDDEN');
    expect(code(await backend.call(REVOKED, 'health.record', input, rid()))).toBe('FORBIDDEN');
    expect(code(await backend.call(null, 'health.record', input, rid()))).toBe('UNAUTHENTICATED');
    expect(readingsOf(mother)).toHaveLength(0);
    const refusals = backend.emulator.db.find('auditLog', { residentId: mother, action: 'health.record', allowed: false });
    expect(refusals.length).toBeGreaterThanOrEqual(3);
  });

  it('holds 145/88 on target for an 80-year-old and sends no alert', async () => {
    const { reading, alerted } = await backend.ok(MOTHER, 'health.record', { residentId: mother, kind: 'bp', systolic: 145, diastolic: 88, pulse: 72 }, rid());
    expect(reading).toMatchObject({ level: 'normal', urgent: false, target: '<150/90 mmHg', recordedBy: '本人', valueText: '145/88 mmHg · 心率72' });
    expect(alerted).toBe(0);
  });

  it('an urgent 185/115 recorded by the daughter alerts the team and her mother once, not the view-only or revoked relative', async () => {
    const requestId = rid('urgent');
    const input = { residentId: mother, kind: 'bp' as const, systolic: 185, diastolic: 115, note: '头有点晕' };
    const first = await backend.ok(DAUGHTER, 'health.record', input, requestId);
    expect(first.reading).toMatchObject({ level: 'urgent_high', urgent: true, recordedBy: '家属代记', levelLabel: '严重偏高' });
    expect(first.reading.advice).toMatch(/120/);
    expect(first.team).toMatchObject({ name: expect.stringContaining('石龙湖'), phone: expect.any(String) });
    expect(first.alerted).toBe(2);
    const replay = await backend.ok(DAUGHTER, 'health.record', input, requestId);
    expect(replay.reading.id).toBe(first.reading.id);
    expect(readingsOf(mother).filter((r) => r.urgent)).toHaveLength(1);
    expect(alertsTo(STAFF)).toHaveLength(1);
    expect(alertsTo(MOTHER)).toHaveLength(1);
    expect(alertsTo(DAUGHTER)).toHaveLength(0);
    expect(alertsTo(VIEW_ONLY)).toHaveLength(0);
    expect(alertsTo(REVOKED)).toHaveLength(0);
    expect(alertsTo(LUOLONG_STAFF)).toHaveLength(0);
    expect(String(alertsTo(STAFF)[0].body)).toContain('185/115');
  });
});

describe('the chart', () => {
  it('shows the series, the 150/90 band for her age, the last reading and two weeks of control', async () => {
    const chart = await backend.ok(VIEW_ONLY, 'health.chart', { residentId: mother, kind: 'bp', days: 30 });
    expect(chart.band).toEqual({ aMax: 150, bMax: 90, aMin: null });
    expect(chart.points.map((p) => [p.a, p.b])).toEqual([[145, 88], [185, 115]]);
    expect(chart.last).toMatchObject({ valueText: '185/115 mmHg', urgent: true });
    expect(chart.status).toBe('urgent');
    expect(chart.weeks.reduce((n, w) => n + w.count, 0)).toBe(2);
    expect(chart.canRecord).toBe(false);
    expect(chart.source).toMatch(/高血压/);
    expect((await backend.ok(DAUGHTER, 'health.chart', { residentId: mother, kind: 'bp', days: 90 })).canRecord).toBe(true);
  });

  it('is not shown to staff of another team or a stranger', async () => {
    expect(code(await backend.call(LUOLONG_STAFF, 'health.chart', { residentId: mother }))).toBe('FORBIDDEN');
    expect(code(await backend.call(STRANGER, 'health.chart', { residentId: mother }))).toBe('FORBIDDEN');
  });
});

describe("the team's triage list and follow-up", () => {
  it('orders urgent first, then above target, then 30 days silent, and only the team may see it', async () => {
    const [above, silent, fine] = contractedResidents(backend, 3, 'team-cg-shilonghu', ['basic', 'chronic']);
    for (const [s, d] of [[152, 94], [150, 92]]) await backend.ok(above.openid, 'health.record', { residentId: above.residentId, kind: 'bp', systolic: s, diastolic: d }, rid());
    await backend.ok(fine.openid, 'health.record', { residentId: fine.residentId, kind: 'bp', systolic: 128, diastolic: 78 }, rid());
    const list = await backend.ok(STAFF, 'health.triage', {});
    const order = list.entries.map((e) => e.residentId);
    expect(order.indexOf(mother)).toBe(0);
    expect(list.entries[0]).toMatchObject({ reason: 'urgent', openUrgent: 1, suggestedRisk: 'red', detail: expect.stringContaining('185/115') });
    expect(order.indexOf(above.residentId)).toBeGreaterThan(0);
    expect(order.indexOf(silent.residentId)).toBeGreaterThan(order.indexOf(above.residentId));
    expect(order).not.toContain(fine.residentId);
    expect(code(await backend.call(MOTHER, 'health.triage', {}))).toBe('FORBIDDEN');
    expect(list.entries.some((e) => e.residentId === mother && e.phone === '13987650001')).toBe(true);
  });

  it('records a follow-up as a 慢病随访 service that moves 履约进度 and takes her off the urgent list', async () => {
    const before = await backend.ok(MOTHER, 'appointment.fulfilment', { residentId: mother });
    const delivered = before.lines.find((l) => l.code === 'chronic_followup')!.delivered;
    expect(code(await backend.call(MOTHER, 'health.followUp', { residentId: mother, channel: 'phone', note: '已电话联系' }, rid()))).toBe('FORBIDDEN');
    const done = await backend.ok(STAFF, 'health.followUp', { residentId: mother, channel: 'phone', note: '电话随访，复测 150/92，已调整用药' }, rid());
    expect(done).toMatchObject({ followedUp: 1, services: ['chronic_followup'] });
    const after = await backend.ok(MOTHER, 'appointment.fulfilment', { residentId: mother });
    expect(after.lines.find((l) => l.code === 'chronic_followup')!.delivered).toBe(delivered + 1);
    const list = await backend.ok(STAFF, 'health.triage', {});
    expect(list.entries.find((e) => e.residentId === mother)?.reason).not.toBe('urgent');
    const chart = await backend.ok(MOTHER, 'health.chart', { residentId: mother, kind: 'bp', days: 30 });
    expect(chart.recent.find((r) => r.urgent)?.followedUp).toMatchObject({ by: '张毅' });
  });
});

describe('the risk colour', () => {
  it('is confirmed by staff of her team, with who and when, and then shown on her profile', async () => {
    expect(code(await backend.call(MOTHER, 'health.confirmRisk', { residentId: mother, level: 'green' }))).toBe('FORBIDDEN');
    expect(code(await backend.call(LUOLONG_STAFF, 'health.confirmRisk', { residentId: mother, level: 'green' }))).toBe('FORBIDDEN');
    const confirmed = await backend.ok(STAFF, 'health.confirmRisk', { residentId: mother, level: 'yellow' });
    expect(confirmed).toMatchObject({ level: 'yellow', confirmedBy: '张毅' });
    const [doc] = backend.emulator.db.find('residents', { _id: mother });
    expect(doc.riskConfirmed).toMatchObject({ level: 'yellow', by: STAFF, suggested: 'red' });
    const profile = await backend.ok(STAFF, 'resident.getProfile', { residentId: mother });
    expect(profile.classification.elderlyRisk).toBe('yellow');
  });
});
