import crypto from 'node:crypto';
import type { Database } from '../cloudbase';
import { collectionOf } from '../collections';
import { AppError, isDbError } from '../errors';
import type { DeliveryChannel, RatingTag, ServiceCode } from '../../../shared/appointment/services';

export const VISITS = 'visits' as const;

/**
 * A service record (服务记录): what the team delivered to a resident under a contract, at a booked
 * visit (`_id` is `vs_<appointmentId>`, so a visit is recorded once) or outside one (phone
 * follow-up, a round without booking). A visit at a booking can be rated once (居民评价).
 */
export interface VisitDoc {
  _id: string;
  residentId: string;
  residentName: string;
  teamId: string;
  contractId: string;
  appointmentId: string | null;
  channel: DeliveryChannel;
  services: ServiceCode[];
  note: string;
  /** Local day of the next follow-up the team plans, if any. */
  nextFollowUp: string | null;
  at: Date;
  recordedBy: { openid: string; name: string };
  /** Set once, by the resident or family (`ratingStars` is kept apart so ratings can be queried). */
  rating: { stars: number; tags: RatingTag[]; comment: string; at: Date; by: string } | null;
  ratingStars: number | null;
  createdAt: Date;
}

export const visitIdOf = (appointmentId: string) => `vs_${appointmentId}`;

export class VisitRepository {
  constructor(private readonly db: Database) {}

  async find(id: string): Promise<VisitDoc | null> {
    const { data } = await collectionOf(this.db, VISITS).doc(id).get();
    return (data[0] as VisitDoc | undefined) ?? null;
  }

  /** Stores a record; CONFLICT when this booking's visit was recorded already. */
  async add(doc: Omit<VisitDoc, '_id' | 'rating' | 'ratingStars' | 'createdAt'> & { _id?: string }, now: Date): Promise<VisitDoc> {
    const full: VisitDoc = { ...doc, _id: doc._id ?? `vs_${crypto.randomBytes(12).toString('hex')}`, rating: null, ratingStars: null, createdAt: now };
    try {
      await collectionOf(this.db, VISITS).add(full);
    } catch (err) {
      if (isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw new AppError('CONFLICT', '这次就诊已经记录过服务内容');
      throw err;
    }
    return full;
  }

  /** A resident's records, newest first. */
  async forResident(residentId: string, limit = 200): Promise<VisitDoc[]> {
    const { data } = await collectionOf(this.db, VISITS).where({ residentId }).orderBy('at', 'desc').limit(limit).get();
    return data as VisitDoc[];
  }

  /** Records the rating if the visit has none yet; false when someone rated it first. */
  async rate(id: string, rating: NonNullable<VisitDoc['rating']>): Promise<boolean> {
    const { updated } = await collectionOf(this.db, VISITS).where({ _id: id, ratingStars: null }).update({ rating, ratingStars: rating.stars });
    return (updated ?? 0) === 1;
  }

  /** A team's rated visits, newest first. */
  async ratedForTeam(teamId: string, limit = 1000): Promise<VisitDoc[]> {
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, VISITS).where({ teamId, ratingStars: _.gte(1) }).orderBy('at', 'desc').limit(limit).get();
    return data as VisitDoc[];
  }
}
