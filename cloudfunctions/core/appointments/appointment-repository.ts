import { collectionOf } from '../collections';
import { inTransaction, txGet } from '../contracts/transaction';
import crypto from 'node:crypto';
import type { Database } from '../cloudbase';
import { AppError, isDbError } from '../errors';
import type { AppointmentStatus } from '../../../shared/appointment/kinds';
import { MAX_FUTURE_BOOKINGS } from '../../../shared/appointment/booking-rules';
import { APPOINTMENTS, type AppointmentDoc } from './appointment-docs';
import { holdsSeat, releasedSeat, type SeatChoice } from './seats';

export type RecentBooking = Pick<AppointmentDoc, '_id' | 'slotId' | 'status' | 'startsAt' | 'requestKey' | 'seat'>;

export type NewAppointment = Omit<AppointmentDoc, '_id' | 'requestKey' | 'seat' | 'status' | 'cancelled' | 'attendance' | 'reminderAt' | 'createdAt' | 'updatedAt'> & {
  requestKey: string | null;
};

export const limitReached = () =>
  new AppError('NOT_ELIGIBLE', `最多同时预约${MAX_FUTURE_BOOKINGS}个号，请就诊或取消已有预约后再约`, 'slotId');

const newDoc = (input: NewAppointment, seat: string, now: Date): AppointmentDoc => {
  const _id = `ap_${crypto.randomBytes(12).toString('hex')}`;
  return {
    _id,
    ...input,
    requestKey: input.requestKey ?? `none:${_id}`,
    seat,
    status: 'booked',
    cancelled: null,
    attendance: null,
    reminderAt: null,
    createdAt: now,
    updatedAt: now,
  };
};

/** The change that cancels `doc` and gives up its key and seat, so the slot and the seat are free again. */
const cancellation = (doc: AppointmentDoc, by: string, reason: string | null, now: Date) => ({
  status: 'cancelled' as const,
  key: `${doc.key}|${doc._id}`,
  seat: releasedSeat(doc.seat, doc._id),
  cancelled: { at: now, by, reason },
  updatedAt: now,
});

/** Bookings. A booking holds its slot through its unique `key` until it is cancelled. */
export class AppointmentRepository {
  constructor(private readonly db: Database) {}

  async find(id: string): Promise<AppointmentDoc | null> {
    const { data } = await collectionOf(this.db, APPOINTMENTS).doc(id).get();
    return (data[0] as AppointmentDoc | undefined) ?? null;
  }

  /** The booking a request made, by its request key. */
  byRequest(requestKey: string): Promise<AppointmentDoc | null> {
    return this.first({ requestKey });
  }

  /** The booking holding a unique field's value (`key`, `seat` or `requestKey`), if any. */
  private async first(unique: { key: string } | { seat: string } | { requestKey: string }): Promise<AppointmentDoc | null> {
    const { data } = await collectionOf(this.db, APPOINTMENTS).where(unique).limit(1).get();
    return (data[0] as AppointmentDoc | undefined) ?? null;
  }

  /**
   * Stores a booking in the first of `seats` it can take (see seats.ts). CONFLICT when the resident
   * already holds this slot (the unique key refuses a second one, also when both arrive at the same
   * moment); NOT_ELIGIBLE when every seat is held by a booking still to come. When a copy of the same
   * request stored its booking first, that booking comes back with `fresh: false`.
   */
  async add(input: NewAppointment, seats: readonly SeatChoice[], now: Date): Promise<{ doc: AppointmentDoc; fresh: boolean }> {
    for (const choice of seats) {
      let heldBy = choice.heldBy;
      for (let attempt = 0; attempt < 3; attempt += 1) {
        if (heldBy) await this.releaseSeat(heldBy, choice.seat, now);
        const doc = newDoc(input, choice.seat, now);
        try {
          await collectionOf(this.db, APPOINTMENTS).add(doc);
          return { doc, fresh: true };
        } catch (err) {
          if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
        }
        // Which unique field refused: the request (a copy stored first), the slot, or the seat.
        const first = input.requestKey ? await this.byRequest(input.requestKey) : null;
        if (first) return { doc: first, fresh: false };
        if (await this.first({ key: input.key })) throw new AppError('CONFLICT', '已经预约了这个时段，无需重复预约', 'slotId');
        const holder = await this.first({ seat: choice.seat });
        if (holder && holdsSeat(holder, now)) break;
        heldBy = holder?._id ?? null;
      }
    }
    throw limitReached();
  }

  /**
   * Takes `seat` off a booking that has taken place (a cancelled one gave it up when cancelled);
   * a no-op if the seat moved on meanwhile.
   */
  private async releaseSeat(id: string, seat: string, now: Date): Promise<void> {
    const _ = this.db.command;
    await collectionOf(this.db, APPOINTMENTS)
      .where({ _id: id, seat, startsAt: _.lte(now) })
      .update({ seat: releasedSeat(seat, id), updatedAt: now });
  }

  /** A resident's bookings, newest start first. */
  async forResident(residentId: string, limit = 200): Promise<AppointmentDoc[]> {
    const { data } = await collectionOf(this.db, APPOINTMENTS).where({ residentId }).orderBy('startsAt', 'desc').limit(limit).get();
    return data as AppointmentDoc[];
  }

  /** A resident's bookings starting from `since` on, with the fields that decide whether they may book. */
  async recentForResident(residentId: string, since: Date): Promise<RecentBooking[]> {
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, APPOINTMENTS)
      .where({ residentId, startsAt: _.gte(since) })
      .field({ slotId: true, status: true, startsAt: true, requestKey: true, seat: true })
      .limit(1000)
      .get();
    return data as RecentBooking[];
  }

  /** Bookings of these slots in the given statuses. */
  async forSlots(slotIds: readonly string[], statuses: AppointmentStatus[]): Promise<AppointmentDoc[]> {
    if (slotIds.length === 0) return [];
    const _ = this.db.command;
    const out: AppointmentDoc[] = [];
    const ids = [...new Set(slotIds)];
    for (let i = 0; i < ids.length; i += 200) {
      const { data } = await collectionOf(this.db, APPOINTMENTS)
        .where({ slotId: _.in(ids.slice(i, i + 200)), status: _.in(statuses) })
        .orderBy('createdAt', 'asc')
        .limit(1000)
        .get();
      out.push(...(data as AppointmentDoc[]));
    }
    return out;
  }

  /** Booked visits starting in [from, to) whose day-before reminder has not been claimed. */
  async reminderDue(from: Date, to: Date, limit: number): Promise<AppointmentDoc[]> {
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, APPOINTMENTS)
      .where({ status: 'booked', reminderAt: null, startsAt: _.gte(from).and(_.lt(to)) })
      .orderBy('startsAt', 'asc')
      .limit(limit)
      .get();
    return data as AppointmentDoc[];
  }

  /**
   * Claims a booking's reminder (compare-and-set on `reminderAt`): true for exactly one of any number
   * of overlapping timer runs, so the reminder goes out at most once.
   */
  async claimReminder(id: string, now: Date): Promise<boolean> {
    const { updated } = await collectionOf(this.db, APPOINTMENTS).where({ _id: id, status: 'booked', reminderAt: null }).update({ reminderAt: now });
    return (updated ?? 0) === 1;
  }

  /**
   * Reschedules (改约) in one transaction: the old booking, still `booked`, is cancelled with `reason`
   * and the new one stored, or neither happens. CONFLICT when the old booking changed meanwhile.
   */
  async swap(old: AppointmentDoc, input: NewAppointment, seats: readonly SeatChoice[], reason: string, by: string, now: Date): Promise<AppointmentDoc> {
    // The new booking takes over the old one's seat; an old booking without one takes a free seat.
    const seat = !old.seat.includes('|') ? old.seat : seats.find((c) => !c.heldBy)?.seat;
    if (!seat) throw limitReached();
    const doc = newDoc(input, seat, now);
    try {
      await inTransaction(this.db, async (tx) => {
        const current = await txGet<AppointmentDoc>(tx, APPOINTMENTS, old._id);
        if (current?.status !== 'booked') throw new AppError('CONFLICT', '原预约已取消或已结束，请刷新后重新预约');
        await collectionOf(tx, APPOINTMENTS).doc(old._id).update(cancellation(old, by, reason, now));
        await collectionOf(tx, APPOINTMENTS).add(doc);
      });
    } catch (err) {
      if (isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw new AppError('CONFLICT', '已经预约了这个时段', 'slotId');
      throw err;
    }
    return doc;
  }

  /**
   * Cancels a booking still `booked` and gives up its key; false when it was no longer booked (a
   * concurrent cancel or close won), in which case nothing changed.
   */
  async cancel(doc: AppointmentDoc, by: string, reason: string | null, now: Date): Promise<boolean> {
    const { updated } = await collectionOf(this.db, APPOINTMENTS).where({ _id: doc._id, status: 'booked' }).update(cancellation(doc, by, reason, now));
    return (updated ?? 0) === 1;
  }

  /** Marks a visit attended or missed, or corrects the mark; false when it was cancelled meanwhile. */
  async mark(id: string, outcome: 'attended' | 'no_show', by: string, now: Date): Promise<boolean> {
    const _ = this.db.command;
    const { updated } = await collectionOf(this.db, APPOINTMENTS)
      .where({ _id: id, status: _.in(['booked', outcome === 'attended' ? 'no_show' : 'attended']) })
      .update({ status: outcome, attendance: { at: now, by }, updatedAt: now });
    return (updated ?? 0) === 1;
  }
}
