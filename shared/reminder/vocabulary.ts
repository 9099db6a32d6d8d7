/** How a dose relates to meals, and how it is said on screen and in messages. */
export const MEAL_RELATIONS = ['before', 'with', 'after', 'any'] as const;
export type MealRelation = (typeof MEAL_RELATIONS)[number];
export const MEAL_LABELS: Record<MealRelation, string> = { before: '饭前', with: '随餐', after: '饭后', any: '不限' };

/** Units a dose is counted in; the stock count uses the same unit. */
export const DOSE_UNITS = ['片', '粒', '袋', '支', '毫升', '单位', '滴', '喷'] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];

export const WEEKDAY_LABELS = ['一', '二', '三', '四', '五', '六', '日'];

/** `1片 · 饭后`: the dose and its relation to meals, as one line. */
export function instruction(dose: number, unit: DoseUnit, meal: MealRelation): string {
  return meal === 'any' ? `${dose}${unit}` : `${dose}${unit} · ${MEAL_LABELS[meal]}`;
}

/** `每天` or `每周一、三、五`. */
export function weekdaysText(weekdays: readonly number[] | null): string {
  if (weekdays === null || weekdays.length === 7) return '每天';
  return `每周${[...weekdays].sort().map((d) => WEEKDAY_LABELS[d - 1]).join('、')}`;
}
