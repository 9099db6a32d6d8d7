/**
 * Targets and alert thresholds for home readings, kept as data with the guideline they come from.
 * Numbers are mmHg for blood pressure and mmol/L for capillary glucose.
 */
export const GUIDELINES = {
  hypertension: {
    source: '国家基层高血压防治管理指南（2020版）',
    /** Above target at or over these values: 140/90 in general, 150/90 from the age of 80. */
    targets: [
      { fromAge: 80, systolic: 150, diastolic: 90 },
      { fromAge: 0, systolic: 140, diastolic: 90 },
    ],
    /** 收缩压≥180 和/或 舒张压≥110：需立即处理或转诊. */
    urgent: { systolic: 180, diastolic: 110 },
    /** Below 90/60 is low (头晕、乏力时需告知医生), not an emergency on its own. */
    low: { systolic: 90, diastolic: 60 },
  },
  diabetes: {
    source: '中国2型糖尿病防治指南（2020年版）；国家基层糖尿病防治管理指南（2022）',
    /** Below 3.9 is hypoglycaemia: an emergency for someone on treatment. */
    low: 3.9,
    /** 16.7 or more at any time needs urgent referral (高血糖危象的转诊标准). */
    urgent: 16.7,
    /** Above target at or over: fasting 7.0, two hours after a meal 10.0. */
    above: { fasting: 7.0, post_meal: 10.0, random: 11.1 },
  },
} as const;

/** Readings outside these ranges are typing mistakes, not measurements; the form says so. */
export const PLAUSIBLE = {
  systolic: { min: 60, max: 280, label: '收缩压（高压）', unit: 'mmHg' },
  diastolic: { min: 30, max: 160, label: '舒张压（低压）', unit: 'mmHg' },
  pulse: { min: 30, max: 200, label: '心率', unit: '次/分' },
  glucose: { min: 1.1, max: 33.3, label: '血糖', unit: 'mmol/L' },
  weight: { min: 20, max: 200, label: '体重', unit: 'kg' },
} as const;

export type PlausibleField = keyof typeof PLAUSIBLE;

export function outOfRangeMessage(field: PlausibleField): string {
  const p = PLAUSIBLE[field];
  return `${p.label}应在${p.min}到${p.max}${p.unit}之间，请核对后重新输入`;
}
