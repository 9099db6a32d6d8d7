import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { cancelBooking } from '../../core/appointments/booking';
import { AppointmentRepository } from '../../core/appointments/appointment-repository';
import { toAppointment } from '../../core/appointments/appointment-views';
import { cancelHoursOf } from '../../core/appointments/eligibility';
import { TeamRepository } from '../../core/grids/team-repository';
import { offerFreedPlace } from '../../core/appointments/waitlist';
import { canCancel, cancelClosedMessage } from '../../../shared/appointment/booking-rules';

/** Cancels a booking until the team's cancel window closes (2 hours before, by default). */
export const cancel: Handler<'appointment.cancel'> = async ({ appointmentId, reason }, ctx) => {
  const repo = new AppointmentRepository(ctx.db);
  const doc = await repo.find(appointmentId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这个预约', 'appointmentId');
  await authorize(ctx, { residentId: doc.residentId, permission: 'appointment.book' });
  const cancelHours = cancelHoursOf(await new TeamRepository(ctx.db).find(doc.teamId));
  await once(ctx, async () => {
    if (doc.status !== 'booked') throw new AppError('CONFLICT', `这个预约${doc.status === 'cancelled' ? '已经取消' : '已经结束'}，无需取消`);
    if (!canCancel(new Date(doc.startsAt), cancelHours, ctx.now())) throw new AppError('CONFLICT', cancelClosedMessage(cancelHours, doc.team.phone));
    if (!(await cancelBooking(ctx, doc, reason ?? null))) throw new AppError('CONFLICT', '这个预约已经取消或结束，请刷新');
    await offerFreedPlace(ctx, doc.slotId);
    return null;
  });
  return toAppointment((await repo.find(doc._id))!, cancelHours, ctx.now());
};
