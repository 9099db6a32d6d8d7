import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { authorize } from '../../core/policy/authorize';
import { SlotRepository } from '../../core/appointments/slot-repository';
import { spotOf, WaitlistRepository } from '../../core/appointments/waitlist-repository';
import { standing } from '../../core/appointments/eligibility';
import { toWaiting } from '../../core/appointments/appointment-views';

/**
 * 有号提醒: on a full day at a point, the resident (or family with the 预约 scope) asks to be told when
 * a place frees. The first waiter gets the place kept for 15 minutes and a message; nobody is booked
 * without their own tap.
 */
export const wait: Handler<'appointment.wait'> = async ({ residentId, slotId }, ctx) => {
  const [access, slot, stand] = await Promise.all([
    authorize(ctx, { residentId, permission: 'appointment.book' }),
    new SlotRepository(ctx.db).find(slotId),
    standing(ctx, residentId),
  ]);
  if (!slot) throw new AppError('NOT_FOUND', '没有找到这个时段', 'slotId');
  if (stand.blocked) throw new AppError(stand.blocked.code, stand.blocked.message);
  if (slot.teamId !== stand.team?._id) throw new AppError('NOT_ELIGIBLE', '只能登记签约团队的有号提醒', 'slotId');
  if (slot.status === 'closed') throw new AppError('CONFLICT', '该时段已停诊，请选择其他日期', 'slotId');
  if (slot.booked < slot.capacity) throw new AppError('CONFLICT', '这个时段还有空位，可以直接预约', 'slotId');
  const doc = await new WaitlistRepository(ctx.db).add(
    {
      spot: spotOf(slot.pointId, slot.day),
      teamId: slot.teamId,
      pointId: slot.pointId,
      pointName: slot.pointName,
      day: slot.day,
      residentId,
      residentName: access.resident.name,
      waitedBy: ctx.openid,
    },
    ctx.now(),
  );
  return toWaiting(doc);
};
