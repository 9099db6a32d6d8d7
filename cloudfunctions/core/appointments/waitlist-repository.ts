import { collectionOf } from '../collections';
import type { Database } from '../cloudbase';
import { AppError, isDbError } from '../errors';
import { WAITLIST } from './appointment-docs';

/**
 * 有号提醒: a resident waiting for a place at one point on one day. One entry per resident, point and
 * day; the first waiting in order is offered the next freed place, kept for them for a while.
 */
export interface WaitDoc {
  _id: string;
  /** `<pointId>|<day>`: where and when they wait. */
  spot: string;
  teamId: string;
  pointId: string;
  pointName: string;
  day: string;
  residentId: string;
  residentName: string;
  waitedBy: string;
  status: 'waiting' | 'offered' | 'booked' | 'lapsed';
  offer: { slotId: string; until: Date } | null;
  createdAt: Date;
  updatedAt: Date;
}

export const spotOf = (pointId: string, day: string) => `${pointId}|${day}`;
const waitId = (spot: string, residentId: string) => `wl:${spot}|${residentId}`;

export class WaitlistRepository {
  constructor(private readonly db: Database) {}

  /** Puts the resident on the list; CONFLICT when already waiting for that point and day. */
  async add(doc: Omit<WaitDoc, '_id' | 'status' | 'offer' | 'createdAt' | 'updatedAt'>, now: Date): Promise<WaitDoc> {
    const full: WaitDoc = { ...doc, _id: waitId(doc.spot, doc.residentId), status: 'waiting', offer: null, createdAt: now, updatedAt: now };
    const existing = await this.find(full._id);
    if (existing && (existing.status === 'waiting' || existing.status === 'offered')) throw new AppError('CONFLICT', '已经登记了这一天的有号提醒');
    try {
      if (existing) await collectionOf(this.db, WAITLIST).doc(full._id).set({ ...full, _id: undefined });
      else await collectionOf(this.db, WAITLIST).add(full);
    } catch (err) {
      if (isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw new AppError('CONFLICT', '已经登记了这一天的有号提醒');
      throw err;
    }
    return full;
  }

  async find(id: string): Promise<WaitDoc | null> {
    const { data } = await collectionOf(this.db, WAITLIST).doc(id).get();
    return (data[0] as WaitDoc | undefined) ?? null;
  }

  /** The longest waiting for a spot, or null. */
  async firstWaiting(spot: string): Promise<WaitDoc | null> {
    const { data } = await collectionOf(this.db, WAITLIST).where({ spot, status: 'waiting' }).orderBy('createdAt', 'asc').limit(1).get();
    return (data[0] as WaitDoc | undefined) ?? null;
  }

  async forResident(residentId: string): Promise<WaitDoc[]> {
    const { data } = await collectionOf(this.db, WAITLIST).where({ residentId }).orderBy('createdAt', 'desc').limit(50).get();
    return data as WaitDoc[];
  }

  /** Moves a waiting entry to `offered`; false when it was not waiting any more. */
  async offer(id: string, offer: NonNullable<WaitDoc['offer']>, now: Date): Promise<boolean> {
    const { updated } = await collectionOf(this.db, WAITLIST).where({ _id: id, status: 'waiting' }).update({ status: 'offered', offer, updatedAt: now });
    return (updated ?? 0) === 1;
  }

  /** Ends the offer of a slot to a resident: `booked` when they took it, `lapsed` when time ran out. */
  async settle(slotId: string, residentId: string, status: 'booked' | 'lapsed', now: Date): Promise<void> {
    await collectionOf(this.db, WAITLIST).where({ residentId, status: 'offered', 'offer.slotId': slotId }).update({ status, updatedAt: now });
  }
}
