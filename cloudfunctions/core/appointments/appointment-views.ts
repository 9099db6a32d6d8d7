import type { Appointment, Slot, Waiting } from '../../../shared/api/appointment';
import type { WaitDoc } from './waitlist-repository';
import { APPOINTMENT_STATUS_LABELS, VISIT_KIND_LABELS } from '../../../shared/appointment/kinds';
import { canCancel, cancelDeadline } from '../../../shared/appointment/booking-rules';
import { clockOf, dayText } from '../../../shared/appointment/local-time';
import type { AppointmentDoc, SlotDoc } from './appointment-docs';

const iso = (d: Date) => new Date(d).toISOString();

export const timeText = (startsAt: Date, endsAt: Date) => `${clockOf(new Date(startsAt))}-${clockOf(new Date(endsAt))}`;

export function toWaiting(doc: WaitDoc): Waiting {
  return {
    id: doc._id,
    pointName: doc.pointName,
    day: doc.day,
    dayText: dayText(doc.day),
    status: doc.status,
    offer: doc.offer ? { slotId: doc.offer.slotId, until: iso(doc.offer.until) } : null,
  };
}

export function toAppointment(doc: AppointmentDoc, cancelHours: number, now: Date): Appointment {
  const startsAt = new Date(doc.startsAt);
  return {
    id: doc._id,
    slotId: doc.slotId,
    residentId: doc.residentId,
    residentName: doc.residentName,
    team: { id: doc.teamId, name: doc.team.name, phone: doc.team.phone },
    kind: doc.kind,
    kindLabel: VISIT_KIND_LABELS[doc.kind],
    pointName: doc.pointName,
    pointAddress: doc.pointAddress,
    address: doc.address,
    day: doc.day,
    dayText: dayText(doc.day),
    startsAt: iso(startsAt),
    endsAt: iso(doc.endsAt),
    timeText: timeText(startsAt, doc.endsAt),
    status: doc.status,
    statusLabel: APPOINTMENT_STATUS_LABELS[doc.status],
    cancelDeadline: iso(cancelDeadline(startsAt, cancelHours)),
    canCancel: doc.status === 'booked' && canCancel(startsAt, cancelHours, now),
    cancelReason: doc.cancelled?.reason ?? null,
    createdAt: iso(doc.createdAt),
  };
}

export function toSlot(doc: SlotDoc, mine: boolean, residentId: string | null = null, now: Date = new Date()): Slot {
  const left = Math.max(0, doc.capacity - doc.booked);
  const heldForYou = doc.hold !== null && doc.hold !== undefined && doc.hold.residentId === residentId && new Date(doc.hold.until).getTime() > now.getTime();
  return {
    id: doc._id,
    startsAt: iso(doc.startsAt),
    endsAt: iso(doc.endsAt),
    timeText: timeText(doc.startsAt, doc.endsAt),
    capacity: doc.capacity,
    left: doc.status === 'open' ? left : 0,
    state: doc.status === 'closed' ? 'closed' : heldForYou ? 'held_for_you' : left === 0 ? 'full' : 'open',
    mine,
    closedReason: doc.closedReason,
  };
}
