import type { Ctx } from '../context';
import { AppError } from '../errors';
import type { Access } from '../policy/authorize';
import { bookingHorizon } from '../../../shared/appointment/booking-rules';
import { dayText } from '../../../shared/appointment/local-time';
import { bookingKey, bookingRequestKey, type AppointmentDoc, type SlotDoc } from './appointment-docs';
import { AppointmentRepository, type NewAppointment } from './appointment-repository';
import { SlotRepository } from './slot-repository';
import { seatChoices } from './seats';
import type { Standing } from './eligibility';
import { offerFreedPlace, releaseExpiredHold } from './waitlist';
import { WaitlistRepository } from './waitlist-repository';

/**
 * Books `slot` for the resident `access` names, given where they stand. Checks everything that can be
 * checked first and writes nothing on a refusal; then takes a place with the slot's conditional
 * counter update and stores the booking under its unique key. If the key is taken (the same resident
 * twice at once) the place goes back. SLOT_FULL when no place was left.
 */
export async function bookSlot(
  ctx: Ctx,
  access: Access,
  found: SlotDoc | null,
  stand: Standing,
  address: string | undefined,
  replacing: AppointmentDoc | null = null,
): Promise<AppointmentDoc> {
  const appointments = new AppointmentRepository(ctx.db);
  const requestKey = ctx.requestId ? bookingRequestKey(ctx.openid, ctx.requestId) : null;
  const replay = requestKey ? stand.recent.find((a) => a.requestKey === requestKey) : undefined;
  if (replay) {
    // The same request again: its first result, if it was for the same booking.
    const first = await appointments.find(replay._id);
    if (first && first.slotId === found?._id && first.residentId === access.resident._id) return first;
    throw new AppError('CONFLICT', '这个请求已用于另一个预约，请刷新后重试');
  }
  if (!found) throw new AppError('NOT_FOUND', '没有找到这个时段，请刷新后重试', 'slotId');
  let slot: SlotDoc = found;
  const now = ctx.now();
  if (stand.blocked) throw new AppError(stand.blocked.code, stand.blocked.message);
  const team = stand.team!;
  if (slot.teamId !== team._id) throw new AppError('NOT_ELIGIBLE', `只能预约签约团队（${team.name}）的号源`, 'slotId');
  if (slot.status === 'closed') throw new AppError('CONFLICT', `该时段已停诊${slot.closedReason ? `（${slot.closedReason}）` : ''}，请选择其他时段`, 'slotId');
  if (new Date(slot.startsAt).getTime() <= now.getTime()) throw new AppError('CONFLICT', '该时段已开始，请选择其他时段', 'slotId');
  if (slot.day > bookingHorizon(now).last) throw new AppError('NOT_ELIGIBLE', '只能预约14天内的号源', 'slotId');
  let homeAddress: string | null = null;
  if (slot.kind === 'home_visit') {
    if (!stand.homeVisitAllowed) throw new AppError('NOT_ELIGIBLE', '上门服务需要签约“上门服务包”，可在签约页面增加', 'slotId');
    homeAddress = address ?? (access.resident.address.trim().length >= 5 ? access.resident.address : null);
    if (!homeAddress) throw new AppError('INVALID_INPUT', '请填写详细的上门地址', 'address');
  }
  if (stand.heldSlots.has(slot._id)) throw new AppError('CONFLICT', '已经预约了这个时段，无需重复预约', 'slotId');
  const slots = new SlotRepository(ctx.db);
  if (slot.hold && new Date(slot.hold.until).getTime() <= now.getTime()) {
    await releaseExpiredHold(ctx, slot._id, slot.hold.residentId);
    slot = (await slots.find(slot._id)) ?? slot;
  }
  const heldForMe = slot.hold?.residentId === access.resident._id && new Date(slot.hold.until).getTime() > now.getTime();
  if (heldForMe) {
    if (!(await slots.claimHold(slot._id, access.resident._id, now))) throw full(slot);
    await new WaitlistRepository(ctx.db).settle(slot._id, access.resident._id, 'booked', now);
  } else if (slot.booked >= slot.capacity || !(await slots.take(slot, now))) {
    // Copies of this same request may hold the places for a moment: then the answer is its booking.
    const first = requestKey ? await appointments.byRequest(requestKey) : null;
    if (first) return first;
    throw full(slot);
  }
  const input: NewAppointment = {
    key: bookingKey(slot._id, access.resident._id),
    requestKey,
    slotId: slot._id,
    teamId: slot.teamId,
    team: slot.team,
    pointId: slot.pointId,
    pointName: slot.pointName,
    pointAddress: slot.pointAddress,
    kind: slot.kind,
    day: slot.day,
    startsAt: new Date(slot.startsAt),
    endsAt: new Date(slot.endsAt),
    residentId: access.resident._id,
    residentName: access.resident.name,
    address: homeAddress,
    bookedBy: { openid: ctx.openid, as: access.as },
  };
  let stored: { doc: AppointmentDoc; fresh: boolean };
  try {
    const seats = seatChoices(access.resident._id, stand.recent, now, replacing?._id ?? null);
    stored = replacing
      ? { doc: await appointments.swap(replacing, input, seats, '改约', ctx.openid, now), fresh: true }
      : await appointments.add(input, seats, now);
  } catch (err) {
    await slots.giveBack(slot._id, now);
    throw err;
  }
  // A concurrent copy of this request stored its booking first: this place goes back.
  if (!stored.fresh) await slots.giveBack(slot._id, now);
  // A waiter took the place kept for them: if more places are free (staff added some), the next waiter's turn.
  else if (heldForMe) await offerFreedPlace(ctx, slot._id);
  return stored.doc;
}

const full = (slot: SlotDoc) => new AppError('SLOT_FULL', `${dayText(slot.day)}这个时段已约满，请选择其他时段或登记有号提醒`, 'slotId');

/** Cancels a booking and gives its place back; false when it was no longer booked. */
export async function cancelBooking(ctx: Ctx, appt: AppointmentDoc, reason: string | null): Promise<boolean> {
  const now = ctx.now();
  const done = await new AppointmentRepository(ctx.db).cancel(appt, ctx.openid, reason, now);
  if (done) await new SlotRepository(ctx.db).giveBack(appt.slotId, now);
  return done;
}
