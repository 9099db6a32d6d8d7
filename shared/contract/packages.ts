import { ageOn } from '../resident/age';
import { isMaternal, type HealthFacts } from '../resident/classification';
import { CONDITION_LABELS, DISABILITY_LABELS } from '../resident/vocabulary';

/** The service packages a contract can hold: the free basic package and personalised ones (个性包). */
export const PACKAGE_CODES = ['basic', 'chronic', 'maternal_child', 'tcm', 'home_visit', 'elderly'] as const;
export type PackageCode = (typeof PACKAGE_CODES)[number];
export type PackageKind = 'basic' | 'personalised';

/** Who may choose a package. Stored on each package so that the catalogue, not code, says which applies. */
export const ELIGIBILITY_RULES = ['everyone', 'chronic_condition', 'maternal_or_young_child', 'age80_or_disability', 'age65'] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

/** What each rule asks for, in the words shown beside a package. */
export const ELIGIBILITY_TEXT: Record<EligibilityRule, string> = {
  everyone: '所有签约居民',
  chronic_condition: '高血压、糖尿病等慢性病患者',
  maternal_or_young_child: '孕产妇和0-6岁儿童',
  age80_or_disability: '80岁及以上老人，或行动不便、有残疾的居民',
  age65: '65岁及以上老年人',
};

/** The age from which 上门服务包 is offered without a disability. */
export const HOME_VISIT_AGE = 80;
export const ELDERLY_AGE = 65;
export const YOUNG_CHILD_MAX_AGE = 6;

export type Eligibility =
  | { eligible: true; basis: string }
  /** `fixInProfile`: the missing fact is one the person can record in her health profile. */
  | { eligible: false; reason: string; fixInProfile: boolean };

/**
 * Whether a person may choose a package with this rule on `at`, and why: `basis` names the fact that
 * qualifies them (已登记：高血压), `reason` what is missing. Facts come from the health profile, so a
 * condition not yet recorded there is a reason to update the profile, which the message says.
 */
export function checkEligibility(rule: EligibilityRule, facts: HealthFacts, at: Date): Eligibility {
  const age = ageOn(facts.birthDate, at);
  switch (rule) {
    case 'everyone':
      return { eligible: true, basis: ELIGIBILITY_TEXT.everyone };
    case 'chronic_condition':
      return facts.conditions.length > 0
        ? { eligible: true, basis: `已登记：${facts.conditions.map((c) => CONDITION_LABELS[c]).join('、')}` }
        : { eligible: false, reason: '需有慢性病记录。如已确诊，请先在健康档案中登记', fixInProfile: true };
    case 'maternal_or_young_child':
      if (isMaternal(facts, at)) return { eligible: true, basis: '已登记孕产情况' };
      if (age <= YOUNG_CHILD_MAX_AGE) return { eligible: true, basis: `${age}岁儿童` };
      return { eligible: false, reason: '仅适用于孕产妇和0-6岁儿童', fixInProfile: false };
    case 'age80_or_disability':
      if (age >= HOME_VISIT_AGE) return { eligible: true, basis: `${age}岁` };
      if (facts.disability) return { eligible: true, basis: `已登记：${DISABILITY_LABELS[facts.disability]}` };
      return { eligible: false, reason: '仅适用于80岁及以上老人，或行动不便、有残疾的居民', fixInProfile: true };
    case 'age65':
      return age >= ELDERLY_AGE ? { eligible: true, basis: `${age}岁` } : { eligible: false, reason: '仅适用于65岁及以上老年人', fixInProfile: false };
  }
}

/** One package's yearly fee, and the part basic medical insurance pays when the team says so. */
export interface FeeLine {
  feeYuan: number;
  insuranceYuan: number;
}

export interface Fees {
  totalYuan: number;
  insuranceYuan: number;
  selfPayYuan: number;
}

/** What the person pays for one package: the fee less insurance, never below zero. */
export function selfPay(line: FeeLine): number {
  return Math.max(0, line.feeYuan - Math.min(line.insuranceYuan, line.feeYuan));
}

/** The yearly total of a set of packages: fee, insurance (医保统筹支付) and own payment (个人自付). */
export function totalFees(lines: readonly FeeLine[]): Fees {
  let totalYuan = 0;
  let insuranceYuan = 0;
  for (const line of lines) {
    totalYuan += line.feeYuan;
    insuranceYuan += Math.min(line.insuranceYuan, line.feeYuan);
  }
  return { totalYuan, insuranceYuan, selfPayYuan: totalYuan - insuranceYuan };
}

/** `0` -> 免费, `140` -> 140元. */
export function yuanText(yuan: number): string {
  return yuan === 0 ? '免费' : `${yuan}元`;
}

/**
 * The package codes a contract will hold: the basic package always, then the chosen personalised ones
 * in catalogue order, each once.
 */
export function normalizeChoice(chosen: readonly string[], catalogueOrder: readonly string[], basicCode: string): string[] {
  const set = new Set([basicCode, ...chosen]);
  return catalogueOrder.filter((code) => set.has(code));
}

/** What signing with a team costs a person a year: the packages everyone has, and the optional ones. */
export interface SelfPayRange {
  /** The yearly self-pay of the packages every contract includes (the basic package). */
  fromYuan: number;
  /** The cheapest and dearest optional package, or null when the team offers none. */
  optional: { minYuan: number; maxYuan: number } | null;
}

export function selfPayRange(offers: ReadonlyArray<FeeLine & { required: boolean }>): SelfPayRange {
  const fromYuan = totalFees(offers.filter((o) => o.required)).selfPayYuan;
  const optional = offers.filter((o) => !o.required).map(selfPay);
  return { fromYuan, optional: optional.length ? { minYuan: Math.min(...optional), maxYuan: Math.max(...optional) } : null };
}

/** `每年个人自付 0元起，可加选服务包（每项 60–200元）`: one line beside 与该团队签约. */
export function selfPayRangeText({ fromYuan, optional }: SelfPayRange): string {
  const base = `每年个人自付 ${fromYuan}元${optional ? '起' : ''}`;
  if (!optional) return base;
  const each = optional.minYuan === optional.maxYuan ? `${optional.minYuan}元` : `${optional.minYuan}–${optional.maxYuan}元`;
  return `${base}，可加选服务包（每项 ${each}）`;
}
