import { startBackend, type Backend } from './harness';
import { accept, amlodipine, cst, DAUGHTER, events, family, MOTHER, outbox, rid, setClock, tick } from './reminder-fixtures';

let backend: Backend;
let residentId: string;

beforeAll(async () => {
  setClock(cst('2026-03-09T06:00'));
  backend = await startBackend();
  residentId = await family(backend);
});
afterAll(async () => {
  jest.useRealTimers();
  await backend.close();
});

const newPlan = async (over: Parameters<typeof amlodipine>[1] = {}, at = '2026-03-09T06:30') => {
  setClock(cst(at));
  return backend.ok(MOTHER, 'reminder.savePlan', amlodipine(residentId, over), rid('plan'));
};

describe('the every-minute tick', () => {
  it('sends the 08:00 dose at 08:00 Shanghai to 李桂兰 and to her daughter, once however often it fires', async () => {
    await accept(backend, MOTHER, 5);
    await accept(backend, DAUGHTER, 5);
    const plan = await newPlan({ drug: '氨氯地平-每日' });
    expect(plan.nextDueAt).toBe('2026-03-09T00:00:00.000Z');

    expect((await tick(backend, cst('2026-03-09T07:59'))).claimed).toBe(0);
    const run = await tick(backend, cst('2026-03-09T08:00'));
    expect(run).toMatchObject({ claimed: 1, sent: 1 });
    await tick(backend, cst('2026-03-09T08:01'));
    const mine = outbox(backend, MOTHER).filter((m) => (m.data as any).thing1.value === '氨氯地平-每日');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ page: `packages/reminders/pages/index/index?residentId=${residentId}`, data: { thing2: { value: '1片 · 饭后' }, time3: { value: '2026-03-09 08:00' } } });
    expect(outbox(backend, DAUGHTER).filter((m) => (m.data as any).thing1.value === '氨氯地平-每日')).toHaveLength(1);
    expect(events(backend, plan.id)).toMatchObject([
      { status: 'sent', deliveries: [{ openid: MOTHER, result: 'sent' }, { openid: DAUGHTER, result: 'sent', role: 'guardian' }] },
    ]);
    expect((await backend.ok(MOTHER, 'reminder.quota', {})).templates[0]).toMatchObject({ template: 'medicationReminder', remaining: 4, low: false });
  });

  it('sends each occurrence once when two ticks overlap', async () => {
    const plan = await newPlan({ drug: '重叠测试', times: ['09:00'] });
    await accept(backend, MOTHER, 2);
    setClock(cst('2026-03-09T09:00'));
    const at = cst('2026-03-09T09:00');
    const fire = () => backend.emulator.host.invoke('reminder', { Type: 'Timer', TriggerName: 'tick', Time: at.toISOString() }, { openid: null, timer: true });
    const runs = (await Promise.all([fire(), fire(), fire()])) as { data: { claimed: number } }[];
    expect(runs.map((r) => r.data.claimed).reduce((a, b) => a + b, 0)).toBe(1);
    expect(outbox(backend, MOTHER).filter((m) => (m.data as any).thing1.value === '重叠测试')).toHaveLength(1);
    expect(events(backend, plan.id)).toHaveLength(1);
  });

  it('follows chosen weekdays across the Shanghai midnight: a 00:10 Tuesday dose goes out at 16:10 UTC on Monday', async () => {
    const plan = await newPlan({ drug: '周二凌晨', times: ['00:10'], weekdays: [2] });
    expect(plan.nextDueAt).toBe('2026-03-09T16:10:00.000Z');
    await accept(backend, MOTHER, 3);
    expect((await tick(backend, cst('2026-03-10T00:10'))).claimed).toBeGreaterThanOrEqual(1);
    expect(events(backend, plan.id).map((e) => (e.dueAt as Date).toISOString())).toEqual(['2026-03-09T16:10:00.000Z']);
    const after = await backend.ok(MOTHER, 'reminder.overview', { residentId });
    expect(after.plans.find((p) => p.id === plan.id)!.nextDueAt).toBe('2026-03-16T16:10:00.000Z');
  });

  it('stops after the end date', async () => {
    const plan = await newPlan({ drug: '三天疗程', times: ['10:00'], endDate: '2026-03-10' });
    await tick(backend, cst('2026-03-09T10:00'));
    await tick(backend, cst('2026-03-10T10:00'));
    await tick(backend, cst('2026-03-11T10:00'));
    expect(events(backend, plan.id)).toHaveLength(2);
    const stored = backend.emulator.db.find('reminderPlans', { _id: plan.id })[0];
    expect(stored.nextDueAt).toBeNull();
  });

  it('after downtime records doses more than 2 hours late as missed and sends only the recent one', async () => {
    const plan = await newPlan({ drug: '停机补发', times: ['11:00', '14:00', '16:00'] });
    await accept(backend, MOTHER, 3);
    const before = outbox(backend, MOTHER).length;
    const run = await tick(backend, cst('2026-03-09T17:30'));
    expect(run).toMatchObject({ missed: 2 });
    expect(events(backend, plan.id).map((e) => [e.status, (e.dueAt as Date).toISOString()])).toEqual([
      ['missed', '2026-03-09T03:00:00.000Z'],
      ['missed', '2026-03-09T06:00:00.000Z'],
      ['sent', '2026-03-09T08:00:00.000Z'],
    ]);
    expect(outbox(backend, MOTHER).length - before).toBeLessThanOrEqual(4);
    expect(outbox(backend, MOTHER).filter((m) => (m.data as any).thing1.value === '停机补发')).toHaveLength(1);
  });
});
