import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorizeTeam } from '../../core/policy/team-access';
import { SlotRepository } from '../../core/appointments/slot-repository';
import { offerFreedPlace } from '../../core/appointments/waitlist';

/**
 * Staff of the slot's team change how many can book it, and may reopen a slot they closed. Places
 * that become free go to the waiting list first (有号提醒): the first waiter of that point and day is
 * offered a place kept for 15 minutes and told, as when a booking is cancelled.
 */
export const adjust: Handler<'appointment.adjust'> = async ({ slotId, capacity, reopen }, ctx) => {
  const { team } = await authorizeTeam(ctx, 'slots.adjust');
  const slots = new SlotRepository(ctx.db);
  const slot = await slots.find(slotId);
  if (!slot || slot.teamId !== team._id) throw new AppError('NOT_FOUND', '没有找到本团队的这个时段', 'slotId');
  if (new Date(slot.startsAt).getTime() <= ctx.now().getTime()) throw new AppError('CONFLICT', '该时段已开始，不能再调整', 'slotId');
  if (slot.status === 'closed' && !reopen) throw new AppError('CONFLICT', '该时段已停诊，恢复开诊后才能调整可约人数', 'reopen');
  if (capacity < slot.booked) throw new AppError('INVALID_INPUT', `已有${slot.booked}人预约，可约人数不能少于${slot.booked}`, 'capacity');
  return once(ctx, async () => {
    if (!(await slots.adjust(slot, capacity, reopen, ctx.now()))) throw new AppError('CONFLICT', '这个时段刚刚有变化，请刷新后重试', 'slotId');
    const offered = capacity > slot.booked && (await offerFreedPlace(ctx, slotId)) ? 1 : 0;
    const now = (await slots.find(slotId))!;
    return { capacity: now.capacity, booked: now.booked, status: now.status, offered };
  });
};
