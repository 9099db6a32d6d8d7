/**
 * The closed lists a resident profile is written with, and how each is shown. Codes are stored;
 * labels are for the screens.
 */

/** Chronic conditions the family-doctor team follows up. */
export const CONDITIONS = [
  'hypertension',
  'diabetes',
  'tuberculosis',
  'severe_mental_disorder',
  'coronary_heart_disease',
  'stroke',
  'copd',
  'chronic_kidney_disease',
  'other_chronic',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export const CONDITION_LABELS: Record<Condition, string> = {
  hypertension: '高血压',
  diabetes: '糖尿病',
  tuberculosis: '结核病',
  severe_mental_disorder: '严重精神障碍',
  coronary_heart_disease: '冠心病',
  stroke: '脑卒中',
  copd: '慢阻肺',
  chronic_kidney_disease: '慢性肾脏病',
  other_chronic: '其他慢性病',
};

/** Disability categories of the 残疾人证. */
export const DISABILITIES = ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental', 'multiple'] as const;
export type Disability = (typeof DISABILITIES)[number];

export const DISABILITY_LABELS: Record<Disability, string> = {
  visual: '视力残疾',
  hearing: '听力残疾',
  speech: '言语残疾',
  physical: '肢体残疾',
  intellectual: '智力残疾',
  mental: '精神残疾',
  multiple: '多重残疾',
};

/** Health risk factors short of a disease; any of them marks a person as 亚健康. */
export const RISK_FACTORS = [
  'smoking',
  'heavy_drinking',
  'overweight',
  'high_blood_pressure_reading',
  'high_blood_sugar_reading',
  'poor_sleep',
  'inactive',
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

export const RISK_FACTOR_LABELS: Record<RiskFactor, string> = {
  smoking: '吸烟',
  heavy_drinking: '经常饮酒',
  overweight: '超重或肥胖',
  high_blood_pressure_reading: '血压偏高（未确诊）',
  high_blood_sugar_reading: '血糖偏高（未确诊）',
  poor_sleep: '长期睡眠不好',
  inactive: '缺少运动',
};

/** What the resident is to the person acting for them. */
export const RELATIONS = ['parent', 'child', 'spouse', 'grandparent', 'grandchild', 'sibling', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

/** The resident as seen by the guardian: 王敏's mother is her `parent` (父母). */
export const RELATION_LABELS: Record<Relation, string> = {
  parent: '父母',
  child: '子女',
  spouse: '配偶',
  grandparent: '祖父母/外祖父母',
  grandchild: '孙子女/外孙子女',
  sibling: '兄弟姐妹',
  other: '其他亲属',
};

/** The guardian as seen by the resident: the inverse of `RELATION_LABELS`. */
export const GUARDIAN_RELATION_LABELS: Record<Relation, string> = {
  parent: '子女',
  child: '父母',
  spouse: '配偶',
  grandparent: '孙子女/外孙子女',
  grandchild: '祖父母/外祖父母',
  sibling: '兄弟姐妹',
  other: '其他亲属',
};
