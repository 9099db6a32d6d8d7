import { ageOn, daysBetween, localDay } from './age';
import type { Condition, Disability, RiskFactor } from './vocabulary';

/** The facts about a person the classifications are computed from. */
export interface HealthFacts {
  birthDate: string;
  gender: 'male' | 'female';
  conditions: readonly Condition[];
  /** Expected date of delivery while pregnant; null otherwise. */
  pregnancy: { dueDate: string } | null;
  disability: Disability | null;
  livesAlone: boolean;
  riskFactors: readonly RiskFactor[];
  /** A level a staff member confirmed (e.g. from blood-pressure control); it stands over the rule below. */
  riskConfirmed?: { level: ElderlyRisk } | null;
}

/** Groups signed first under the national family-doctor policy (重点人群优先签约). */
export const PRIORITY_GROUPS = ['elderly', 'young_child', 'maternal', 'disabled', 'chronic'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

export const PRIORITY_GROUP_LABELS: Record<PriorityGroup, string> = {
  elderly: '65岁及以上老年人',
  young_child: '0-6岁儿童',
  maternal: '孕产妇',
  disabled: '残疾人',
  chronic: '慢性病患者',
};

export const MANAGEMENT_CATEGORIES = ['key_population', 'chronic', 'sub_health', 'healthy'] as const;
export type ManagementCategory = (typeof MANAGEMENT_CATEGORIES)[number];

export const MANAGEMENT_CATEGORY_LABELS: Record<ManagementCategory, string> = {
  key_population: '重点人群',
  chronic: '慢病人群',
  sub_health: '亚健康人群',
  healthy: '健康人群',
};

export type ElderlyRisk = 'red' | 'yellow' | 'green';

export const ELDERLY_RISK_LABELS: Record<ElderlyRisk, string> = {
  red: '红色（高风险）',
  yellow: '黄色（中风险）',
  green: '绿色（低风险）',
};

/** Days after the due date during which a mother still counts as 孕产妇 (the 42-day puerperium). */
export const POSTPARTUM_DAYS = 42;

/** Conditions managed as public-health key populations rather than as ordinary chronic disease. */
const KEY_CONDITIONS: readonly Condition[] = ['severe_mental_disorder', 'tuberculosis'];

/** Pregnant, or within 42 days after the expected delivery date. */
export function isMaternal(facts: Pick<HealthFacts, 'pregnancy' | 'gender'>, at: Date): boolean {
  if (!facts.pregnancy || facts.gender !== 'female') return false;
  return daysBetween(facts.pregnancy.dueDate, localDay(at)) <= POSTPARTUM_DAYS;
}

/**
 * Priority groups on `at`: 65 and over (elderly), under 7 (young_child: 0-6 years), pregnant or
 * postpartum (maternal), a recorded disability (disabled), any chronic condition on the list,
 * including tuberculosis and severe mental disorder (chronic).
 */
export function priorityGroups(facts: HealthFacts, at: Date): PriorityGroup[] {
  const age = ageOn(facts.birthDate, at);
  const groups: PriorityGroup[] = [];
  if (age >= 65) groups.push('elderly');
  if (age <= 6) groups.push('young_child');
  if (isMaternal(facts, at)) groups.push('maternal');
  if (facts.disability) groups.push('disabled');
  if (facts.conditions.length > 0) groups.push('chronic');
  return groups;
}

/**
 * The one management category a person is followed up under, the first that applies:
 * 1. 重点人群 (key_population): 65 and over, 0-6 years, pregnant or postpartum, disabled, or living
 *    with a severe mental disorder or tuberculosis (both are managed case by case under the national
 *    basic public health service, whatever the person's age);
 * 2. 慢病人群 (chronic): any other chronic condition (hypertension, diabetes, ...);
 * 3. 亚健康人群 (sub_health): no disease on record but at least one risk factor (smoking, overweight,
 *    raised readings not yet diagnosed, poor sleep, ...);
 * 4. 健康人群 (healthy): everyone else.
 */
export function managementCategory(facts: HealthFacts, at: Date): ManagementCategory {
  const groups = priorityGroups(facts, at);
  const keyGroup = groups.some((g) => g !== 'chronic');
  if (keyGroup || facts.conditions.some((c) => KEY_CONDITIONS.includes(c))) return 'key_population';
  if (facts.conditions.length > 0) return 'chronic';
  if (facts.riskFactors.length > 0) return 'sub_health';
  return 'healthy';
}

/**
 * The elderly risk level for people aged 65 and over (null below 65), used to decide how often the
 * team visits:
 * - red: a severe mental disorder; or 80 and over with at least one chronic condition, a disability
 *   or living alone; or a disability while living alone; or two or more chronic conditions while
 *   living alone;
 * - yellow: any chronic condition, a disability or living alone; or 75 and over;
 * - green: everyone else aged 65 and over.
 */
export function elderlyRisk(facts: HealthFacts, at: Date): ElderlyRisk | null {
  const age = ageOn(facts.birthDate, at);
  if (age < 65) return null;
  if (facts.riskConfirmed) return facts.riskConfirmed.level;
  const chronic = facts.conditions.length;
  const disabled = facts.disability !== null;
  const alone = facts.livesAlone;
  if (facts.conditions.includes('severe_mental_disorder')) return 'red';
  if (age >= 80 && (chronic > 0 || disabled || alone)) return 'red';
  if (alone && (disabled || chronic >= 2)) return 'red';
  if (chronic > 0 || disabled || alone || age >= 75) return 'yellow';
  return 'green';
}

/** All three classifications at once, as the profile shows them. */
export function classify(facts: HealthFacts, at: Date) {
  return {
    priorityGroups: priorityGroups(facts, at),
    managementCategory: managementCategory(facts, at),
    elderlyRisk: elderlyRisk(facts, at),
  };
}
