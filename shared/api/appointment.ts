import { z } from 'zod';
import { APPOINTMENT_STATUSES, VISIT_KINDS } from '../appointment/kinds';
import { isClock, isDay } from '../appointment/local-time';
import { ZChosenId } from './chosen-id';
import { ZPlainText } from './plain-text';

const ZId = (label: string) => ZChosenId(label, 96);
const ZDay = (label: string) =>
  z.string({ required_error: `请选择${label}`, invalid_type_error: `${label}不正确` }).refine(isDay, `${label}不正确`);
const ZClock = z.string({ required_error: '请填写时间', invalid_type_error: '时间不正确' }).refine(isClock, '时间格式应为 08:30');
const ZReason = ZPlainText('原因', 2, 100, true);

export const ZVisitKind = z.enum(VISIT_KINDS, { errorMap: () => ({ message: '请选择服务类型' }) });
export const ZAppointmentStatus = z.enum(APPOINTMENT_STATUSES);

export const ZPublishInput = z
  .object({
    pointId: ZId('服务点'),
    kind: ZVisitKind,
    from: ZDay('开始日期'),
    to: ZDay('结束日期'),
    /** 1 = 周一 ... 7 = 周日; ignored for a mobile point, whose schedule decides. */
    weekdays: z.array(z.number().int().min(1).max(7), { invalid_type_error: '请选择出诊日' }).max(7).default([]),
    windows: z
      .array(z.object({ start: ZClock, end: ZClock }).refine((w) => w.start < w.end, { message: '结束时间要晚于开始时间', path: ['end'] }))
      .max(6, '最多6个时间段')
      .default([]),
    slotMinutes: z.number({ required_error: '请填写每个号的时长', invalid_type_error: '每个号的时长不正确' }).int('每个号的时长应为整数分钟').min(10, '每个号至少10分钟').max(240, '每个号最长240分钟'),
    capacity: z.number({ required_error: '请填写每个号可约人数', invalid_type_error: '可约人数不正确' }).int('可约人数应为整数').min(1, '每个号至少可约1人').max(50, '每个号最多可约50人'),
  })
  .strict();
export const ZPublishOutput = z.object({ created: z.number().int(), existing: z.number().int(), days: z.array(z.string()) });

export const ZSlot = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** `09:00-09:30` */
  timeText: z.string(),
  capacity: z.number().int(),
  left: z.number().int(),
  state: z.enum(['open', 'full', 'closed', 'held_for_you']),
  /** The resident asked already holds a booking here. */
  mine: z.boolean(),
  closedReason: z.string().nullable(),
});
export type Slot = z.infer<typeof ZSlot>;

export const ZSlotsInput = z.object({ residentId: ZId('就诊人') }).strict();
export const ZSlotsOutput = z.object({
  team: z.object({ id: z.string(), name: z.string(), phone: z.string() }).nullable(),
  /** Why the resident cannot book now (no contract, paused, limit reached), or null. */
  blocked: z.object({ code: z.string(), message: z.string() }).nullable(),
  homeVisitAllowed: z.boolean(),
  days: z.array(
    z.object({
      day: z.string(),
      dayText: z.string(),
      points: z.array(
        z.object({ pointId: z.string(), pointName: z.string(), pointAddress: z.string(), kind: ZVisitKind, kindLabel: z.string(), slots: z.array(ZSlot) }),
      ),
    }),
  ),
});

export const ZAppointment = z.object({
  id: z.string(),
  slotId: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  team: z.object({ id: z.string(), name: z.string(), phone: z.string() }),
  kind: ZVisitKind,
  kindLabel: z.string(),
  pointName: z.string(),
  pointAddress: z.string(),
  /** The address of a home visit. */
  address: z.string().nullable(),
  day: z.string(),
  dayText: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeText: z.string(),
  status: ZAppointmentStatus,
  statusLabel: z.string(),
  cancelDeadline: z.string(),
  canCancel: z.boolean(),
  cancelReason: z.string().nullable(),
  createdAt: z.string(),
});
export type Appointment = z.infer<typeof ZAppointment>;

export const ZBookInput = z
  .object({
    residentId: ZId('就诊人'),
    slotId: ZId('预约时段'),
    address: z.string({ invalid_type_error: '上门地址不正确' }).trim().min(5, '请填写详细的上门地址').max(100, '上门地址不能超过100个字').optional(),
  })
  .strict();
export const ZAppointmentRef = z.object({ appointmentId: ZId('预约') }).strict();
export const ZCancelInput = z.object({ appointmentId: ZId('预约'), reason: ZReason.optional() }).strict();

export const ZRescheduleInput = z
  .object({
    appointmentId: ZId('原预约'),
    slotId: ZId('新的时段'),
    address: z.string({ invalid_type_error: '上门地址不正确' }).trim().min(5, '请填写详细的上门地址').max(100, '上门地址不能超过100个字').optional(),
  })
  .strict();

export const ZWaitInput = z.object({ residentId: ZId('就诊人'), slotId: ZId('约满的时段') }).strict();
export const ZWaiting = z.object({
  id: z.string(),
  pointName: z.string(),
  day: z.string(),
  dayText: z.string(),
  status: z.enum(['waiting', 'offered', 'booked', 'lapsed']),
  /** A place kept for the resident until `until`. */
  offer: z.object({ slotId: z.string(), until: z.string() }).nullable(),
});

export type Waiting = z.infer<typeof ZWaiting>;

export const ZMineInput = z.object({ residentId: ZId('就诊人') }).strict();
export const ZMineOutput = z.object({
  upcoming: z.array(ZAppointment),
  past: z.array(ZAppointment),
  waiting: z.array(ZWaiting),
  /** Until when online booking is paused after no-shows, with the message to show. */
  paused: z.object({ until: z.string(), message: z.string() }).nullable(),
});

export const ZCloseInput = z
  .object({ slotId: ZId('时段').optional(), pointId: ZId('服务点').optional(), day: ZDay('日期').optional(), reason: ZReason })
  .strict()
  .refine((v) => Boolean(v.slotId) !== Boolean(v.pointId && v.day), { message: '请选择要停诊的时段，或服务点和日期', path: ['slotId'] });
export const ZCloseOutput = z.object({ closedSlots: z.number().int(), cancelledBookings: z.number().int() });

/** Staff change a slot's places (more, or fewer down to those booked) and may reopen a closed slot. */
export const ZAdjustInput = z
  .object({
    slotId: ZId('时段'),
    capacity: z.number({ required_error: '请填写可约人数', invalid_type_error: '可约人数不正确' }).int('可约人数应为整数').min(1, '每个号至少可约1人').max(50, '每个号最多可约50人'),
    reopen: z.boolean().default(false),
  })
  .strict();
export const ZAdjustOutput = z.object({
  capacity: z.number().int(),
  booked: z.number().int(),
  status: z.enum(['open', 'closed']),
  /** Waiters offered a freed place by this change (有号提醒). */
  offered: z.number().int(),
});

export const ZRosterInput = z.object({ day: ZDay('日期'), pointId: ZId('服务点').optional() }).strict();
export const ZRosterBooking = z.object({
  appointmentId: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  age: z.number().int(),
  priorityGroups: z.array(z.string()),
  /** 老年人健康风险 red / yellow / green, for those 65 and over. */
  risk: z.enum(['red', 'yellow', 'green']).nullable(),
  address: z.string().nullable(),
  status: ZAppointmentStatus,
  statusLabel: z.string(),
});
export const ZRosterOutput = z.object({
  team: z.object({ id: z.string(), name: z.string() }),
  day: z.string(),
  dayText: z.string(),
  points: z.array(z.object({ pointId: z.string(), pointName: z.string() })),
  slots: z.array(
    z.object({
      id: z.string(),
      pointId: z.string(),
      pointName: z.string(),
      kind: ZVisitKind,
      kindLabel: z.string(),
      timeText: z.string(),
      capacity: z.number().int(),
      booked: z.number().int(),
      closed: z.boolean(),
      bookings: z.array(ZRosterBooking),
    }),
  ),
});

export const ZMarkInput = z.object({ appointmentId: ZId('预约'), outcome: z.enum(['attended', 'no_show'], { errorMap: () => ({ message: '请选择到诊或爽约' }) }) }).strict();

export const appointmentActions = {
  'appointment.publish': { fn: 'appointment', input: ZPublishInput, output: ZPublishOutput },
  'appointment.slots': { fn: 'appointment', input: ZSlotsInput, output: ZSlotsOutput },
  'appointment.book': { fn: 'appointment', input: ZBookInput, output: ZAppointment },
  'appointment.cancel': { fn: 'appointment', input: ZCancelInput, output: ZAppointment },
  'appointment.mine': { fn: 'appointment', input: ZMineInput, output: ZMineOutput },
  'appointment.reschedule': { fn: 'appointment', input: ZRescheduleInput, output: ZAppointment },
  'appointment.wait': { fn: 'appointment', input: ZWaitInput, output: ZWaiting },
  'appointment.close': { fn: 'appointment', input: ZCloseInput, output: ZCloseOutput },
  'appointment.adjust': { fn: 'appointment', input: ZAdjustInput, output: ZAdjustOutput },
  'appointment.roster': { fn: 'appointment', input: ZRosterInput, output: ZRosterOutput },
  'appointment.mark': { fn: 'appointment', input: ZMarkInput, output: ZAppointment },
} as const;
