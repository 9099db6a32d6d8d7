import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { AppointmentRepository } from '../../core/appointments/appointment-repository';
import { activeContract } from '../../core/appointments/eligibility';
import { VisitRepository, visitIdOf } from '../../core/visits/visit-repository';
import { toVisit } from '../../core/visits/visit-views';
import { SERVICE_ITEMS, servicesOf, type ServiceCode } from '../../../shared/appointment/services';

/**
 * Staff record what was delivered (服务记录): at a booked visit, which it marks attended, or outside a
 * booking (phone follow-up, a round without booking). Only services of the resident's contract
 * packages count, and they move the contract's fulfilment (履约进度).
 */
export const recordVisit: Handler<'appointment.recordVisit'> = async (input, ctx) => {
  const appointments = new AppointmentRepository(ctx.db);
  const appt = input.appointmentId ? await appointments.find(input.appointmentId) : null;
  if (input.appointmentId && !appt) throw new AppError('NOT_FOUND', '没有找到这个预约', 'appointmentId');
  const residentId = appt?.residentId ?? input.residentId!;
  const contract = await activeContract(ctx, residentId);
  const teamId = appt?.teamId ?? contract?.teamId ?? '';
  const access = await authorize(ctx, { residentId, permission: 'visit.record', application: { teamId, signedBy: null } });
  if (!contract || contract.teamId !== teamId) throw new AppError('NOT_ELIGIBLE', '该居民当前没有与本团队的有效签约，无法记录履约服务');
  const allowed = servicesOf(contract.packages.map((p) => p.code));
  const outside = input.services.filter((s) => !allowed.includes(s));
  if (outside.length > 0) {
    throw new AppError('INVALID_INPUT', `不在该居民签约服务包内：${outside.map((s: ServiceCode) => SERVICE_ITEMS[s].label).join('、')}`, 'services');
  }
  const now = ctx.now();
  if (appt) {
    if (appt.status === 'cancelled') throw new AppError('CONFLICT', '这个预约已取消，不能记录服务');
    if (appt.status === 'no_show') throw new AppError('CONFLICT', '这个预约已登记爽约；如居民已到诊，请先改为到诊', 'appointmentId');
    if (new Date(appt.startsAt).getTime() > now.getTime()) throw new AppError('CONFLICT', '就诊时间还没到，到诊后再记录', 'appointmentId');
    if (appt.status === 'booked') await appointments.mark(appt._id, 'attended', ctx.openid, now);
  }
  const record = async () =>
    new VisitRepository(ctx.db).add(
      {
        _id: appt ? visitIdOf(appt._id) : undefined,
        residentId,
        residentName: access.resident.name,
        teamId,
        contractId: contract._id,
        appointmentId: appt?._id ?? null,
        channel: input.channel,
        services: input.services,
        note: input.note,
        nextFollowUp: input.nextFollowUp,
        at: appt ? new Date(appt.startsAt) : now,
        recordedBy: { openid: ctx.openid, name: access.actor?.staff?.name ?? '家庭医生团队' },
      },
      now,
    );
  // A booking's record has its own `_id`; one outside a booking is made once per requestId.
  const doc = appt ? await record() : await once(ctx, record);
  return toVisit(doc, false);
};
