import { assess, bpTarget, valueText } from '../../shared/health/readings';
import { controlStatus, suggestedRisk, weekAverages, weekOf, type StoredReading } from '../../shared/health/trend';
import { triage } from '../../shared/health/triage';
import { ZRecordReadingInput } from '../../shared/api/health';
import { GUIDELINES } from '../../shared/health/guidelines';

const bp = (systolic: number, diastolic: number) => ({ kind: 'bp' as const, systolic, diastolic, pulse: null });
const glucose = (value: number, timing: 'fasting' | 'post_meal' | 'random') => ({ kind: 'glucose' as const, glucose: value, timing });

describe('blood pressure against the 基层高血压 guideline', () => {
  it('is on target at 139/89 and above target at 140/90 for a 70-year-old', () => {
    expect(assess(bp(139, 89), 70).level).toBe('normal');
    expect(assess(bp(140, 85), 70).level).toBe('above');
    expect(assess(bp(130, 90), 70).level).toBe('above');
    expect(assess(bp(140, 90), 70).target).toBe('<140/90 mmHg');
  });

  it('gives someone of 80 or over the 150/90 target', () => {
    expect(bpTarget(79)).toEqual({ systolic: 140, diastolic: 90 });
    expect(bpTarget(80)).toEqual({ systolic: 150, diastolic: 90 });
    expect(assess(bp(145, 85), 80).level).toBe('normal');
    expect(assess(bp(149, 89), 85).level).toBe('normal');
    expect(assess(bp(150, 89), 85).level).toBe('above');
    expect(assess(bp(145, 90), 85).level).toBe('above');
  });

  it('is urgent from 180 systolic or 110 diastolic, and says to call the doctor and 120 with symptoms', () => {
    expect(assess(bp(179, 109), 60)).toMatchObject({ level: 'above', urgent: false });
    expect(assess(bp(180, 100), 60)).toMatchObject({ level: 'urgent_high', urgent: true });
    const a = assess(bp(170, 110), 60);
    expect(a).toMatchObject({ level: 'urgent_high', urgent: true });
    expect(a.advice).toMatch(/联系家庭医生/);
    expect(a.advice).toMatch(/120/);
  });

  it('calls 88/58 low but not urgent', () => {
    expect(assess(bp(88, 58), 70)).toMatchObject({ level: 'low', urgent: false });
  });
});

describe('glucose against the 2型糖尿病 guideline', () => {
  it('is low and urgent below 3.9 mmol/L', () => {
    expect(assess(glucose(3.8, 'fasting'), 70)).toMatchObject({ level: 'urgent_low', urgent: true });
    expect(assess(glucose(3.9, 'fasting'), 70).level).toBe('normal');
  });
  it('is above target from 7.0 fasting and 10.0 two hours after a meal', () => {
    expect(assess(glucose(6.9, 'fasting'), 70).level).toBe('normal');
    expect(assess(glucose(7.0, 'fasting'), 70).level).toBe('above');
    expect(assess(glucose(9.9, 'post_meal'), 70).level).toBe('normal');
    expect(assess(glucose(10.0, 'post_meal'), 70).level).toBe('above');
  });
  it('is urgent from 16.7 at any time', () => {
    expect(assess(glucose(16.6, 'random'), 70)).toMatchObject({ level: 'above', urgent: false });
    expect(assess(glucose(16.7, 'random'), 70)).toMatchObject({ level: 'urgent_high', urgent: true });
  });
  it('keeps each threshold with the guideline it comes from', () => {
    expect(GUIDELINES.hypertension.source).toMatch(/高血压/);
    expect(GUIDELINES.diabetes.source).toMatch(/糖尿病/);
  });
});

describe('what a person may type', () => {
  const base = { residentId: 'rs_1', kind: 'bp' };
  const message = (input: object) => {
    const r = ZRecordReadingInput.safeParse(input);
    return r.success ? null : { field: r.error.issues[0].path.join('.'), message: r.error.issues[0].message };
  };
  it('refuses a systolic of 20 or 400 as a typo, naming the field', () => {
    expect(message({ ...base, systolic: 20, diastolic: 80 })).toEqual({ field: 'systolic', message: '收缩压（高压）应在60到280mmHg之间，请核对后重新输入' });
    expect(message({ ...base, systolic: 400, diastolic: 80 })?.field).toBe('systolic');
  });
  it('asks for the diastolic when only one number is given, and for it to be the lower one', () => {
    expect(message({ ...base, systolic: 140 })).toEqual({ field: 'diastolic', message: '请填写舒张压（低压）' });
    expect(message({ ...base, systolic: 90, diastolic: 120 })?.field).toBe('diastolic');
  });
  it('asks when a glucose was measured', () => {
    expect(message({ residentId: 'rs_1', kind: 'glucose', glucose: 6.1 })?.field).toBe('timing');
  });
  it('refuses NaN, Infinity, strings and emoji in the note', () => {
    expect(message({ ...base, systolic: Number.NaN, diastolic: 80 })?.field).toBe('systolic');
    expect(message({ ...base, systolic: Infinity, diastolic: 80 })?.field).toBe('systolic');
    expect(message({ ...base, systolic: '140', diastolic: 80 })?.field).toBe('systolic');
    expect(message({ ...base, systolic: 140, diastolic: 80, note: '头晕😀' })?.field).toBe('note');
    expect(message({ ...base, systolic: 140, diastolic: 80, note: '饭后测的' })).toBeNull();
  });
});

describe('trends', () => {
  const at = new Date('2026-11-30T04:00:00Z');
  const reading = (daysAgo: number, values: StoredReading['values'], age = 70): StoredReading => ({
    values,
    measuredAt: new Date(at.getTime() - daysAgo * 86_400_000),
    level: assess(values, age).level,
  });

  it('averages per Monday-first week in China time', () => {
    expect(weekOf('2026-11-30')).toBe('2026-11-30');
    expect(weekOf('2026-12-06')).toBe('2026-11-30');
    const weeks = weekAverages([reading(0, bp(140, 90)), reading(1, bp(130, 80)), reading(2, bp(120, 70))]);
    expect(weeks).toEqual([
      { week: '2026-11-23', count: 2, a: 125, b: 75 },
      { week: '2026-11-30', count: 1, a: 140, b: 90 },
    ]);
  });

  it('judges two weeks of control: urgent, above, controlled or no data', () => {
    expect(controlStatus([], 70, at)).toBe('no_data');
    expect(controlStatus([reading(20, bp(150, 95))], 70, at)).toBe('no_data');
    expect(controlStatus([reading(1, bp(150, 95)), reading(2, bp(132, 84))], 70, at)).toBe('above');
    expect(controlStatus([reading(1, bp(145, 85)), reading(2, bp(146, 84))], 82, at)).toBe('controlled');
    expect(controlStatus([reading(3, bp(185, 115)), reading(1, bp(120, 80))], 70, at)).toBe('urgent');
    expect(suggestedRisk('urgent')).toBe('red');
    expect(suggestedRisk('above')).toBe('yellow');
    expect(suggestedRisk('controlled')).toBe('green');
    expect(suggestedRisk('no_data')).toBeNull();
  });

  it('prints readings as people say them', () => {
    expect(valueText({ kind: 'bp', systolic: 185, diastolic: 115, pulse: 88 })).toBe('185/115 mmHg · 心率88');
    expect(valueText(glucose(6.2, 'fasting'))).toBe('6.2 mmol/L（空腹）');
  });
});

describe("the team's triage list", () => {
  const at = new Date('2026-11-30T04:00:00Z');
  const ago = (d: number) => new Date(at.getTime() - d * 86_400_000);
  it('puts open urgent readings first (longest waiting first), then above target, then 30 days silent, and leaves the rest off', () => {
    const list = triage(
      [
        { residentId: 'silent', openUrgent: { count: 0, oldest: null }, status: 'no_data', lastReadingAt: ago(40), chronicPackage: true },
        { residentId: 'above', openUrgent: { count: 0, oldest: null }, status: 'above', lastReadingAt: ago(1), chronicPackage: true },
        { residentId: 'urgent-new', openUrgent: { count: 1, oldest: ago(0) }, status: 'urgent', lastReadingAt: ago(0), chronicPackage: false },
        { residentId: 'urgent-old', openUrgent: { count: 2, oldest: ago(2) }, status: 'controlled', lastReadingAt: ago(0), chronicPackage: true },
        { residentId: 'fine', openUrgent: { count: 0, oldest: null }, status: 'controlled', lastReadingAt: ago(1), chronicPackage: true },
        { residentId: 'no-package', openUrgent: { count: 0, oldest: null }, status: 'no_data', lastReadingAt: null, chronicPackage: false },
        { residentId: 'never', openUrgent: { count: 0, oldest: null }, status: 'no_data', lastReadingAt: null, chronicPackage: true },
      ],
      at,
    );
    expect(list.map((e) => e.residentId)).toEqual(['urgent-old', 'urgent-new', 'above', 'never', 'silent']);
  });
});
