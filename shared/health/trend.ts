import { addDays, dayOf, weekdayOf } from '../appointment/local-time';
import { assess, bpTarget, type ReadingLevel, type ReadingValues } from './readings';
import type { ElderlyRisk } from '../resident/classification';

export interface StoredReading {
  values: ReadingValues;
  measuredAt: Date;
  level: ReadingLevel;
}

/** The Monday (Asia/Shanghai) of the week `day` falls in. */
export function weekOf(day: string): string {
  return addDays(day, -(weekdayOf(day) - 1));
}

export interface WeekAverage {
  week: string;
  count: number;
  /** Blood pressure: mean systolic and diastolic; glucose and weight: `a` only. */
  a: number;
  b: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The main numbers of a reading as plotted: systolic/diastolic, glucose, weight. */
export function plotted(values: ReadingValues): { a: number; b: number | null } {
  if (values.kind === 'bp') return { a: values.systolic, b: values.diastolic };
  if (values.kind === 'glucose') return { a: values.glucose, b: null };
  return { a: values.weight, b: null };
}

/** Mean values per local week (Monday first), oldest week first. */
export function weekAverages(readings: readonly StoredReading[]): WeekAverage[] {
  const weeks = new Map<string, { n: number; a: number; b: number; hasB: boolean }>();
  for (const r of readings) {
    const w = weekOf(dayOf(r.measuredAt));
    const p = plotted(r.values);
    const acc = weeks.get(w) ?? { n: 0, a: 0, b: 0, hasB: false };
    acc.n += 1;
    acc.a += p.a;
    if (p.b !== null) {
      acc.b += p.b;
      acc.hasB = true;
    }
    weeks.set(w, acc);
  }
  return [...weeks.entries()]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([week, s]) => ({ week, count: s.n, a: round1(s.a / s.n), b: s.hasB ? round1(s.b / s.n) : null }));
}

export type ControlStatus = 'urgent' | 'above' | 'controlled' | 'no_data';

export const CONTROL_STATUS_LABELS: Record<ControlStatus, string> = {
  urgent: '近两周有危急读数',
  above: '近两周平均高于目标',
  controlled: '控制达标',
  no_data: '近两周没有测量',
};

/**
 * How well blood pressure and glucose were controlled over the 14 days up to `at`: an urgent reading
 * decides it; otherwise the mean blood pressure against the age target, and the mean fasting glucose
 * against 7.0.
 */
export function controlStatus(readings: readonly StoredReading[], age: number, at: Date): ControlStatus {
  const since = at.getTime() - 14 * 86_400_000;
  const recent = readings.filter((r) => r.measuredAt.getTime() >= since && r.measuredAt.getTime() <= at.getTime() && r.values.kind !== 'weight');
  if (recent.length === 0) return 'no_data';
  if (recent.some((r) => r.level === 'urgent_high' || r.level === 'urgent_low')) return 'urgent';
  const bp = recent.flatMap((r) => (r.values.kind === 'bp' ? [r.values] : []));
  if (bp.length > 0) {
    const sys = bp.reduce((s, v) => s + v.systolic, 0) / bp.length;
    const dia = bp.reduce((s, v) => s + v.diastolic, 0) / bp.length;
    const t = bpTarget(age);
    if (sys >= t.systolic || dia >= t.diastolic) return 'above';
  }
  const fasting = recent.flatMap((r) => (r.values.kind === 'glucose' && r.values.timing === 'fasting' ? [r.values.glucose] : []));
  if (fasting.length > 0) {
    const mean = fasting.reduce((s, v) => s + v, 0) / fasting.length;
    if (assess({ kind: 'glucose', glucose: round1(mean), timing: 'fasting' }, age).level === 'above') return 'above';
  }
  return 'controlled';
}

/**
 * The elderly risk colour the readings suggest (staff confirm it): an urgent reading in the last two
 * weeks suggests red, averages above target yellow, control green; no recent reading suggests nothing.
 */
export function suggestedRisk(status: ControlStatus): ElderlyRisk | null {
  switch (status) {
    case 'urgent':
      return 'red';
    case 'above':
      return 'yellow';
    case 'controlled':
      return 'green';
    case 'no_data':
      return null;
  }
}
