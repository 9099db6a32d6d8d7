import { startBackend, type Backend } from './harness';
import { grantFamily } from './contract-fixtures';
import { amlodipine, cst, DAUGHTER, family, MOTHER, rid, setClock, STAFF, tick } from './reminder-fixtures';

const SON = 'o-resident-chenjg';
const STRANGER = 'o-resident-new';
const OTHER_STAFF = 'o-staff-yangli';
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
const plans = () => backend.emulator.db.count('reminderPlans', { residentId });

describe('who may keep a plan', () => {
  it('lets 李桂兰, her daughter with the reminders scope and her team create plans', async () => {
    setClock(cst('2026-03-09T06:00'));
    const writers = [
      [MOTHER, '本人'],
      [DAUGHTER, '女儿'],
      [STAFF, '团队'],
    ] as const;
    for (const [who, label] of writers) {
      const plan = await backend.ok(who, 'reminder.savePlan', amlodipine(residentId, { drug: `氨氯地平（${label}创建）` }), rid('plan'));
      expect(plan).toMatchObject({ status: 'active', nextDueAt: '2026-03-09T00:00:00.000Z' });
    }
    expect((await backend.ok(STAFF, 'reminder.overview', { residentId })).can).toEqual({ manage: true, prescribe: true });
  });

  it('refuses a son with view only, staff of another team and a stranger, and writes nothing', async () => {
    const before = plans();
    for (const who of [SON, OTHER_STAFF, STRANGER]) {
      expect(code(await backend.call(who, 'reminder.savePlan', amlodipine(residentId), rid('plan')))).toBe('FORBIDDEN');
      expect(code(await backend.call(who, 'reminder.overview', { residentId }))).toBe('FORBIDDEN');
    }
    expect(plans()).toBe(before);
  });

  it('points at the field at fault, in Chinese, and writes nothing', async () => {
    const before = plans();
    const cases: [Parameters<typeof amlodipine>[1], string][] = [
      [{ times: [] }, 'times'],
      [{ times: ['8:00'] }, 'times.0'],
      [{ times: ['08:00', '08:00'] }, 'times'],
      [{ drug: ' ' }, 'drug'],
      [{ dose: 0 }, 'dose'],
      [{ weekdays: [] }, 'weekdays'],
      [{ startDate: '2026-03-20', endDate: '2026-03-10' }, 'endDate'],
      [{ startDate: '2026-03-01', endDate: '2026-03-05' }, 'endDate'],
    ];
    for (const [over, field] of cases) {
      const reply = await backend.call(MOTHER, 'reminder.savePlan', amlodipine(residentId, over), rid('plan'));
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field, message: expect.stringMatching(/[\u4e00-\u9fff]/) } });
    }
    expect(plans()).toBe(before);
  });
});

describe('the three prescriptions', () => {
  const diet = [{ heading: '低盐饮食', text: '每日食盐<5g' }];
  const exercise = [{ heading: '快走', text: '每周5次 每次30分钟' }];

  it('are written by her team only, and shown on her card with the plans', async () => {
    expect(code(await backend.call(MOTHER, 'reminder.setPrescriptions', { residentId, diet, exercise }, rid('rx')))).toBe('FORBIDDEN');
    expect(code(await backend.call(DAUGHTER, 'reminder.setPrescriptions', { residentId, diet, exercise }, rid('rx')))).toBe('FORBIDDEN');
    await backend.ok(STAFF, 'reminder.setPrescriptions', { residentId, diet, exercise }, rid('rx'));
    const card = await backend.ok(DAUGHTER, 'reminder.overview', { residentId });
    expect(card.prescriptions).toMatchObject({ diet, exercise, author: '张毅（全科医生）' });
    expect(card.plans.length).toBeGreaterThan(0);
    expect(card.can).toEqual({ manage: true, prescribe: false });
  });
});

describe('refill', () => {
  it('takes each taken dose off the stock and tells the family once when 3 days are left', async () => {
    setClock(cst('2026-03-09T06:00'));
    const plan = await backend.ok(MOTHER, 'reminder.savePlan', amlodipine(residentId, { drug: '余量测试', stock: 5, times: ['07:00'] }), rid('plan'));
    expect(plan).toMatchObject({ stock: 5, stockDays: 5 });
    const refills = (openid: string) => backend.emulator.db.find('notices', { openid, kind: 'refill_due' }).filter((n) => String(n.body).includes('余量测试'));
    for (const day of ['09', '10', '11']) {
      await tick(backend, cst(`2026-03-${day}T07:00`));
      await backend.ok(MOTHER, 'reminder.confirmDose', { residentId, planId: plan.id, dueAt: cst(`2026-03-${day}T07:00`).toISOString(), state: 'taken' }, rid('dose'));
    }
    const card = await backend.ok(MOTHER, 'reminder.overview', { residentId });
    expect(card.plans.find((p) => p.id === plan.id)).toMatchObject({ stock: 2, stockDays: 2 });
    expect(refills(MOTHER)).toHaveLength(1);
    expect(refills(DAUGHTER)).toHaveLength(1);
    expect(refills(SON)).toHaveLength(0);
    expect(refills(MOTHER)[0]).toMatchObject({ title: '余量测试快用完了', body: expect.stringContaining('还剩 3片') });
    expect(card.week.find((d) => d.day === '2026-03-10')!.taken).toBeGreaterThanOrEqual(1);
  });
});
