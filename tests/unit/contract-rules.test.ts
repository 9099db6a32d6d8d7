import { checkEligibility, normalizeChoice, selfPay, totalFees, type EligibilityRule } from '../../shared/contract/packages';
import { addLocalDays, contractPeriod, dayAfter, daysLeft, isRenewalOpen, renewalOpensAt } from '../../shared/contract/period';
import { effectiveStatus, renewalState } from '../../shared/contract/status';
import type { HealthFacts } from '../../shared/resident/classification';

const AT = new Date('2026-03-10T10:00:00+08:00');
const person = (over: Partial<HealthFacts> = {}): HealthFacts => ({
  birthDate: '1980-05-01',
  gender: 'female',
  conditions: [],
  pregnancy: null,
  disability: null,
  livesAlone: false,
  riskFactors: [],
  ...over,
});
const eligible = (rule: EligibilityRule, facts: HealthFacts, at = AT) => checkEligibility(rule, facts, at);

describe('who may choose which package', () => {
  it('gives everyone the basic package and 中医药服务包', () => {
    expect(eligible('everyone', person())).toEqual({ eligible: true, basis: '所有签约居民' });
  });

  it('gives 慢病管理包 to a person with a recorded chronic condition, and tells others to record it first', () => {
    expect(eligible('chronic_condition', person({ conditions: ['hypertension', 'diabetes'] }))).toEqual({ eligible: true, basis: '已登记：高血压、糖尿病' });
    expect(eligible('chronic_condition', person())).toEqual({ eligible: false, reason: '需有慢性病记录。如已确诊，请先在健康档案中登记', fixInProfile: true });
  });

  it('gives 妇幼保健包 during pregnancy and 42 days after, and to children up to their 7th birthday', () => {
    const pregnant = person({ pregnancy: { dueDate: '2026-06-01' } });
    expect(eligible('maternal_or_young_child', pregnant)).toMatchObject({ eligible: true, basis: '已登记孕产情况' });
    expect(eligible('maternal_or_young_child', person({ pregnancy: { dueDate: '2026-01-27' } }))).toMatchObject({ eligible: true });
    expect(eligible('maternal_or_young_child', person({ pregnancy: { dueDate: '2026-01-26' } }))).toMatchObject({ eligible: false });
    expect(eligible('maternal_or_young_child', person({ birthDate: '2019-03-11' }))).toEqual({ eligible: true, basis: '6岁儿童' });
    expect(eligible('maternal_or_young_child', person({ birthDate: '2019-03-10' }))).toEqual({ eligible: false, reason: '仅适用于孕产妇和0-6岁儿童', fixInProfile: false });
  });

  it('gives 上门服务包 from the 80th birthday, or at any age with a disability', () => {
    expect(eligible('age80_or_disability', person({ birthDate: '1946-03-10' }))).toEqual({ eligible: true, basis: '80岁' });
    expect(eligible('age80_or_disability', person({ birthDate: '1946-03-11' }))).toMatchObject({ eligible: false });
    expect(eligible('age80_or_disability', person({ disability: 'physical' }))).toEqual({ eligible: true, basis: '已登记：肢体残疾' });
  });

  it('gives 老年人健康管理包 from 65', () => {
    expect(eligible('age65', person({ birthDate: '1961-03-10' }))).toEqual({ eligible: true, basis: '65岁' });
    expect(eligible('age65', person({ birthDate: '1961-03-11' }))).toEqual({ eligible: false, reason: '仅适用于65岁及以上老年人', fixInProfile: false });
  });
});

describe('fees', () => {
  it('takes what insurance pays off the fee, never below zero', () => {
    expect(selfPay({ feeYuan: 200, insuranceYuan: 60 })).toBe(140);
    expect(selfPay({ feeYuan: 50, insuranceYuan: 60 })).toBe(0);
    expect(totalFees([{ feeYuan: 0, insuranceYuan: 0 }, { feeYuan: 200, insuranceYuan: 60 }, { feeYuan: 50, insuranceYuan: 60 }])).toEqual({
      totalYuan: 250,
      insuranceYuan: 110,
      selfPayYuan: 140,
    });
  });

  it('always includes the basic package, once, in catalogue order', () => {
    expect(normalizeChoice(['tcm', 'chronic', 'tcm'], ['basic', 'chronic', 'tcm'], 'basic')).toEqual(['basic', 'chronic', 'tcm']);
    expect(normalizeChoice([], ['basic', 'chronic'], 'basic')).toEqual(['basic']);
  });
});

describe('contract periods', () => {
  it('runs one year, to the end of the day before the anniversary in China time', () => {
    const p = contractPeriod(AT);
    expect(p.start).toBe(AT);
    expect(p.end.toISOString()).toBe('2027-03-09T15:59:59.999Z');
    expect(dayAfter(p).toISOString()).toBe('2027-03-09T16:00:00.000Z');
  });

  it('counts an approval late in the evening to that local day', () => {
    const late = new Date('2026-03-10T23:30:00+08:00');
    expect(contractPeriod(late).end.toISOString()).toBe('2027-03-09T15:59:59.999Z');
  });

  it('opens renewal at midnight 30 days before the last day', () => {
    const { end } = contractPeriod(AT);
    expect(renewalOpensAt(end).toISOString()).toBe('2027-02-06T16:00:00.000Z');
    expect(isRenewalOpen(end, new Date('2027-02-06T23:59:59+08:00'))).toBe(false);
    expect(isRenewalOpen(end, new Date('2027-02-07T00:00:00+08:00'))).toBe(true);
    expect(daysLeft(end, new Date('2027-02-07T08:00:00+08:00'))).toBe(30);
  });

  it('adds local days across month ends', () => {
    expect(addLocalDays('2027-03-09', -30)).toBe('2027-02-07');
    expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('the status as it is now', () => {
  const period = contractPeriod(AT);
  it('reads an active contract past its last day as expired before the nightly run', () => {
    expect(effectiveStatus({ status: 'active', period }, new Date('2027-03-09T23:59:59+08:00'))).toBe('active');
    expect(effectiveStatus({ status: 'active', period }, new Date('2027-03-10T00:00:00+08:00'))).toBe('expired');
  });

  it('reads a scheduled renewal as active from its first day', () => {
    const next = contractPeriod(dayAfter(period));
    expect(effectiveStatus({ status: 'scheduled', period: next }, new Date('2027-03-09T12:00:00+08:00'))).toBe('scheduled');
    expect(effectiveStatus({ status: 'scheduled', period: next }, new Date('2027-03-10T00:00:00+08:00'))).toBe('active');
  });

  it('offers renewal only for a contract that has a period', () => {
    expect(renewalState({ status: 'pending_review', period: null }, AT)).toBeNull();
    expect(renewalState({ status: 'active', period }, AT)).toEqual({ opensAt: renewalOpensAt(period.end), open: false });
  });
});
