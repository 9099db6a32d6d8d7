import { z } from 'zod';
import { DELIVERY_CHANNELS, RATING_TAGS, SERVICE_CODES } from '../appointment/services';
import { isDay } from '../appointment/local-time';
import { ZChosenId } from './chosen-id';

const ZId = (label: string) => ZChosenId(label, 96);

export const ZRecordVisitInput = z
  .object({
    /** The booking the visit was; without one, `residentId` and a channel other than `visit`. */
    appointmentId: ZId('预约').optional(),
    residentId: ZId('居民').optional(),
    channel: z.enum(DELIVERY_CHANNELS, { errorMap: () => ({ message: '请选择服务方式' }) }).default('visit'),
    services: z
      .array(z.enum(SERVICE_CODES, { errorMap: () => ({ message: '服务项目不正确' }) }), { required_error: '请选择提供的服务' })
      .min(1, '请至少选择一项提供的服务')
      .max(SERVICE_CODES.length)
      .refine((s) => new Set(s).size === s.length, '服务项目不能重复'),
    note: z.string({ invalid_type_error: '备注不正确' }).trim().max(300, '备注不能超过300个字').default(''),
    nextFollowUp: z.string().refine(isDay, '下次随访日期不正确').nullable().default(null),
  })
  .strict()
  .refine((v) => Boolean(v.appointmentId) !== Boolean(v.residentId), { message: '请选择预约，或选择居民记录预约之外的服务', path: ['appointmentId'] })
  .refine((v) => (v.appointmentId ? v.channel === 'visit' : v.channel !== 'visit'), { message: '预约之外的服务请选择电话随访或巡诊', path: ['channel'] });

export const ZVisit = z.object({
  id: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  appointmentId: z.string().nullable(),
  channel: z.enum(DELIVERY_CHANNELS),
  channelLabel: z.string(),
  services: z.array(z.object({ code: z.string(), label: z.string() })),
  note: z.string(),
  nextFollowUp: z.string().nullable(),
  at: z.string(),
  dayText: z.string(),
  recordedBy: z.string(),
  rating: z.object({ stars: z.number().int(), tags: z.array(z.string()), comment: z.string() }).nullable(),
  /** The resident or family may rate it now: a booked visit, not rated yet. */
  canRate: z.boolean(),
});
export type Visit = z.infer<typeof ZVisit>;

export const ZFulfilmentInput = z.object({ residentId: ZId('居民') }).strict();
export const ZFulfilmentOutput = z.object({
  contract: z.object({ id: z.string(), teamId: z.string(), teamName: z.string(), start: z.string(), end: z.string(), packages: z.array(z.string()) }).nullable(),
  /** 履约进度: per service, delivered against what the packages promise this contract year. */
  lines: z.array(z.object({ code: z.string(), label: z.string(), package: z.string(), delivered: z.number().int(), due: z.number().int().nullable(), text: z.string() })),
  visits: z.array(ZVisit),
  /** Services the team may record for this contract, for the staff form. */
  services: z.array(z.object({ code: z.string(), label: z.string() })),
});

export const ZRateInput = z
  .object({
    visitId: ZId('就诊记录'),
    stars: z.number({ required_error: '请选择评分', invalid_type_error: '请选择评分' }).int('请选择评分').min(1, '请选择1到5星').max(5, '请选择1到5星'),
    tags: z.array(z.enum(RATING_TAGS, { errorMap: () => ({ message: '评价标签不正确' }) })).max(RATING_TAGS.length).default([]),
    comment: z.string({ invalid_type_error: '评价内容不正确' }).trim().max(200, '评价不能超过200个字').default(''),
  })
  .strict();

export const ZTeamRatingsInput = z.object({ teamId: ZId('家庭医生团队') }).strict();
export const ZTeamRatingsOutput = z.object({
  count: z.number().int(),
  average: z.number().nullable(),
  /** Share of 4-5 star ratings (满意率), 0-1. */
  satisfiedRate: z.number().nullable(),
  /** For the team's own staff: recent ratings with comments and who recorded the visit. */
  recent: z.array(z.object({ stars: z.number().int(), tags: z.array(z.string()), comment: z.string(), at: z.string(), staffName: z.string() })).nullable(),
});

export const visitActions = {
  'appointment.recordVisit': { fn: 'appointment', input: ZRecordVisitInput, output: ZVisit },
  'appointment.fulfilment': { fn: 'appointment', input: ZFulfilmentInput, output: ZFulfilmentOutput },
  'appointment.rate': { fn: 'appointment', input: ZRateInput, output: ZVisit },
  'appointment.teamRatings': { fn: 'appointment', input: ZTeamRatingsInput, output: ZTeamRatingsOutput },
} as const;
