import type { Handler } from '../../core/define-function';
import { authorize } from '../../core/policy/authorize';
import { bookSlot } from '../../core/appointments/booking';
import { SlotRepository } from '../../core/appointments/slot-repository';
import { toAppointment } from '../../core/appointments/appointment-views';
import { standing } from '../../core/appointments/eligibility';
import { DEFAULT_CANCEL_HOURS } from '../../../shared/appointment/booking-rules';

/**
 * The resident, family with the 预约 scope, or team staff book a slot for the resident. The reads
 * that decide run side by side, and a refusal writes nothing: a booking burst is mostly people
 * hearing SLOT_FULL, quickly.
 */
export const book: Handler<'appointment.book'> = async ({ residentId, slotId, address }, ctx) => {
  const [access, slot, stand] = await Promise.all([
    authorize(ctx, { residentId, permission: 'appointment.book' }),
    new SlotRepository(ctx.db).find(slotId),
    standing(ctx, residentId),
  ]);
  // The booking carries its own request key (unique), so a retry finds it without a separate record.
  const doc = await bookSlot(ctx, access, slot, stand, address);
  return toAppointment(doc, slot?.cancelHours ?? DEFAULT_CANCEL_HOURS, ctx.now());
};
