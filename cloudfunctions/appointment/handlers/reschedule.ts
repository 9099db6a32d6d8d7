import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { authorize } from '../../core/policy/authorize';
import { bookSlot } from '../../core/appointments/booking';
import { AppointmentRepository } from '../../core/appointments/appointment-repository';
import { SlotRepository } from '../../core/appointments/slot-repository';
import { toAppointment } from '../../core/appointments/appointment-views';
import { standing } from '../../core/appointments/eligibility';
import { offerFreedPlace } from '../../core/appointments/waitlist';
import { canCancel, cancelClosedMessage } from '../../../shared/appointment/booking-rules';

/**
 * 改约: moves a booking to another slot. The old booking stays until the new one is confirmed; then
 * one transaction cancels the old and stores the new. A new slot that is full, closed or not allowed
 * leaves the old booking as it was.
 */
export const reschedule: Handler<'appointment.reschedule'> = async ({ appointmentId, slotId, address }, ctx) => {
  const appointments = new AppointmentRepository(ctx.db);
  const old = await appointments.find(appointmentId);
  if (!old) throw new AppError('NOT_FOUND', '没有找到原预约', 'appointmentId');
  const slots = new SlotRepository(ctx.db);
  const [access, slot, stand] = await Promise.all([
    authorize(ctx, { residentId: old.residentId, permission: 'appointment.book' }),
    slots.find(slotId),
    standing(ctx, old.residentId, old._id),
  ]);
  if (old.status !== 'booked') throw new AppError('CONFLICT', '原预约已取消或已结束，请重新预约', 'appointmentId');
  if (old.slotId === slotId) throw new AppError('CONFLICT', '新的时段与原预约相同', 'slotId');
  const oldSlot = await slots.find(old.slotId);
  const cancelHours = oldSlot?.cancelHours ?? slot?.cancelHours ?? 2;
  if (!canCancel(new Date(old.startsAt), cancelHours, ctx.now())) throw new AppError('CONFLICT', cancelClosedMessage(cancelHours, old.team.phone), 'appointmentId');
  const doc = await bookSlot(ctx, access, slot, stand, address ?? old.address ?? undefined, old);
  if (doc.slotId === slotId && doc._id !== old._id) {
    await slots.giveBack(old.slotId, ctx.now());
    await offerFreedPlace(ctx, old.slotId);
  }
  return toAppointment(doc, slot?.cancelHours ?? cancelHours, ctx.now());
};
