import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { authorize } from '../../core/policy/authorize';
import { AppointmentRepository } from '../../core/appointments/appointment-repository';
import { toAppointment } from '../../core/appointments/appointment-views';
import { DEFAULT_CANCEL_HOURS } from '../../../shared/appointment/booking-rules';

/**
 * Staff of the booking's team mark a visit attended or missed (爽约), once it has started; a marked
 * visit no longer counts against the cancel window. A mark can be corrected; three no-shows within
 * 90 days pause the resident's online booking for 30 days.
 */
export const mark: Handler<'appointment.mark'> = async ({ appointmentId, outcome }, ctx) => {
  const repo = new AppointmentRepository(ctx.db);
  const doc = await repo.find(appointmentId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这个预约', 'appointmentId');
  await authorize(ctx, {
    residentId: doc.residentId,
    permission: 'appointment.attend',
    application: { teamId: doc.teamId, signedBy: null },
  });
  if (doc.status === 'cancelled') throw new AppError('CONFLICT', '这个预约已取消，不能登记到诊');
  if (new Date(doc.startsAt).getTime() > ctx.now().getTime()) throw new AppError('CONFLICT', '就诊时间还没到，到时再登记到诊或爽约');
  if (doc.status !== outcome && !(await repo.mark(doc._id, outcome, ctx.openid, ctx.now()))) {
    throw new AppError('CONFLICT', '这个预约刚刚被更改，请刷新');
  }
  return toAppointment((await repo.find(doc._id))!, DEFAULT_CANCEL_HOURS, ctx.now());
};
