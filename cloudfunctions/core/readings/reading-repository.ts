import crypto from 'node:crypto';
import type { Database } from '../cloudbase';
import { collectionOf } from '../collections';
import type { ReadingLevel, ReadingValues, Recorder } from '../../../shared/health/readings';

export const READINGS = 'readings' as const;

/**
 * A home reading (血压、血糖、体重): measured by the resident, recorded by her, a guardian or staff at
 * a visit. An urgent one alerts the team and family once (`alertedAt` is claimed first) and stays
 * open on the team's triage list until a follow-up is recorded.
 */
export interface ReadingDoc {
  _id: string;
  residentId: string;
  values: ReadingValues;
  level: ReadingLevel;
  urgent: boolean;
  measuredAt: Date;
  recordedBy: { openid: string; as: Recorder; name: string };
  note: string;
  alertedAt: Date | null;
  followUp: { at: Date; by: string; byName: string; visitId: string | null } | null;
  createdAt: Date;
}

export type NewReading = Omit<ReadingDoc, '_id' | 'alertedAt' | 'followUp' | 'createdAt'>;

export class ReadingRepository {
  constructor(private readonly db: Database) {}

  async add(reading: NewReading, now: Date): Promise<ReadingDoc> {
    const doc: ReadingDoc = { _id: `rd_${crypto.randomBytes(12).toString('hex')}`, ...reading, alertedAt: null, followUp: null, createdAt: now };
    await collectionOf(this.db, READINGS).add(doc);
    return doc;
  }

  /** A resident's readings measured at or after `since`, oldest first. */
  async forResident(residentId: string, since: Date, limit = 1000): Promise<ReadingDoc[]> {
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, READINGS)
      .where({ residentId, measuredAt: _.gte(since) })
      .orderBy('measuredAt', 'asc')
      .limit(limit)
      .get();
    return data as ReadingDoc[];
  }

  /** Readings of several residents measured at or after `since` (the team's triage list). */
  async forResidents(residentIds: readonly string[], since: Date): Promise<ReadingDoc[]> {
    if (residentIds.length === 0) return [];
    const _ = this.db.command;
    const out: ReadingDoc[] = [];
    for (let i = 0; i < residentIds.length; i += 100) {
      const ids = residentIds.slice(i, i + 100);
      for (let skip = 0; ; skip += 1000) {
        const { data } = await collectionOf(this.db, READINGS)
          .where({ residentId: _.in(ids), measuredAt: _.gte(since) })
          .orderBy('measuredAt', 'asc')
          .skip(skip)
          .limit(1000)
          .get();
        out.push(...(data as ReadingDoc[]));
        if (data.length < 1000) break;
      }
    }
    return out;
  }

  /** Urgent readings of these residents that nobody has followed up yet, whenever measured. */
  async openUrgent(residentIds: readonly string[]): Promise<ReadingDoc[]> {
    if (residentIds.length === 0) return [];
    const _ = this.db.command;
    const out: ReadingDoc[] = [];
    for (let i = 0; i < residentIds.length; i += 100) {
      const { data } = await collectionOf(this.db, READINGS)
        .where({ residentId: _.in(residentIds.slice(i, i + 100)), urgent: true, followUp: null })
        .orderBy('measuredAt', 'asc')
        .limit(1000)
        .get();
      out.push(...(data as ReadingDoc[]));
    }
    return out;
  }

  /** Claims the right to alert about a reading; true for exactly one caller. */
  async claimAlert(id: string, at: Date): Promise<boolean> {
    const { updated } = await collectionOf(this.db, READINGS).where({ _id: id, alertedAt: null }).update({ alertedAt: at });
    return (updated ?? 0) === 1;
  }

  /** Marks the given open urgent readings followed up; returns how many changed. */
  async markFollowedUp(residentId: string, ids: readonly string[], followUp: NonNullable<ReadingDoc['followUp']>): Promise<number> {
    if (ids.length === 0) return 0;
    const _ = this.db.command;
    const { updated } = await collectionOf(this.db, READINGS)
      .where({ _id: _.in([...ids]), residentId, followUp: null })
      .update({ followUp: _.set(followUp) });
    return updated ?? 0;
  }
}
