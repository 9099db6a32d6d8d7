import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorizeTeam } from '../../core/policy/team-access';
import { SlotRepository } from '../../core/appointments/slot-repository';
import { AppointmentRepository } from '../../core/appointments/appointment-repository';
import { cancelBooking } from '../../core/appointments/booking';
import { closedNotice, tellAboutCancellation } from '../../core/appointments/appointment-messages';
import type { SlotDoc } from '../../core/appointments/appointment-docs';
import { addDays } from '../../../shared/appointment/local-time';
import { startOfLocalDay } from '../../../shared/resident/age';

/**
 * Staff close one slot, or a point's whole day (停诊), with a reason. Every booking there is cancelled
 * with that reason and the people entitled to hear about it are told in the app and by subscribe
 * message.
 */
export const close: Handler<'appointment.close'> = async (input, ctx) => {
  const { team } = await authorizeTeam(ctx, 'slots.close');
  const slots = new SlotRepository(ctx.db);
  let targets: SlotDoc[];
  if (input.slotId) {
    const slot = await slots.find(input.slotId);
    if (!slot || slot.teamId !== team._id) throw new AppError('NOT_FOUND', '没有找到本团队的这个时段', 'slotId');
    targets = [slot];
  } else {
    const day = input.day!;
    const all = await slots.forTeam(team._id, startOfLocalDay(day), startOfLocalDay(addDays(day, 1)));
    targets = all.filter((s) => s.pointId === input.pointId);
    if (targets.length === 0) throw new AppError('NOT_FOUND', '这一天该服务点没有发布号源', 'day');
  }
  return once(ctx, async () => {
    const now = ctx.now();
    if (targets.some((s) => new Date(s.startsAt).getTime() <= now.getTime() && input.slotId)) {
      throw new AppError('CONFLICT', '该时段已开始，不能停诊', 'slotId');
    }
    const closed = await slots.close(targets.filter((s) => new Date(s.startsAt).getTime() > now.getTime()).map((s) => s._id), input.reason, now);
    const booked = await new AppointmentRepository(ctx.db).forSlots(closed, ['booked']);
    let cancelled = 0;
    for (const appt of booked) {
      if (!(await cancelBooking(ctx, appt, `停诊：${input.reason}`))) continue;
      cancelled += 1;
      const { notice, hint } = closedNotice(appt, input.reason);
      await tellAboutCancellation(ctx, appt, notice, hint);
    }
    return { closedSlots: closed.length, cancelledBookings: cancelled };
  });
};
