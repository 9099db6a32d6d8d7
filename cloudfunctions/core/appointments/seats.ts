import { MAX_FUTURE_BOOKINGS } from '../../../shared/appointment/booking-rules';

/**
 * A resident's booking seats: each booking still to come holds one of `MAX_FUTURE_BOOKINGS` seats
 * (`<residentId>#<n>`), stored in the booking's unique `seat` field. The unique index lets only one
 * booking hold a seat, so bookings of different slots arriving at the same instant can never give a
 * resident more than three future bookings. A booking gives its seat up when it is cancelled (the
 * seat gets the booking's own id appended); one that has taken place gives it up when the seat is
 * needed again.
 */
export const seatName = (residentId: string, n: number) => `${residentId}#${n}`;

/** The value a booking's `seat` takes once it no longer holds the seat. */
export const releasedSeat = (seat: string, appointmentId: string) => (seat.includes('|') ? seat : `${seat}|${appointmentId}`);

export interface SeatHolder {
  _id: string;
  seat?: string;
  status: string;
  startsAt: Date | string;
}

/** A seat the booking may take; `heldBy` is a finished booking still named on it, to be released first. */
export interface SeatChoice {
  seat: string;
  heldBy: string | null;
}

/** True while `a` keeps its seat: booked and still to come. */
export const holdsSeat = (a: SeatHolder, now: Date) => a.status === 'booked' && new Date(a.startsAt).getTime() > now.getTime();

/**
 * The seats a new booking may take, given the resident's recent bookings: free seats first, then seats
 * still named on bookings that are over or cancelled. `replacing` (a booking being rescheduled) does
 * not count. Empty when all seats are held by bookings still to come.
 */
export function seatChoices(residentId: string, recent: readonly SeatHolder[], now: Date, replacing: string | null = null): SeatChoice[] {
  const free: SeatChoice[] = [];
  const stale: SeatChoice[] = [];
  for (let n = 0; n < MAX_FUTURE_BOOKINGS; n += 1) {
    const seat = seatName(residentId, n);
    const holder = recent.find((a) => a.seat === seat && a._id !== replacing);
    if (!holder) free.push({ seat, heldBy: null });
    else if (!holdsSeat(holder, now)) stale.push({ seat, heldBy: holder._id });
  }
  return [...free, ...stale];
}
