import { z } from 'zod';
import { ZDay } from './resident-profile';
import { isWallClockTime } from '../reminder/schedule';
import { MEAL_RELATIONS, DOSE_UNITS } from '../reminder/vocabulary';

const ZId = z.string().min(1).max(64);
const ZIso = z.string();
const ZResidentRef = { residentId: ZId };

const ZTime = z
  .string({ required_error: '请填写提醒时间' })
  .refine(isWallClockTime, '提醒时间应为 00:00 到 23:59 之间，如 08:00');

/** A medication plan as the editor submits it (new when `planId` is absent). */
export const ZSavePlanInput = z
  .object({
    ...ZResidentRef,
    planId: ZId.optional(),
    drug: z.string({ required_error: '请填写药品名称' }).trim().min(1, '请填写药品名称').max(30, '药品名称最多30个字'),
    dose: z
      .number({ required_error: '请填写每次用量', invalid_type_error: '每次用量应为数字' })
      .positive('每次用量应大于0')
      .max(100, '每次用量不能超过100'),
    unit: z.enum(DOSE_UNITS, { errorMap: () => ({ message: '请选择用量单位' }) }),
    times: z
      .array(ZTime, { required_error: '请至少设置一个提醒时间' })
      .min(1, '请至少设置一个提醒时间')
      .max(6, '每天最多提醒6次')
      .refine((t) => new Set(t).size === t.length, '提醒时间不能重复'),
    /** ISO weekdays, 1 = Monday; null: every day. */
    weekdays: z
      .array(z.number().int().min(1).max(7), { invalid_type_error: '请选择服药的星期' })
      .min(1, '请至少选择一天')
      .refine((d) => new Set(d).size === d.length, '星期不能重复')
      .nullable(),
    startDate: ZDay('开始日期'),
    endDate: ZDay('结束日期').nullable(),
    meal: z.enum(MEAL_RELATIONS, { errorMap: () => ({ message: '请选择与进餐的关系' }) }),
    notes: z.string().trim().max(100, '备注最多100个字').default(''),
    /** Units in hand; null: not counted. */
    stock: z.number({ invalid_type_error: '药品余量应为数字' }).min(0, '药品余量不能小于0').max(10000, '药品余量不能超过10000').nullable(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.endDate !== null && v.endDate < v.startDate) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['endDate'], message: '结束日期不能早于开始日期' });
    }
  });
export type SavePlanInput = z.input<typeof ZSavePlanInput>;

export const ZPlan = z.object({
  id: z.string(),
  residentId: z.string(),
  drug: z.string(),
  dose: z.number(),
  unit: z.enum(DOSE_UNITS),
  times: z.array(z.string()),
  weekdays: z.array(z.number()).nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  meal: z.enum(MEAL_RELATIONS),
  notes: z.string(),
  stock: z.number().nullable(),
  /** Days the stock lasts at this plan's rate; null without a stock count. */
  stockDays: z.number().nullable(),
  status: z.enum(['active', 'ended']),
  nextDueAt: ZIso.nullable(),
  createdBy: z.enum(['self', 'guardian', 'staff']),
});
export type Plan = z.infer<typeof ZPlan>;

/** One heading of the diet or exercise prescription with what it says, e.g. 低盐饮食 / 每日食盐<5g. */
const ZSection = z
  .object({
    heading: z.string().trim().min(1, '请填写标题').max(20, '标题最多20个字'),
    text: z.string().trim().min(1, '请填写内容').max(200, '内容最多200个字'),
  })
  .strict();

export const ZSetPrescriptionsInput = z
  .object({ ...ZResidentRef, diet: z.array(ZSection).max(10, '最多10条'), exercise: z.array(ZSection).max(10, '最多10条') })
  .strict();

export type SetPrescriptionsInput = z.input<typeof ZSetPrescriptionsInput>;

export const ZPrescriptions = z.object({
  diet: z.array(z.object({ heading: z.string(), text: z.string() })),
  exercise: z.array(z.object({ heading: z.string(), text: z.string() })),
  /** The team member who wrote them, e.g. 张毅（全科医生）. */
  author: z.string(),
  updatedAt: ZIso,
});

export const ZDose = z.object({
  planId: z.string(),
  drug: z.string(),
  /** e.g. 1片 · 饭后. */
  instruction: z.string(),
  dueAt: ZIso,
  time: z.string(),
  state: z.enum(['taken', 'skipped', 'due', 'upcoming', 'missed']),
  confirmedAt: ZIso.nullable(),
});
export type Dose = z.infer<typeof ZDose>;

export const ZAdherenceDay = z.object({
  day: z.string(),
  due: z.number(),
  taken: z.number(),
  skipped: z.number(),
  missed: z.number(),
});

/** Subscribe-message templates the reminders use: the dose reminder, and the family's missed-dose alert. */
export const REMINDER_TEMPLATES = ['medicationReminder', 'missedDoseAlert'] as const;
export type ReminderTemplate = (typeof REMINDER_TEMPLATES)[number];

/** The caller's remaining messages of one template (the product's own count of WeChat acceptances). */
export const ZQuotaEntry = z.object({
  template: z.enum(REMINDER_TEMPLATES),
  /** The template ID to pass to `requestSubscribeMessage`. */
  templateId: z.string(),
  /** null: a long-term template, no count needed. */
  remaining: z.number().nullable(),
  /** 3 or fewer left: the page asks to top up. */
  low: z.boolean(),
});
export const ZQuota = z.object({ templates: z.array(ZQuotaEntry) });
export type Quota = z.infer<typeof ZQuota>;

export const ZOverviewInput = z.object(ZResidentRef).strict();
export const ZOverviewOutput = z.object({
  resident: z.object({ id: z.string(), name: z.string() }),
  plans: z.array(ZPlan),
  prescriptions: ZPrescriptions.nullable(),
  today: z.array(ZDose),
  week: z.array(ZAdherenceDay),
  /** Share of the week's due doses taken, in percent; null when none was due. */
  rate: z.number().nullable(),
  quota: ZQuota,
  can: z.object({ manage: z.boolean(), prescribe: z.boolean() }),
});
export type ReminderOverview = z.infer<typeof ZOverviewOutput>;

export const ZEndPlanInput = z.object({ ...ZResidentRef, planId: ZId }).strict();

export const ZConfirmDoseInput = z
  .object({
    ...ZResidentRef,
    planId: ZId,
    dueAt: z.string().datetime({ message: '服药时间有误' }),
    state: z.enum(['taken', 'skipped'], { errorMap: () => ({ message: '请选择已服或跳过' }) }),
  })
  .strict();

export const ZQuotaInput = z.object({}).strict();

export const reminderActions = {
  'reminder.overview': { fn: 'reminder', input: ZOverviewInput, output: ZOverviewOutput },
  'reminder.savePlan': { fn: 'reminder', input: ZSavePlanInput, output: ZPlan },
  'reminder.endPlan': { fn: 'reminder', input: ZEndPlanInput, output: ZPlan },
  'reminder.confirmDose': { fn: 'reminder', input: ZConfirmDoseInput, output: ZDose },
  'reminder.setPrescriptions': { fn: 'reminder', input: ZSetPrescriptionsInput, output: ZPrescriptions },
  'reminder.quota': { fn: 'reminder', input: ZQuotaInput, output: ZQuota },
} as const;
