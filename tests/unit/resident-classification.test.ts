import { ageOn, dayOfAge, addLocalMonths } from '../../shared/resident/age';
import { classify, elderlyRisk, managementCategory, priorityGroups, type HealthFacts } from '../../shared/resident/classification';

const on = (isoLocal: string) => new Date(`${isoLocal}T12:00:00+08:00`);
const facts = (over: Partial<HealthFacts> = {}): HealthFacts => ({
  birthDate: '1980-05-01',
  gender: 'female',
  conditions: [],
  pregnancy: null,
  disability: null,
  livesAlone: false,
  riskFactors: [],
  ...over,
});

describe('age in China local time', () => {
  it('counts a birthday from local midnight, not UTC midnight', () => {
    // 2026-03-07T16:30Z is already 8 March in Kunming.
    expect(ageOn('1946-03-08', new Date('2026-03-07T16:30:00Z'))).toBe(80);
    expect(ageOn('1946-03-08', new Date('2026-03-07T15:59:59Z'))).toBe(79);
  });

  it('makes someone born on 29 February a year older on 1 March in other years', () => {
    expect(ageOn('2012-02-29', on('2026-02-28'))).toBe(13);
    expect(ageOn('2012-02-29', on('2026-03-01'))).toBe(14);
    expect(dayOfAge('2012-02-29', 14)).toBe('2026-03-01');
    expect(dayOfAge('2012-02-29', 16)).toBe('2028-02-29');
  });

  it('adds twelve calendar months for a consent period', () => {
    expect(addLocalMonths(new Date('2026-01-31T02:00:00Z'), 12).toISOString()).toBe('2027-01-31T02:00:00.000Z');
  });
});

describe('priority groups', () => {
  it('puts people of 65 and over, children of 0-6, mothers, disabled people and chronic patients in their groups', () => {
    expect(priorityGroups(facts({ birthDate: '1961-11-23' }), on('2026-11-23'))).toEqual(['elderly']);
    expect(priorityGroups(facts({ birthDate: '1961-11-24' }), on('2026-11-23'))).toEqual([]);
    expect(priorityGroups(facts({ birthDate: '2019-11-24' }), on('2026-11-23'))).toEqual(['young_child']);
    expect(priorityGroups(facts({ birthDate: '2019-11-23' }), on('2026-11-23'))).toEqual([]);
    expect(priorityGroups(facts({ disability: 'visual', conditions: ['diabetes'] }), on('2026-11-23'))).toEqual(['disabled', 'chronic']);
  });

  it('counts a mother as 孕产妇 until 42 days after the due date', () => {
    const mother = facts({ pregnancy: { dueDate: '2026-10-01' } });
    expect(priorityGroups(mother, on('2026-11-12'))).toEqual(['maternal']);
    expect(priorityGroups(mother, on('2026-11-13'))).toEqual([]);
  });
});

describe('management category', () => {
  const at = on('2026-11-23');
  it('files key populations first, then chronic patients, then people with risk factors', () => {
    expect(managementCategory(facts({ birthDate: '1946-03-08', conditions: ['hypertension'] }), at)).toBe('key_population');
    expect(managementCategory(facts({ conditions: ['severe_mental_disorder'] }), at)).toBe('key_population');
    expect(managementCategory(facts({ conditions: ['tuberculosis'] }), at)).toBe('key_population');
    expect(managementCategory(facts({ conditions: ['hypertension', 'diabetes'] }), at)).toBe('chronic');
    expect(managementCategory(facts({ riskFactors: ['smoking'] }), at)).toBe('sub_health');
    expect(managementCategory(facts(), at)).toBe('healthy');
  });
});

describe('elderly risk level', () => {
  const at = on('2026-11-23');
  const elder = (age: number, over: Partial<HealthFacts> = {}) => facts({ birthDate: `${2026 - age}-01-01`, ...over });

  it('has no level below 65', () => {
    expect(elderlyRisk(elder(64, { conditions: ['hypertension'], livesAlone: true }), at)).toBeNull();
  });

  it('is red for 80 and over with a chronic condition, a disability or living alone', () => {
    expect(elderlyRisk(elder(80, { conditions: ['hypertension'] }), at)).toBe('red');
    expect(elderlyRisk(elder(85, { livesAlone: true }), at)).toBe('red');
    expect(elderlyRisk(elder(80), at)).toBe('yellow');
  });

  it('is red for a severe mental disorder, or for living alone with a disability or two chronic conditions', () => {
    expect(elderlyRisk(elder(66, { conditions: ['severe_mental_disorder'] }), at)).toBe('red');
    expect(elderlyRisk(elder(70, { livesAlone: true, disability: 'physical' }), at)).toBe('red');
    expect(elderlyRisk(elder(70, { livesAlone: true, conditions: ['hypertension', 'diabetes'] }), at)).toBe('red');
  });

  it('is yellow for a chronic condition, a disability, living alone or 75 and over, and green otherwise', () => {
    expect(elderlyRisk(elder(70, { conditions: ['diabetes'] }), at)).toBe('yellow');
    expect(elderlyRisk(elder(70, { livesAlone: true }), at)).toBe('yellow');
    expect(elderlyRisk(elder(76), at)).toBe('yellow');
    expect(elderlyRisk(elder(70), at)).toBe('green');
  });

  it('classifies 李桂兰 (80, hypertension, living alone) as a red key-population elder', () => {
    expect(classify(facts({ birthDate: '1946-03-08', conditions: ['hypertension'], livesAlone: true }), at)).toEqual({
      priorityGroups: ['elderly', 'chronic'],
      managementCategory: 'key_population',
      elderlyRisk: 'red',
    });
  });
});
