import type { Ctx, SystemCtx } from '../context';
import { notify } from '../notices/notify';
import { thing, wxTime } from '../wx/fields';
import { holdUntil, HOLD_MINUTES } from '../../../shared/appointment/booking-rules';
import { pagePath } from '../../../shared/pages/page-paths';
import { placeFreedNotice } from './appointment-messages';
import { SlotRepository } from './slot-repository';
import { spotOf, WaitlistRepository } from './waitlist-repository';

/**
 * A place has freed in `slotId` (a cancel, a reschedule, a hold that ran out): if someone waits for
 * that point and day, the place is kept for the first of them for 15 minutes and they are told.
 * Nobody is booked without their own tap.
 */
export async function offerFreedPlace(ctx: Ctx | SystemCtx, slotId: string): Promise<boolean> {
  const slots = new SlotRepository(ctx.db);
  const waitlist = new WaitlistRepository(ctx.db);
  const slot = await slots.find(slotId);
  if (!slot || slot.status !== 'open' || slot.hold || slot.booked >= slot.capacity) return false;
  if (new Date(slot.startsAt).getTime() <= ctx.now().getTime()) return false;
  const waiter = await waitlist.firstWaiting(spotOf(slot.pointId, slot.day));
  if (!waiter) return false;
  const now = ctx.now();
  const until = holdUntil(now);
  if (!(await slots.hold(slot, waiter.residentId, until, now))) return false;
  if (!(await waitlist.offer(waiter._id, { slotId, until }, now))) {
    await slots.releaseHold(slotId, new Date(until.getTime() + 1));
    return false;
  }
  await notify(ctx, {
    residentId: waiter.residentId,
    scope: 'book',
    notice: placeFreedNotice(waiter.residentName, slot, HOLD_MINUTES),
    message: {
      template: 'slotAvailable',
      data: {
        name1: waiter.residentName.slice(0, 10),
        time2: wxTime(new Date(slot.startsAt)),
        thing3: thing(slot.pointName),
        thing4: thing(slot.team.name),
        thing5: thing(`有号了，保留${HOLD_MINUTES}分钟，请尽快确认`),
      },
      page: pagePath('appointments', { residentId: waiter.residentId }),
    },
  });
  return true;
}

/** Ends a hold that ran out, then offers the place to the next waiter (or frees it for everyone). */
export async function releaseExpiredHold(ctx: Ctx | SystemCtx, slotId: string, residentId: string): Promise<void> {
  const now = ctx.now();
  if (!(await new SlotRepository(ctx.db).releaseHold(slotId, now))) return;
  await new WaitlistRepository(ctx.db).settle(slotId, residentId, 'lapsed', now);
  await offerFreedPlace(ctx, slotId);
}
