import crypto from 'node:crypto';
import type { AppointmentStatus, VisitKind } from '../../../shared/appointment/kinds';

export const SLOTS = 'slots';
export const APPOINTMENTS = 'appointments';
export const WAITLIST = 'waitlist';

/**
 * A bookable slot. `_id` is derived from team, point, kind and start, so publishing the same plan
 * twice finds the slots already there. `booked` counts bookings and the place held for a waiter;
 * it only grows by a conditional update `booked < capacity`, so it never passes `capacity`.
 */
export interface SlotDoc {
  _id: string;
  teamId: string;
  pointId: string;
  pointName: string;
  pointAddress: string;
  kind: VisitKind;
  /** The team as it was at publishing, for bookings to show. */
  team: { name: string; phone: string };
  /** Hours before the start until which a booking can be cancelled, from the team's setting. */
  cancelHours: number;
  /** Local day, `YYYY-MM-DD`. */
  day: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  booked: number;
  status: 'open' | 'closed';
  closedReason: string | null;
  /** A freed place kept for the first on the waiting list until `until`; it counts in `booked`. */
  hold: { residentId: string; until: Date } | null;
  publishedBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A booking. `key` is `<slotId>|<residentId>` while the booking holds its place and is unique, so a
 * resident holds at most one booking per slot whatever runs at once; a cancelled booking gives its
 * key up (it gets its own `_id` appended), so the same slot can be booked again.
 */
export interface AppointmentDoc {
  _id: string;
  key: string;
  /**
   * The booking's idempotency key: a hash of the caller and their requestId (`none:<_id>` without
   * one), unique, so a retried request finds its booking and never makes a second one.
   */
  requestKey: string;
  /**
   * The booking seat (`<residentId>#<n>`, unique) a booking still to come holds, so a resident never
   * holds more than three at once; `<seat>|<_id>` once given up (see seats.ts).
   */
  seat: string;
  slotId: string;
  teamId: string;
  team: { name: string; phone: string };
  pointId: string;
  pointName: string;
  pointAddress: string;
  kind: VisitKind;
  day: string;
  startsAt: Date;
  endsAt: Date;
  residentId: string;
  residentName: string;
  /** Home-visit address. */
  address: string | null;
  bookedBy: { openid: string; as: 'self' | 'guardian' | 'staff' };
  status: AppointmentStatus;
  cancelled: { at: Date; by: string; reason: string | null } | null;
  attendance: { at: Date; by: string } | null;
  /** When the day-before reminder was claimed for sending; it is claimed once. */
  reminderAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Point ids carry their team's id (`team-cg-shilonghu-f1`), so point, kind and start name a slot. */
export const slotId = (pointId: string, kind: VisitKind, startsAt: Date) =>
  `sl_${pointId}_${kind}_${startsAt.toISOString().slice(0, 16).replace(/[-:T]/g, '')}`;

export const bookingKey = (slot: string, residentId: string) => `${slot}|${residentId}`;

/** The request key of a booking made by `openid` with `requestId`. */
export const bookingRequestKey = (openid: string, requestId: string) =>
  `rq_${crypto.createHash('sha256').update(`appointment.book\n${openid}\n${requestId}`).digest('hex').slice(0, 40)}`;
