import { GUIDELINES } from './guidelines';

export const READING_KINDS = ['bp', 'glucose', 'weight'] as const;
export type ReadingKind = (typeof READING_KINDS)[number];
export const READING_KIND_LABELS: Record<ReadingKind, string> = { bp: '血压', glucose: '血糖', weight: '体重' };

export const GLUCOSE_TIMINGS = ['fasting', 'post_meal', 'random'] as const;
export type GlucoseTiming = (typeof GLUCOSE_TIMINGS)[number];
export const GLUCOSE_TIMING_LABELS: Record<GlucoseTiming, string> = { fasting: '空腹', post_meal: '餐后2小时', random: '随机' };

export const RECORDERS = ['self', 'guardian', 'staff'] as const;
export type Recorder = (typeof RECORDERS)[number];
export const RECORDER_LABELS: Record<Recorder, string> = { self: '本人', guardian: '家属代记', staff: '医生测量' };

export type ReadingValues =
  | { kind: 'bp'; systolic: number; diastolic: number; pulse: number | null }
  | { kind: 'glucose'; glucose: number; timing: GlucoseTiming }
  | { kind: 'weight'; weight: number };

/** How a reading stands against its target. `urgent_*` readings alert the team and family. */
export type ReadingLevel = 'urgent_high' | 'urgent_low' | 'above' | 'low' | 'normal';

export const READING_LEVEL_LABELS: Record<ReadingLevel, string> = {
  urgent_high: '严重偏高',
  urgent_low: '严重偏低',
  above: '高于目标',
  low: '偏低',
  normal: '达标',
};

export interface Assessment {
  level: ReadingLevel;
  urgent: boolean;
  /** The target the reading was measured against, e.g. `<140/90 mmHg`, or null (weight). */
  target: string | null;
  /** What to do now, in plain words. */
  advice: string;
}

const URGENT_BP_ADVICE = '血压很高。请坐下休息5分钟后再测一次，并马上联系家庭医生；如有胸痛、剧烈头痛、呼吸困难、说话不清或肢体无力，请立即拨打120。';
const URGENT_LOW_ADVICE = '血糖过低。请立即吃15克糖（如半杯果汁或3块方糖），15分钟后再测；并联系家庭医生。如意识不清，请立即拨打120。';
const URGENT_HIGH_GLUCOSE_ADVICE = '血糖很高。请多喝白开水，马上联系家庭医生；如有口渴明显、呕吐、呼吸深快或意识模糊，请立即拨打120。';

/** The blood-pressure target for someone of `age` (150/90 from 80, 140/90 otherwise). */
export function bpTarget(age: number): { systolic: number; diastolic: number } {
  const row = GUIDELINES.hypertension.targets.find((t) => age >= t.fromAge)!;
  return { systolic: row.systolic, diastolic: row.diastolic };
}

/** Assesses one reading for a person of `age` against the guideline thresholds. */
export function assess(values: ReadingValues, age: number): Assessment {
  if (values.kind === 'bp') {
    const t = bpTarget(age);
    const target = `<${t.systolic}/${t.diastolic} mmHg`;
    const u = GUIDELINES.hypertension.urgent;
    if (values.systolic >= u.systolic || values.diastolic >= u.diastolic) {
      return { level: 'urgent_high', urgent: true, target, advice: URGENT_BP_ADVICE };
    }
    if (values.systolic >= t.systolic || values.diastolic >= t.diastolic) {
      return { level: 'above', urgent: false, target, advice: '高于控制目标。请按时服药、少吃盐，过几天再测；持续偏高请告诉家庭医生。' };
    }
    const low = GUIDELINES.hypertension.low;
    if (values.systolic < low.systolic || values.diastolic < low.diastolic) {
      return { level: 'low', urgent: false, target, advice: '血压偏低。起身时慢一点；如有头晕、乏力，请告诉家庭医生。' };
    }
    return { level: 'normal', urgent: false, target, advice: '在控制目标内，请继续保持。' };
  }
  if (values.kind === 'glucose') {
    const g = GUIDELINES.diabetes;
    const above = g.above[values.timing];
    const target = values.timing === 'random' ? `<${above} mmol/L` : `${g.low}–${above} mmol/L`;
    if (values.glucose < g.low) return { level: 'urgent_low', urgent: true, target, advice: URGENT_LOW_ADVICE };
    if (values.glucose >= g.urgent) return { level: 'urgent_high', urgent: true, target, advice: URGENT_HIGH_GLUCOSE_ADVICE };
    if (values.glucose >= above) {
      return { level: 'above', urgent: false, target, advice: '高于控制目标。注意饮食和运动，按时用药；持续偏高请告诉家庭医生。' };
    }
    return { level: 'normal', urgent: false, target, advice: '在控制目标内，请继续保持。' };
  }
  return { level: 'normal', urgent: false, target: null, advice: '已记录。' };
}

/** The headline numbers of a reading, e.g. `185/115 mmHg`, `6.2 mmol/L（空腹）`, `58.5 kg`. */
export function valueText(values: ReadingValues): string {
  if (values.kind === 'bp') return `${values.systolic}/${values.diastolic} mmHg${values.pulse ? ` · 心率${values.pulse}` : ''}`;
  if (values.kind === 'glucose') return `${values.glucose} mmol/L（${GLUCOSE_TIMING_LABELS[values.timing]}）`;
  return `${values.weight} kg`;
}
