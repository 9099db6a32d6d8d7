import { z } from 'zod';
import { outOfRangeMessage, PLAUSIBLE, type PlausibleField } from '../health/guidelines';
import { GLUCOSE_TIMINGS, READING_KINDS } from '../health/readings';
import { TRIAGE_REASONS } from '../health/triage';
import { ZChosenId } from './chosen-id';
import { ZPlainText } from './plain-text';

const ZId = (label: string) => ZChosenId(label, 96);

/** A number a person types: a plausible value for `field`, or a clear message naming the field. */
const ZMeasure = (field: PlausibleField, integer: boolean) => {
  const p = PLAUSIBLE[field];
  let n = z.number({ required_error: `请填写${p.label}`, invalid_type_error: `请填写${p.label}（数字）` });
  if (integer) n = n.int(`${p.label}请填写整数`);
  return n.finite(`请填写${p.label}（数字）`).min(p.min, outOfRangeMessage(field)).max(p.max, outOfRangeMessage(field));
};

export const ZRecordReadingInput = z
  .object({
    residentId: ZId('居民'),
    kind: z.enum(READING_KINDS, { errorMap: () => ({ message: '请选择测量项目' }) }),
    systolic: ZMeasure('systolic', true).optional(),
    diastolic: ZMeasure('diastolic', true).optional(),
    pulse: ZMeasure('pulse', true).nullable().optional(),
    glucose: ZMeasure('glucose', false).optional(),
    timing: z.enum(GLUCOSE_TIMINGS, { errorMap: () => ({ message: '请选择测血糖的时间（空腹、餐后2小时或随机）' }) }).optional(),
    weight: ZMeasure('weight', false).optional(),
    /** When it was measured (ISO time); now when left out. */
    measuredAt: z.string({ invalid_type_error: '测量时间不正确' }).datetime({ offset: true, message: '测量时间不正确' }).optional(),
    note: ZPlainText('备注', 0, 100, false).default(''),
  })
  .strict()
  .superRefine((v, ctx) => {
    const need = (field: 'systolic' | 'diastolic' | 'glucose' | 'timing' | 'weight', message: string) => {
      if (v[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message });
    };
    if (v.kind === 'bp') {
      need('systolic', '请填写收缩压（高压）');
      need('diastolic', '请填写舒张压（低压）');
      if (v.systolic !== undefined && v.diastolic !== undefined && v.diastolic >= v.systolic) {
        ctx.addIssue({ code: 'custom', path: ['diastolic'], message: '舒张压（低压）应低于收缩压（高压），请核对' });
      }
    } else if (v.kind === 'glucose') {
      need('glucose', '请填写血糖值');
      need('timing', '请选择测血糖的时间（空腹、餐后2小时或随机）');
    } else {
      need('weight', '请填写体重');
    }
  });

export const ZReading = z.object({
  id: z.string(),
  kind: z.enum(READING_KINDS),
  kindLabel: z.string(),
  /** 185/115 mmHg · 心率 88 */
  valueText: z.string(),
  /** The plotted numbers: systolic and diastolic, glucose, or weight. */
  a: z.number(),
  b: z.number().nullable(),
  timing: z.enum(GLUCOSE_TIMINGS).nullable(),
  level: z.enum(['urgent_high', 'urgent_low', 'above', 'low', 'normal']),
  levelLabel: z.string(),
  urgent: z.boolean(),
  target: z.string().nullable(),
  advice: z.string(),
  measuredAt: z.string(),
  timeText: z.string(),
  recordedBy: z.string(),
  note: z.string(),
  followedUp: z.object({ at: z.string(), by: z.string() }).nullable(),
});
export type Reading = z.infer<typeof ZReading>;

const ZTeamContact = z.object({ name: z.string(), phone: z.string() }).nullable();

export const ZRecordReadingOutput = z.object({
  reading: ZReading,
  /** The team to call about an urgent reading (one tap), when the resident has one. */
  team: ZTeamContact,
  /** How many people were alerted about an urgent reading (team members and family). */
  alerted: z.number().int(),
});

export const ZChartInput = z
  .object({
    residentId: ZId('居民'),
    kind: z.enum(READING_KINDS, { errorMap: () => ({ message: '请选择测量项目' }) }).default('bp'),
    days: z.union([z.literal(30), z.literal(90)], { errorMap: () => ({ message: '请选择30天或90天' }) }).default(30),
  })
  .strict();

export const ZChartOutput = z.object({
  residentName: z.string(),
  kind: z.enum(READING_KINDS),
  days: z.number().int(),
  from: z.string(),
  to: z.string(),
  /** The target band to draw: upper limits of `a` (and `b`), lower limit of `a` when there is one. */
  band: z.object({ aMax: z.number().nullable(), bMax: z.number().nullable(), aMin: z.number().nullable() }),
  targetText: z.string().nullable(),
  source: z.string().nullable(),
  points: z.array(z.object({ at: z.string(), a: z.number(), b: z.number().nullable(), level: z.string() })),
  weeks: z.array(z.object({ week: z.string(), count: z.number().int(), a: z.number(), b: z.number().nullable() })),
  last: ZReading.nullable(),
  /** Newest first, at most 20. */
  recent: z.array(ZReading),
  status: z.enum(['urgent', 'above', 'controlled', 'no_data']),
  statusLabel: z.string(),
  team: ZTeamContact,
  /** The caller may add a reading for this resident. */
  canRecord: z.boolean(),
});

export const ZTriageInput = z.object({}).strict();
export const ZTriageEntry = z.object({
  residentId: z.string(),
  name: z.string(),
  age: z.number().int(),
  phone: z.string(),
  reason: z.enum(TRIAGE_REASONS),
  reasonLabel: z.string(),
  /** The reading or fact behind the reason, e.g. `185/115 mmHg · 12月1日 09:30`. */
  detail: z.string(),
  risk: z.enum(['red', 'yellow', 'green']).nullable(),
  suggestedRisk: z.enum(['red', 'yellow', 'green']).nullable(),
  openUrgent: z.number().int(),
});
export const ZTriageOutput = z.object({ team: z.object({ id: z.string(), name: z.string() }), entries: z.array(ZTriageEntry) });

export const ZFollowUpInput = z
  .object({
    residentId: ZId('居民'),
    channel: z.enum(['phone', 'round'], { errorMap: () => ({ message: '请选择随访方式（电话或上门）' }) }),
    note: ZPlainText('随访情况', 2, 200, false),
  })
  .strict();
export const ZFollowUpOutput = z.object({ followedUp: z.number().int(), visitId: z.string().nullable(), services: z.array(z.string()) });

export const ZConfirmRiskInput = z
  .object({ residentId: ZId('居民'), level: z.enum(['red', 'yellow', 'green'], { errorMap: () => ({ message: '请选择风险等级' }) }) })
  .strict();
export const ZConfirmRiskOutput = z.object({ level: z.enum(['red', 'yellow', 'green']), label: z.string(), confirmedAt: z.string(), confirmedBy: z.string() });

export const healthActions = {
  'health.record': { fn: 'health', input: ZRecordReadingInput, output: ZRecordReadingOutput },
  'health.chart': { fn: 'health', input: ZChartInput, output: ZChartOutput },
  'health.triage': { fn: 'health', input: ZTriageInput, output: ZTriageOutput },
  'health.followUp': { fn: 'health', input: ZFollowUpInput, output: ZFollowUpOutput },
  'health.confirmRisk': { fn: 'health', input: ZConfirmRiskInput, output: ZConfirmRiskOutput },
} as const;
