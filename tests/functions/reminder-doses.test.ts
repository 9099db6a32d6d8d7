import { startBackend, type Backend } from './harness';
import { grantFamily } from './contract-fixtures';
import { accept, amlodipine, cst, DAUGHTER, events, family, MEDICATION, MISSED, MOTHER, outbox, rid, setClock, tick } from './reminder-fixtures';

const SON = 'o-resident-chenjg';
let backend: Backend;
let residentId: string;

beforeAll(async () => {
  setClock(cst('2026-03-09T06:00'));
  backend = await startBackend();
  residentId = await family(backend);
  await grantFamily(backend, SON, MOTHER, ['view']);
});
afterAll(async () => {
  jest.useRealTimers();
  await backend.close();
});

const code = (reply: { ok: boolean; error?: { code: string } }) => (reply.ok ? 'OK' : reply.error!.code);
const plan = (drug: string, over: Parameters<typeof amlodipine>[1] = {}) =>
  backend.ok(MOTHER, 'reminder.savePlan', amlodipine(residentId, { drug, ...over }), rid('plan'));
const today = async (drug: string) => (await backend.ok(MOTHER, 'reminder.overview', { residentId })).today.filter((d) => d.drug === drug);
const notices = (openid: string, kind: string, about: string) =>
  backend.emulator.db.find('notices', { openid, kind }).filter((n) => String(n.body).includes(about));

describe('quota: the product counts each acceptance', () => {
  it('records no_quota and sends nothing when none is left, and the dose is still in today\'s list', async () => {
    setClock(cst('2026-03-09T06:00'));
    const p = await plan('额度测试', { times: ['06:30', '07:00'] });
    await accept(backend, MOTHER, 1);
    await tick(backend, cst('2026-03-09T06:30'));
    const sentBefore = outbox(backend, MOTHER).length;
    await tick(backend, cst('2026-03-09T07:00'));
    expect(outbox(backend, MOTHER)).toHaveLength(sentBefore);
    expect(events(backend, p.id).map((e) => e.status)).toEqual(['sent', 'no_quota']);
    expect(events(backend, p.id)[1].deliveries).toEqual([
      { openid: MOTHER, role: 'resident', result: 'no_quota', errcode: null },
      { openid: DAUGHTER, role: 'guardian', result: 'no_quota', errcode: null },
    ]);
    expect((await today('额度测试')).map((d) => [d.time, d.state])).toEqual([['06:30', 'due'], ['07:00', 'due']]);
    expect((await backend.ok(MOTHER, 'reminder.quota', {})).templates[0]).toMatchObject({ remaining: 0, low: true, templateId: MEDICATION });
  });

  it('follows WeChat when it answers 43101 although the product still counted one', async () => {
    setClock(cst('2026-03-09T06:00'));
    const p = await plan('微信拒绝', { times: ['07:30'] });
    await backend.ok(MOTHER, 'resident.recordSubscriptions', { accepted: ['medicationReminder'] }, rid('sub'));
    await tick(backend, cst('2026-03-09T07:30'));
    expect((events(backend, p.id)[0].deliveries as unknown[])[0]).toEqual({ openid: MOTHER, role: 'resident', result: 'no_quota', errcode: 43101 });
    expect((await backend.ok(MOTHER, 'reminder.quota', {})).templates[0].remaining).toBe(0);
  });
});

describe('dose confirmation', () => {
  it('confirms a dose once from today\'s list, answers a repeat with the same result and refuses a change', async () => {
    setClock(cst('2026-03-09T06:00'));
    const p = await plan('确认测试', { times: ['08:10'] });
    await tick(backend, cst('2026-03-09T08:10'));
    const [dose] = await today('确认测试');
    const input = { residentId, planId: p.id, dueAt: dose.dueAt, state: 'taken' as const };
    expect(await backend.ok(DAUGHTER, 'reminder.confirmDose', input, rid('dose'))).toMatchObject({ state: 'taken', time: '08:10' });
    expect(await backend.ok(MOTHER, 'reminder.confirmDose', input, rid('dose'))).toMatchObject({ state: 'taken' });
    expect(code(await backend.call(MOTHER, 'reminder.confirmDose', { ...input, state: 'skipped' }, rid('dose')))).toBe('CONFLICT');
    expect(events(backend, p.id)[0]).toMatchObject({ confirmed: 'taken', confirmedBy: DAUGHTER, missedCheckAt: null });
  });

  it('does not remind a dose confirmed before its time, and refuses a time the plan does not have or too early', async () => {
    setClock(cst('2026-03-09T08:20'));
    const p = await plan('提前服用', { times: ['09:00', '12:00'] });
    const early = { residentId, planId: p.id, dueAt: cst('2026-03-09T09:00').toISOString(), state: 'taken' as const };
    await backend.ok(MOTHER, 'reminder.confirmDose', early, rid('dose'));
    const tooEarly = await backend.call(MOTHER, 'reminder.confirmDose', { ...early, dueAt: cst('2026-03-09T12:00').toISOString() }, rid('dose'));
    expect(tooEarly).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'dueAt' } });
    const notPlanned = await backend.call(MOTHER, 'reminder.confirmDose', { ...early, dueAt: cst('2026-03-09T08:30').toISOString() }, rid('dose'));
    expect(notPlanned).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'dueAt' } });
    await accept(backend, MOTHER, 1);
    await tick(backend, cst('2026-03-09T09:00'));
    expect(events(backend, p.id)).toMatchObject([{ status: 'not_needed', confirmed: 'taken', deliveries: [] }]);
    expect(outbox(backend, MOTHER).filter((m) => (m.data as any).thing1.value === '提前服用')).toHaveLength(0);
  });
});

describe('missed dose: the family hears once', () => {
  it('alerts each guardian with the reminders scope once, an hour after an unconfirmed dose, and nobody else', async () => {
    setClock(cst('2026-03-09T06:00'));
    const missed = await plan('漏服测试', { times: ['10:00'] });
    const taken = await plan('按时服用', { times: ['10:00'] });
    await accept(backend, DAUGHTER, 2, 'missedDoseAlert');
    await tick(backend, cst('2026-03-09T10:00'));
    await backend.ok(MOTHER, 'reminder.confirmDose', { residentId, planId: taken.id, dueAt: cst('2026-03-09T10:00').toISOString(), state: 'taken' }, rid('dose'));
    await tick(backend, cst('2026-03-09T10:59'));
    expect(notices(DAUGHTER, 'missed_dose', '漏服测试')).toHaveLength(0);
    await Promise.all([tick(backend, cst('2026-03-09T11:00')), tick(backend, cst('2026-03-09T11:00'))]);
    await tick(backend, cst('2026-03-09T11:01'));
    const alerts = notices(DAUGHTER, 'missed_dose', '的漏服测试');
    expect(notices(DAUGHTER, 'missed_dose', '按时服用')).toHaveLength(0);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ residentId, title: '李桂兰可能漏服了药', body: expect.stringContaining('漏服测试') });
    expect(outbox(backend, DAUGHTER, MISSED).filter((m) => (m.data as any).thing2.value === '漏服测试')).toHaveLength(1);
    expect(notices(MOTHER, 'missed_dose', '')).toHaveLength(0);
    expect(notices(SON, 'missed_dose', '')).toHaveLength(0);
    expect(events(backend, missed.id)[0].missedAlerts).toEqual([{ openid: DAUGHTER, role: 'guardian', result: 'sent', errcode: 0 }]);
  });

  it('never alerts a guardian whose consent has ended', async () => {
    setClock(cst('2026-03-09T06:00'));
    await plan('撤销后', { times: ['12:30'] });
    await tick(backend, cst('2026-03-09T12:30'));
    const { guardianships } = await backend.ok(MOTHER, 'resident.listGuardians', { residentId });
    const daughters = guardianships.find((g) => g.guardianName === '王敏' || g.requestedScopes.includes('reminders'))!;
    setClock(cst('2026-03-09T13:00'));
    await backend.ok(MOTHER, 'resident.revokeAccess', { guardianshipId: daughters.id }, rid('revoke'));
    await tick(backend, cst('2026-03-09T13:31'));
    expect(notices(DAUGHTER, 'missed_dose', '撤销后')).toHaveLength(0);
  });
});
